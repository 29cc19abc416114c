import dayjs from 'dayjs';

const EMPTY = '—';

/** 2024-06-30 14:05 */
export function formatDateTime(value: string | null | undefined): string {
  return value ? dayjs(value).format('YYYY-MM-DD HH:mm') : EMPTY;
}

/** 2024-06-30 14:05:09, for audit records where seconds matter. */
export function formatDateTimeSeconds(value: string | null | undefined): string {
  return value ? dayjs(value).format('YYYY-MM-DD HH:mm:ss') : EMPTY;
}

/** 2024-06-30 */
export function formatDate(value: string | null | undefined): string {
  return value ? dayjs(value).format('YYYY-MM-DD') : EMPTY;
}

export function orDash(value: string | number | null | undefined): string | number {
  return value === null || value === undefined || value === '' ? EMPTY : value;
}
