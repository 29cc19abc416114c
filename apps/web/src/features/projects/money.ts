/**
 * Money is stored in yuan (UI.md); people read and type it in 万元, and totals in 亿元, always with
 * thousands separators. Two decimals of 万元 are 100 yuan, the finest a form takes.
 */
const WAN = 10_000;
const YI = 100_000_000;

const wanFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });
const yiFormat = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 1200000000 → "120,000" (万元; the unit is in the column header). */
export function formatWan(yuan: number | null | undefined): string {
  return yuan === null || yuan === undefined ? '—' : wanFormat.format(yuan / WAN);
}

/** 1200000000 → "12.00" (亿元). */
export function formatYi(yuan: number | null | undefined): string {
  return yuan === null || yuan === undefined ? '—' : yiFormat.format(yuan / YI);
}

export const yuanToWan = (yuan: number): number => Math.round(yuan / 100) / 100;
export const wanToYuan = (wan: number): number => Math.round(wan * WAN);

/** One decimal, as UI.md asks for percentages. */
export function formatPercent(part: number, whole: number): string {
  if (!whole) return '—';
  return `${((part / whole) * 100).toFixed(1)}%`;
}
