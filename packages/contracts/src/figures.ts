import { z } from 'zod';
import { yuanAmount } from './common.js';
import { Period } from './periods.js';

/** The figures an enterprise reports for a quarter or a year; money in integer yuan. */
export const figureFields = {
  revenue: yuanAmount('营业收入'),
  output: yuanAmount('工业总产值'),
  tax: yuanAmount('税收'),
  rdSpending: yuanAmount('研发投入'),
  employees: z.coerce
    .number({ error: '从业人数须为数字' })
    .int({ error: '从业人数须为整数' })
    .min(0, { error: '从业人数不能为负数' })
    .max(10_000_000),
  investment: yuanAmount('投资额'),
};

export const FIGURE_LABELS: Record<keyof typeof figureFields, string> = {
  revenue: '营业收入',
  output: '工业总产值',
  tax: '税收',
  rdSpending: '研发投入',
  employees: '从业人数',
  investment: '投资额',
};

export const FigureInput = z.object({ period: Period, ...figureFields });
export type FigureInput = z.infer<typeof FigureInput>;

export const Figure = z.object({
  enterpriseId: z.number().int(),
  period: z.string(),
  revenue: z.number(),
  output: z.number(),
  tax: z.number(),
  rdSpending: z.number(),
  employees: z.number(),
  investment: z.number(),
  reportedAt: z.string(),
});
export type Figure = z.infer<typeof Figure>;
