import { z } from 'zod';

/** Years, half years and quarters: 2024, 2024H1, 2024Q3. */
export const Period = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^(20\d\d)(H[12]|Q[1-4])?$/, { error: '期间格式应为 2024、2024H1 或 2024Q3' });
export type Period = z.infer<typeof Period>;

export const Quarter = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^20\d\dQ[1-4]$/, { error: '季度格式应为 2024Q3' });

export const DateOnly = z.iso.date({ error: '日期格式应为 2024-06-30' });

const CN_HALF = { H1: '上半年', H2: '下半年' } as const;
const CN_QUARTER = { Q1: '第一季度', Q2: '第二季度', Q3: '第三季度', Q4: '第四季度' } as const;

/** 2024Q2 → 2024年第二季度 */
export function periodLabel(period: string): string {
  const year = period.slice(0, 4);
  const part = period.slice(4) as keyof typeof CN_HALF | keyof typeof CN_QUARTER | '';
  if (part === '') return `${year}年`;
  return `${year}年${(CN_HALF as Record<string, string>)[part] ?? (CN_QUARTER as Record<string, string>)[part]}`;
}

/** The first and last day of a period, as YYYY-MM-DD. */
export function periodRange(period: string): { start: string; end: string } {
  const year = Number(period.slice(0, 4));
  const part = period.slice(4);
  const [fromMonth, months] =
    part === '' ? [1, 12] : part.startsWith('H') ? [part === 'H1' ? 1 : 7, 6] : [(Number(part[1]) - 1) * 3 + 1, 3];
  const start = new Date(Date.UTC(year, fromMonth - 1, 1));
  const end = new Date(Date.UTC(year, fromMonth - 1 + months, 0));
  return { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) };
}

/** The quarter a day falls in: 2024-08-15 → 2024Q3. */
export function quarterOf(day: string): string {
  return `${day.slice(0, 4)}Q${Math.ceil(Number(day.slice(5, 7)) / 3)}`;
}

/** The last quarter that has ended by `day` (its last day included): 2024-08-15 → 2024Q2, 2024-09-30 → 2024Q3. */
export function lastEndedQuarter(day: string): string {
  const current = quarterOf(day);
  if (periodRange(current).end === day) return current;
  const year = Number(day.slice(0, 4));
  const q = Number(current.slice(5));
  return q === 1 ? `${year - 1}Q4` : `${year}Q${q - 1}`;
}
