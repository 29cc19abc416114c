/** Calendar dates follow the province's clock, whatever the server's time zone. */
export const TIME_ZONE = 'Asia/Shanghai';

export function today(now = new Date()): string {
  return now.toLocaleDateString('sv-SE', { timeZone: TIME_ZONE });
}

export function daysAgoIso(days: number, now = new Date()): string {
  return new Date(now.getTime() - days * 86_400_000).toISOString();
}
