import { Readable } from 'node:stream';
import { AppError } from '../lib/errors.js';
import { type CellValue, cellValue } from './cells.js';
import ExcelJS from './exceljs.js';
import { assertSafeXlsx } from './zip-guard.js';

export type SheetRow = { row: number; cells: Record<string, CellValue> };

/**
 * Streams the first worksheet of an uploaded workbook, keyed by the header row's texts. Rows with
 * no value at all are skipped; a missing required header stops the import before any row is read.
 */
export async function* readSheet(buffer: Buffer, headers: readonly string[], required: readonly string[]): AsyncGenerator<SheetRow> {
  assertSafeXlsx(buffer);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(buffer), {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  let positions: Map<number, string> | null = null;
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const values = row.values as unknown[];
        if (!positions) {
          positions = new Map();
          values.forEach((v, i) => {
            const text = cellValue(v);
            if (typeof text === 'string' && headers.includes(normaliseHeader(text))) positions?.set(i, normaliseHeader(text));
          });
          const found = new Set(positions.values());
          const missing = required.filter((h) => !found.has(h));
          if (missing.length) throw new AppError('VALIDATION_FAILED', `第 1 行缺少列：${missing.join('、')}。请下载模板，按模板的列填写`);
          continue;
        }
        const cells: Record<string, CellValue> = {};
        let any = false;
        for (const [i, header] of positions) {
          const v = cellValue(values[i]);
          cells[header] = v;
          if (v !== null) any = true;
        }
        if (any) yield { row: row.number, cells };
      }
      break; // the first worksheet only
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('VALIDATION_FAILED', `无法读取该 Excel 文件：${(err as Error).message.slice(0, 200)}`);
  }
  if (!positions) throw new AppError('VALIDATION_FAILED', '工作簿是空的：第一张工作表没有表头');
}

/** Headers may carry a required mark or stray spaces: "*企业名称 " is 企业名称. */
function normaliseHeader(text: string): string {
  return text.replace(/^\*/, '').replace(/\s+/g, '');
}
