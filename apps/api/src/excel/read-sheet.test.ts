import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { writeRegisterWorkbook } from '../../bench/import-workbook.js';
import { readSheet } from './read-sheet.js';

describe('readSheet', () => {
  it('keeps every Chinese character intact across the compressed chunks of a large sheet', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'read-sheet-')), 'big.xlsx');
    await writeRegisterWorkbook(file, 6000);
    const cities = new Set<string>();
    let rows = 0;
    for await (const { cells } of readSheet(fs.readFileSync(file), ['企业名称', '所在市'], ['企业名称'])) {
      rows++;
      cities.add(String(cells['所在市']));
      expect(String(cells['企业名称'])).toMatch(/^基准测试示例企业\d+有限公司$/);
    }
    expect(rows).toBe(6000);
    expect([...cities].every((c) => !c.includes('\uFFFD'))).toBe(true);
    expect(cities.size).toBe(12);
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });

  it('names the missing columns of a sheet that is not the template', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'read-sheet-')), 'small.xlsx');
    await writeRegisterWorkbook(file, 1);
    const read = async () => {
      for await (const _ of readSheet(fs.readFileSync(file), ['企业名称', '成立日期'], ['成立日期'])) {
        // consume
      }
    };
    await expect(read()).rejects.toThrow('第 1 行缺少列：成立日期');
  });

  it('reads a workbook whose worksheet comes before its shared strings and xl/workbook.xml', async () => {
    // ExcelJS's own writer lays entries out so; the reader parks the worksheet in a temp file while
    // the unzipper reaches the end of the zip, which must not drop the entries still to be read
    const buffer = await workbookWithLateParts();
    for (let i = 0; i < 20; i++) {
      const rows: unknown[] = [];
      for await (const { cells } of readSheet(buffer, ['企业名称', '所在市'], ['企业名称'])) rows.push(cells);
      expect(rows).toEqual([{ 企业名称: '甲公司', 所在市: '太原市' }]);
    }
  });
});

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006';
const xml = (body: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${body}`;

/** Entries stored in this order, uncompressed: the worksheet, then the shared strings, then the workbook. */
function workbookWithLateParts(): Promise<Buffer> {
  const zip = new JSZip();
  const type = (part: string, kind: string) =>
    `<Override PartName="/xl/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.${kind}+xml"/>`;
  zip.file(
    '[Content_Types].xml',
    xml(
      `<Types xmlns="${PKG}/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>${type('workbook.xml', 'sheet.main')}` +
        `${type('worksheets/sheet1.xml', 'worksheet')}${type('sharedStrings.xml', 'sharedStrings')}</Types>`,
    ),
  );
  zip.file(
    '_rels/.rels',
    xml(
      `<Relationships xmlns="${PKG}/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    xml(
      `<Relationships xmlns="${PKG}/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
  );
  const cell = (ref: string, s: number) => `<c r="${ref}" t="s"><v>${s}</v></c>`;
  zip.file(
    'xl/worksheets/sheet1.xml',
    xml(
      `<worksheet xmlns="${MAIN}"><sheetData><row r="1">${cell('A1', 0)}${cell('B1', 1)}</row><row r="2">${cell('A2', 2)}${cell('B2', 3)}</row></sheetData></worksheet>`,
    ),
  );
  const strings = ['企业名称', '所在市', '甲公司', '太原市'].map((t) => `<si><t>${t}</t></si>`).join('');
  zip.file('xl/sharedStrings.xml', xml(`<sst xmlns="${MAIN}" count="4" uniqueCount="4">${strings}</sst>`));
  zip.file(
    'xl/workbook.xml',
    xml(`<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="企业名录" sheetId="1" r:id="rId1"/></sheets></workbook>`),
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
}
