/**
 * Reading a quarterly report's Word document and Excel workbook back, and checking that they state
 * the JSON report's numbers: Word in words (亿元 with two decimals), Excel as numbers with formats.
 */
import { PROJECT_CLASS_LABELS, REPORT_PROJECT_CLASSES } from '@chainboard/contracts';
import JSZip from 'jszip';
import { expect } from 'vitest';
import ExcelJS from '../src/excel/exceljs.js';
import type { Client } from './platform.js';

const YI = 1e8;
export const yi = (yuan: number) => (yuan / YI).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** The text of a Word document, and its tables as rows of cell texts. */
export async function wordOf(payload: Buffer) {
  const xml = (await (await JSZip.loadAsync(payload)).file('word/document.xml')?.async('string')) ?? '';
  const strip = (s: string) => s.replace(/<[^>]+>/g, '');
  const rows = xml
    .split('<w:tr>')
    .slice(1)
    .map((r) => r.split('</w:tr>')[0].split('<w:tc>').slice(1).map(strip));
  return { text: strip(xml), rows };
}

export async function workbookOf(payload: Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(payload as unknown as ArrayBuffer);
  return book;
}

export type Report = {
  asOf: string;
  revenueLabel: string;
  chains: { chainId: number; chainName: string; enterprises: number; revenueYearToDate: number; projectsByClass: Record<string, number> }[];
  totals: {
    enterprises: number;
    revenueYearToDate: number;
    projectsByClass: Record<string, number>;
    landedProjects: number;
    problemsSolved: number;
  };
  crossChainEnterprises: number;
  chainsNote: string | null;
  planVersion: number;
  targets: {
    metric: string;
    label: string;
    actual: number | null;
    value: number;
    unit: string;
    alongside: { label: string; value: number | null }[];
  }[];
  text: { overview: string };
};

/** The Word document and the workbook state the report's numbers: the same ones, Excel's as formatted numbers. */
export async function expectDocumentsAgree(client: Client, period: string, report: Report) {
  const word = await wordOf((await client.get(`/api/quarterly-reports/${period}/docx`)).rawPayload);
  const book = await workbookOf((await client.get(`/api/quarterly-reports/${period}/xlsx`)).rawPayload);
  const sheet = book.getWorksheet('各产业链主要指标');
  if (!sheet) throw new Error('no per-chain sheet');
  const header = sheet.getRow(1);
  expect(header.getCell(3).text).toBe(`${report.revenueLabel}营收（亿元）`);
  expect(REPORT_PROJECT_CLASSES.map((_, i) => header.getCell(4 + i).text)).toEqual(
    REPORT_PROJECT_CLASSES.map((c) => `${PROJECT_CLASS_LABELS[c]}项目（个）`),
  );

  const lines = [...report.chains.map((c) => ({ name: c.chainName, f: c })), { name: '全省合计（按企业去重）', f: report.totals }];
  lines.forEach(({ name, f }, i) => {
    // Word: one table row per chain and the province's distinct totals, money in 亿元 with two decimals
    const wordRow = word.rows.find((r) => r[0] === name);
    expect(wordRow, name).toEqual([
      name,
      f.enterprises.toLocaleString('zh-CN'),
      yi(f.revenueYearToDate),
      ...REPORT_PROJECT_CLASSES.map((c) => f.projectsByClass[c].toLocaleString('zh-CN')),
      expect.any(String),
      expect.any(String),
    ]);
    // Excel: numbers with formats, one column per class
    const row = sheet.getRow(2 + i);
    expect(row.getCell(1).value).toBe(name);
    expect(row.getCell(2).value).toBe(f.enterprises);
    expect(row.getCell(2).numFmt).toBe('#,##0');
    expect(row.getCell(3).value).toBeCloseTo(f.revenueYearToDate / YI, 8);
    expect(row.getCell(3).numFmt).toBe('#,##0.00');
    REPORT_PROJECT_CLASSES.forEach((c, j) => {
      expect(row.getCell(4 + j).value, `${name} ${c}`).toBe(f.projectsByClass[c]);
      expect(typeof row.getCell(4 + j).value).toBe('number');
    });
  });
  const notes = sheet
    .getColumn(1)
    .values.slice(lines.length + 2)
    .filter((v) => typeof v === 'string');
  if (report.chainsNote) {
    expect(notes).toContain(report.chainsNote);
    expect(word.text).toContain(`注：${report.chainsNote}。`);
  } else {
    expect(notes.join()).not.toContain('跨链');
    expect(word.text).not.toContain('跨链');
  }
  expect(word.text).toContain(report.text.overview);
  expect(word.text).toContain(`目标依据年度计划第${report.planVersion}版`);

  // targets: 亿元 and percentages as numbers, never 7E+11 beside 7,135.24亿元
  const targets = book.getWorksheet('目标完成情况');
  if (!targets) throw new Error('no targets sheet');
  report.targets.forEach((t, i) => {
    const row = targets.getRow(2 + i);
    expect(row.getCell(1).value).toBe(t.label);
    const [actual, value] = [row.getCell(2), row.getCell(3)];
    if (t.unit === '元') {
      expect([actual.numFmt, value.numFmt, row.getCell(4).value]).toEqual(['#,##0.00', '#,##0.00', '亿元']);
      expect(value.value).toBe(t.value / YI);
      expect(actual.value as number).toBeCloseTo((t.actual as number) / YI, 8);
      expect(word.text).toContain(`${t.label}：${yi(t.actual as number)}亿元（${report.revenueLabel}）`);
    } else if (t.unit === '%') {
      expect(value.numFmt).toBe('0.0%');
      expect(value.value).toBe(t.value / 100);
      // no growth to show (no revenue the year before): an empty cell, not 0
      if (t.actual === null) expect(actual.value).toBeNull();
      else expect([actual.value, actual.numFmt]).toEqual([t.actual / 100, '0.0%']);
      // like-for-like growth beside the headline, labelled, as a number in Excel and in words in Word
      for (const a of t.alongside) {
        expect(row.getCell(9).value).toBe(a.label);
        if (a.value === null) {
          expect(row.getCell(10).value).toBeNull();
          expect(word.text).toContain(`${a.label}暂无可比数据`);
        } else {
          expect([row.getCell(10).value, row.getCell(10).numFmt]).toEqual([a.value / 100, '0.0%']);
          expect(word.text).toContain(`${a.label}${a.value.toLocaleString('zh-CN')}%`);
        }
      }
    } else {
      expect(value.value).toBe(t.value);
      expect(actual.value).toBe(t.actual);
    }
  });
  return { word, book };
}
