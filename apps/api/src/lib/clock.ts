import { today as calendarDay } from './dates.js';

/**
 * The one source of "now" and "today" in the platform. Services read it from their Deps, never from
 * `new Date()`, so a test can run the platform on any day (and move the day) without rewriting rows.
 */
export interface Clock {
  /** The present instant. */
  now(): Date;
  /** The present instant as ISO 8601 text, as timestamps are stored. */
  nowIso(): string;
  /** Today's calendar date in the province's time zone, YYYY-MM-DD. */
  today(): string;
}

function clockOf(now: () => Date): Clock {
  return { now, nowIso: () => now().toISOString(), today: () => calendarDay(now()) };
}

export const systemClock: Clock = clockOf(() => new Date());

/** A clock that stands still at `at` until it is set again (tests, and replaying a day). */
export function fixedClock(at: string | Date): Clock & { set(at: string | Date): void } {
  let instant = toInstant(at);
  const set = (next: string | Date) => {
    instant = toInstant(next);
  };
  return { ...clockOf(() => new Date(instant)), set };
}

/** A bare date is taken as noon in the province, so it is that same day in every time zone. */
function toInstant(at: string | Date): number {
  if (at instanceof Date) return at.getTime();
  return Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(at) ? `${at}T12:00:00+08:00` : at);
}
