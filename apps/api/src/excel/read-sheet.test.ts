import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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
});
