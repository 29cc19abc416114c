/**
 * Reading one typed value out of a row, or saying precisely what is wrong with it. Each parser
 * reports into the row's problem list and returns undefined on a problem.
 */
import type { CellValue } from './cells.js';

export type Report = (column: string, message: string) => void;

export function textCell(cells: Record<string, CellValue>, column: string, report: Report, opts: { required?: boolean; max: number }) {
  const v = cells[column];
  if (v === null || v === undefined) {
    if (opts.required) report(column, `请填写${column}`);
    return opts.required ? undefined : null;
  }
  const text = String(v).trim();
  if (text.length > opts.max) {
    report(column, `${column}不能超过 ${opts.max} 个字`);
    return undefined;
  }
  return text;
}

/** Money typed in 万元 (up to four decimals), stored as integer yuan. */
export function wanYuanCell(cells: Record<string, CellValue>, column: string, report: Report, opts: { required?: boolean } = {}) {
  const v = cells[column];
  if (v === null || v === undefined) {
    if (opts.required) report(column, `请填写${column}`);
    return opts.required ? undefined : 0;
  }
  const n = typeof v === 'number' ? v : Number(String(v).replace(/[,，\s]/g, ''));
  if (!Number.isFinite(n)) {
    report(column, `${column}须为数字（单位：万元），当前为“${v}”`);
    return undefined;
  }
  if (n < 0) {
    report(column, `${column}不能为负数`);
    return undefined;
  }
  return Math.round(n * 10_000);
}

export function integerCell(
  cells: Record<string, CellValue>,
  column: string,
  report: Report,
  opts: { required?: boolean; min?: number; max?: number } = {},
) {
  const v = cells[column];
  if (v === null || v === undefined) {
    if (opts.required) report(column, `请填写${column}`);
    return opts.required ? undefined : 0;
  }
  const n = typeof v === 'number' ? v : Number(String(v).replace(/[,，\s]/g, ''));
  if (!Number.isInteger(n)) {
    report(column, `${column}须为整数，当前为“${v}”`);
    return undefined;
  }
  if ((opts.min !== undefined && n < opts.min) || (opts.max !== undefined && n > opts.max)) {
    report(column, `${column}应在 ${opts.min ?? '-∞'} 到 ${opts.max ?? '∞'} 之间`);
    return undefined;
  }
  return n;
}

/** A value chosen from a fixed list of labels, e.g. 链主企业 / 链核企业 / 链上企业. */
export function choiceCell<K extends string>(
  cells: Record<string, CellValue>,
  column: string,
  report: Report,
  labels: Record<K, string>,
  opts: { required?: boolean } = {},
) {
  const v = cells[column];
  if (v === null || v === undefined) {
    if (opts.required) report(column, `请填写${column}`);
    return opts.required ? undefined : null;
  }
  const text = String(v).trim();
  const key = (Object.keys(labels) as K[]).find((k) => labels[k] === text || k === text);
  if (!key) {
    report(column, `${column}应为以下之一：${Object.values(labels).join('、')}，当前为“${text}”`);
    return undefined;
  }
  return key;
}

export function dateCell(cells: Record<string, CellValue>, column: string, report: Report, opts: { required?: boolean } = {}) {
  const v = cells[column];
  if (v === null || v === undefined) {
    if (opts.required) report(column, `请填写${column}`);
    return opts.required ? undefined : null;
  }
  const text = String(v).trim().replace(/[/.]/g, '-');
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const iso = m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : '';
  if (!m || Number.isNaN(Date.parse(iso)) || new Date(iso).toISOString().slice(0, 10) !== iso) {
    report(column, `${column}应为日期，如 2024-06-30，当前为“${v}”`);
    return undefined;
  }
  return iso;
}

/** The row when every cell parsed (no undefined left), else undefined: its problems are already reported. */
export function completeRow<T>(row: Record<string, unknown>): T | undefined {
  for (const key in row) if (row[key] === undefined) return undefined;
  return row as T;
}
