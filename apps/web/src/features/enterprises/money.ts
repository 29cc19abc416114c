// Money is stored in yuan; people read it in 万元 (lists, forms) and 亿元 (totals), see UI.md.

const WAN = 10_000;
const YI = 100_000_000;

const twoDecimals = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const integer = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** 123456789 → "12,345.68" (万元; the unit goes in the column header). */
export function formatWan(yuan: number | null | undefined): string {
  return yuan === null || yuan === undefined ? '—' : twoDecimals.format(yuan / WAN);
}

/** 123456789 → "1.23" (亿元). */
export function formatYi(yuan: number | null | undefined): string {
  return yuan === null || yuan === undefined ? '—' : twoDecimals.format(yuan / YI);
}

export function formatCount(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : integer.format(value);
}

/** 12.345 → "12.3%". */
export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${oneDecimal.format(value)}%`;
}

export const yuanToWan = (yuan: number) => yuan / WAN;

/** Yuan as the 万元 a form shows (two decimals, as typed). */
export const yuanToWanInput = (yuan: number) => Math.round(yuan / 100) / 100;

/** What a person typed in 万元, as integer yuan for the API. */
export const wanToYuan = (wan: number | null | undefined) => Math.round((wan ?? 0) * WAN);

/** Props for an InputNumber that takes 万元 with thousands separators. */
export const wanInputProps = {
  min: 0,
  precision: 2,
  step: 1,
  controls: false,
  style: { width: '100%' },
  suffix: '万元',
  formatter: (value: string | number | undefined) => {
    if (value === undefined || value === '') return '';
    const [whole = '', decimals] = `${value}`.split('.');
    return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${decimals === undefined ? '' : `.${decimals}`}`;
  },
  parser: (value: string | undefined) => (value ? value.replace(/,/g, '') : ''),
} as const;
