import { z } from 'zod';
import { Period } from './periods.js';

const yuan = (label: string) =>
  z.coerce
    .number({ error: `${label}须为数字（单位：元）` })
    .int({ error: `${label}须为整数（单位：元）` })
    .min(0, { error: `${label}不能为负数` })
    .max(9e15, { error: `${label}数值过大` });

/** The figures an enterprise reports for a quarter or a year; money in integer yuan. */
export const figureFields = {
  revenue: yuan('营业收入'),
  output: yuan('工业总产值'),
  tax: yuan('税收'),
  rdSpending: yuan('研发投入'),
  employees: z.coerce
    .number({ error: '从业人数须为数字' })
    .int({ error: '从业人数须为整数' })
    .min(0, { error: '从业人数不能为负数' })
    .max(10_000_000),
  investment: yuan('投资额'),
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
