import dayjs, { type Dayjs } from 'dayjs';

/**
 * Report periods of key projects: a month (2024-06) or a quarter (2024Q2), as the project's
 * reportCycleMonths says. Mirrors apps/api/src/lib/report-periods.ts so the form can say before
 * saving whether a report will count as late.
 */
export const REPORT_GRACE_DAYS = 5;

export type Cycle = 1 | 3;

export const CYCLE_LABELS: Record<Cycle, string> = { 1: '每月', 3: '每季度' };
export const CYCLE_OPTIONS = ([1, 3] as const).map((value) => ({ value, label: CYCLE_LABELS[value] }));

export function periodOfDate(date: Dayjs, cycle: number): string {
  return cycle === 3 ? `${date.year()}Q${Math.floor(date.month() / 3) + 1}` : date.format('YYYY-MM');
}

/** First day of a period, as a dayjs. */
export function periodStart(period: string): Dayjs {
  const year = Number(period.slice(0, 4));
  if (period.includes('Q')) return dayjs(new Date(year, (Number(period.slice(5)) - 1) * 3, 1));
  return dayjs(new Date(year, Number(period.slice(5, 7)) - 1, 1));
}

export function periodEnd(period: string): Dayjs {
  return periodStart(period)
    .add(period.includes('Q') ? 3 : 1, 'month')
    .subtract(1, 'day');
}

/** The last day a period's report is on time. */
export function periodDue(period: string): Dayjs {
  return periodEnd(period).add(REPORT_GRACE_DAYS, 'day');
}

/** 2024-06 → 2024年6月; 2024Q2 → 2024年第二季度. */
export function reportPeriodLabel(period: string): string {
  const year = period.slice(0, 4);
  if (period.includes('Q')) return `${year}年第${['一', '二', '三', '四'][Number(period.slice(5)) - 1] ?? ''}季度`;
  return `${year}年${Number(period.slice(5, 7))}月`;
}

/** The period just before the one holding today: the one usually reported next. */
export function previousPeriod(cycle: number, today = dayjs()): string {
  return periodOfDate(today.subtract(cycle === 3 ? 3 : 1, 'month'), cycle);
}
