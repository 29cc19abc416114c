import { PassThrough } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { attachment } from '../lib/download.js';
import { AppError } from '../lib/errors.js';
import { neutralise } from './cells.js';
import ExcelJS from './exceljs.js';

/** `numFmt`: the Excel number format of the column's numbers (`#,##0.00`, `0.0%`). */
export type SheetColumn = { header: string; width?: number; required?: boolean; note?: string; numFmt?: string };
/** `notes`: lines of text written under the rows, after an empty row. */
export type SheetSpec = { name: string; columns: SheetColumn[]; rows: Iterable<unknown[]>; notes?: string[] };

/** A number with a format of its own, for a column whose rows differ (亿元 beside 家 and %). */
export type FormattedCell = { value: number | null; numFmt: string };
export const formatted = (value: number | null, numFmt: string): FormattedCell => ({ value, numFmt });
const isFormatted = (v: unknown): v is FormattedCell =>
  typeof v === 'object' && v !== null && 'numFmt' in v && 'value' in v && Object.keys(v).length === 2;

/** Writes sheets to an .xlsx buffer, streaming rows; text that looks like a formula stays text. */
export async function writeWorkbook(sheets: SheetSpec[]): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = spec.columns.map((c) => ({
      header: c.required ? `*${c.header}` : c.header,
      width: c.width ?? Math.max(12, c.header.length * 2 + 4),
    }));
    const head = sheet.getRow(1);
    head.font = { bold: true };
    spec.columns.forEach((c, i) => {
      if (c.note) head.getCell(i + 1).note = c.note;
    });
    head.commit();
    for (const values of spec.rows) {
      const row = sheet.addRow(values.map((v) => (isFormatted(v) ? v.value : neutralise(v))));
      values.forEach((v, i) => {
        const numFmt = isFormatted(v) ? v.numFmt : spec.columns[i]?.numFmt;
        if (numFmt && typeof row.getCell(i + 1).value === 'number') row.getCell(i + 1).numFmt = numFmt;
      });
      row.commit();
    }
    if (spec.notes?.length) {
      sheet.addRow([]).commit();
      for (const note of spec.notes) sheet.addRow([neutralise(note)]).commit();
    }
    sheet.commit();
  }
  await workbook.commit();
  await done;
  return Buffer.concat(chunks);
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Sends sheets as an .xlsx download. */
export async function sendWorkbook(reply: FastifyReply, fileName: string, sheets: SheetSpec[]) {
  return reply
    .header('content-type', XLSX_TYPE)
    .header('content-disposition', attachment(fileName))
    .send(await writeWorkbook(sheets));
}

/** The request body of an import: the workbook itself, or a clear refusal. */
export function uploadedWorkbook(body: unknown): Buffer {
  if (!Buffer.isBuffer(body)) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', `请以 .xlsx 文件上传（Content-Type: ${XLSX_TYPE}）`);
  }
  return body;
}
