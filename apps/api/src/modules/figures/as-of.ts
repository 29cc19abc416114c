import { periodLabel, periodRange } from '@chainboard/contracts';
import { invalid } from '../../lib/errors.js';

/**
 * The day a plan year's figures hold on when none is asked for, the same on the plan page, the
 * cockpit, the quarterly report and every export: today inside the year, the year's last day once it
 * is over (and today before it has begun).
 */
export function defaultAsOf(year: number, today: string): string {
  const end = `${year}-12-31`;
  return end < today ? end : today;
}

/** The day a quarter's figures hold on: its last day, or today while it is still running. */
export function quarterAsOf(period: string, today: string): string {
  const end = periodRange(period).end;
  return end < today ? end : today;
}

/** An asked-for as-of day, checked: inside the plan year and not after today. */
export function checkedAsOf(year: number, asOf: string | undefined, today: string): string {
  if (asOf === undefined) return defaultAsOf(year, today);
  if (asOf.slice(0, 4) !== String(year))
    throw invalid(`统计日期 ${asOf} 不在 ${year} 年度内`, { asOf: `请选择 ${year}-01-01 至 ${year}-12-31 之间的日期` });
  if (asOf > today) throw invalid(`统计日期 ${asOf} 晚于今天（${today}）`, { asOf: `请选择不晚于 ${today} 的日期` });
  return asOf;
}

/** The last quarter ended by `asOf` in its year, or null before the first has ended. */
export function lastQuarterEnded(asOf: string): string | null {
  const year = Number(asOf.slice(0, 4));
  for (let q = 4; q >= 1; q--) if (periodRange(`${year}Q${q}`).end <= asOf) return `${year}Q${q}`;
  return null;
}

/** The quarters a plan year's revenue covers as of `asOf`, in words, as every revenue figure is labelled: 截至2024年第三季度. */
export function revenueCoverage(year: number, asOf: string): string {
  const end = `${year}-12-31`;
  const last = lastQuarterEnded(asOf < end ? asOf : end);
  return last ? `截至${periodLabel(last)}` : `${year}年尚无已结束的季度`;
}
