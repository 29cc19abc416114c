/** Calendar dates follow the province's clock, whatever the server's time zone. */
export const TIME_ZONE = 'Asia/Shanghai';

export function today(now = new Date()): string {
  return now.toLocaleDateString('sv-SE', { timeZone: TIME_ZONE });
}

export function daysAgoIso(days: number, now = new Date()): string {
  return new Date(now.getTime() - days * 86_400_000).toISOString();
}

/** The calendar date `days` after a YYYY-MM-DD date. */
export function daysAfter(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
