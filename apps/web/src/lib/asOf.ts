import { periodLabel, periodRange } from '@chainboard/contracts';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written YYYY-MM-DD (2024-02-30 is not). */
export function isDay(value: string | null | undefined): value is string {
  const m = value ? DAY.exec(value) : null;
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/** 2024-09-30 → 2024年9月30日 */
export function dayText(day: string): string {
  const m = DAY.exec(day);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : day;
}

/**
 * Which quarters a revenue figure as of `asOf` counts: those of its year ended by that day, as the
 * figure engine counts them (2024-09-30 and 2024-11-15 → 截至2024年第三季度).
 */
export function revenueCoverage(asOf: string): string {
  const year = asOf.slice(0, 4);
  for (let q = 4; q >= 1; q--) if (periodRange(`${year}Q${q}`).end <= asOf) return `截至${periodLabel(`${year}Q${q}`)}`;
  return `${year}年尚无已结束的季度`;
}
