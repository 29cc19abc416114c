/**
 * Reporting rhythm of key projects: monthly periods (2024-06) or quarterly ones (2024Q2), each due a
 * few days after it ends. Lateness is computed from these dates, so nothing depends on a timer.
 */
export const REPORT_GRACE_DAYS = 5;

const pad = (n: number) => String(n).padStart(2, '0');

export function periodOf(date: string, cycleMonths: number): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return cycleMonths === 3 ? `${year}Q${Math.ceil(month / 3)}` : `${year}-${pad(month)}`;
}

/** First and last day of a report period. */
export function periodBounds(period: string): { start: string; end: string } {
  const year = Number(period.slice(0, 4));
  const [firstMonth, months] = period.includes('Q') ? [(Number(period.slice(5)) - 1) * 3 + 1, 3] : [Number(period.slice(5, 7)), 1];
  const end = new Date(Date.UTC(year, firstMonth - 1 + months, 0));
  return { start: `${year}-${pad(firstMonth)}-01`, end: end.toISOString().slice(0, 10) };
}

export function previousPeriod(period: string): string {
  const year = Number(period.slice(0, 4));
  if (period.includes('Q')) {
    const q = Number(period.slice(5));
    return q === 1 ? `${year - 1}Q4` : `${year}Q${q - 1}`;
  }
  const month = Number(period.slice(5, 7));
  return month === 1 ? `${year - 1}-12` : `${year}-${pad(month - 1)}`;
}

/** The last day a period's report is on time. */
export function dueDate(period: string): string {
  const end = new Date(`${periodBounds(period).end}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + REPORT_GRACE_DAYS);
  return end.toISOString().slice(0, 10);
}

/** The latest period whose report is already due on `today`. */
export function lastDuePeriod(today: string, cycleMonths: number): string {
  let period = previousPeriod(periodOf(today, cycleMonths));
  while (dueDate(period) >= today) period = previousPeriod(period);
  return period;
}

export function isCyclePeriod(period: string, cycleMonths: number): boolean {
  return cycleMonths === 3 ? period.includes('Q') : !period.includes('Q');
}
