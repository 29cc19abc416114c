import { z } from 'zod';

export const ImportMode = z.enum(['all', 'validOnly']);
export type ImportMode = z.infer<typeof ImportMode>;
export const ImportQuery = z.object({ mode: ImportMode.default('all') });

export const ImportProblem = z.object({ row: z.number().int(), column: z.string(), message: z.string() });
export type ImportProblem = z.infer<typeof ImportProblem>;

export const ImportResult = z.object({
  total: z.number().int(),
  valid: z.number().int(),
  /** Rows written: all of them, or none when any row has a problem (unless validOnly). */
  written: z.number().int(),
  problems: z.array(ImportProblem),
  /** For a ledger that reports a period (the enterprise register): the quarter, and the day its places start. */
  period: z.string().optional(),
  placedFrom: z.string().optional(),
});
export type ImportResult = z.infer<typeof ImportResult>;

export const ImportReportInput = z.object({ problems: z.array(ImportProblem).max(200_000) });

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
