import type { ImportMode, ImportProblem, ImportResult } from '@chainboard/contracts';
import type { Report } from './cell-parsers.js';
import type { CellValue } from './cells.js';
import { readSheet } from './read-sheet.js';
import type { SheetColumn } from './write-sheet.js';

export type ParsedRow<T> = { row: number; value: T };

/**
 * Every import walks the same way: read every row, check every row (its cells, then the rows
 * against each other and the database), and only then write, in one transaction: all rows when
 * all are valid, the valid ones when the user asked for that, or nothing.
 */
export async function runImport<T>(opts: {
  buffer: Buffer;
  columns: SheetColumn[];
  mode: ImportMode;
  /** Cell-level checks of one row; return undefined when the row has a problem. */
  parseRow(cells: Record<string, CellValue>, report: Report): T | undefined;
  /** Checks that need all rows or the database: duplicates, unknown names, scope. */
  checkRows(rows: ParsedRow<T>[], report: (row: number, column: string, message: string) => void): Promise<void>;
  write(rows: T[]): Promise<void>;
}): Promise<ImportResult> {
  const problems: ImportProblem[] = [];
  const parsed: ParsedRow<T>[] = [];
  let total = 0;
  const headers = opts.columns.map((c) => c.header);
  const required = opts.columns.filter((c) => c.required).map((c) => c.header);
  for await (const { row, cells } of readSheet(opts.buffer, headers, required)) {
    total++;
    let bad = false;
    // the template's example row sits at the top; a clerk who forgets to delete it is told so
    if (total <= 3 && Object.values(cells).some((v) => typeof v === 'string' && v.includes('请删除本行'))) {
      problems.push({ row, column: '', message: '这是模板中的示例行，请删除后再导入' });
      continue;
    }
    const value = opts.parseRow(cells, (column, message) => {
      bad = true;
      problems.push({ row, column, message });
    });
    if (!bad && value !== undefined) parsed.push({ row, value });
  }
  if (total === 0) return { total, valid: 0, written: 0, problems: [{ row: 2, column: '', message: '工作表没有数据行' }] };

  const badRows = new Set(problems.map((p) => p.row));
  await opts.checkRows(parsed, (row, column, message) => {
    badRows.add(row);
    problems.push({ row, column, message });
  });
  const valid = parsed.filter((p) => !badRows.has(p.row));
  problems.sort((a, b) => a.row - b.row || a.column.localeCompare(b.column));

  const writeNow = problems.length === 0 || opts.mode === 'validOnly';
  if (writeNow && valid.length) await opts.write(valid.map((p) => p.value));
  return { total, valid: valid.length, written: writeNow ? valid.length : 0, problems };
}

export const PROBLEM_COLUMNS: SheetColumn[] = [
  { header: '行号', width: 8 },
  { header: '列', width: 20 },
  { header: '问题', width: 80 },
];
