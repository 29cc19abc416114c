/**
 * How the quarterly report writes its numbers in words (the page and the Word document): money in
 * 亿元 with two decimals, counts with thousands separators. Excel keeps the numbers and formats them.
 */
import { type QuarterlyReport, TARGET_STATUS_LABELS } from '@chainboard/contracts';

export const YI = 100_000_000;

const twoDecimals = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const count = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 });

/** 713424000000 → "7,134.24" (亿元). */
export const yi = (yuan: number) => twoDecimals.format(yuan / YI);
export const countOf = (n: number) => count.format(n);

type Target = QuarterlyReport['targets'][number];

/** Revenue targets say which quarters their figure covers. */
export const coversRevenue = (t: Target) => t.metric === 'chainRevenue' || t.metric === 'chainRevenueGrowth';

/** A number in a target's unit, in words: "7,134.24亿元", "812家", "9.9%". */
const inUnit = (x: number, unit: string) => (unit === '元' ? `${yi(x)}亿元` : `${countOf(x)}${unit}`);

/** A target's figure in words: "7,134.24亿元", "812家", "10/12 个单位达标". */
export function targetFigure(t: Target): string {
  if (t.actual === null) return '暂未统计';
  if (t.unitsTotal !== null) return `${t.unitsMet}/${t.unitsTotal} 个单位达标`;
  return inUnit(t.actual, t.unit);
}

/** The figures beside a target's, each with its label: "同口径增长（两年均在链的企业）8.1%". */
export const alongsideText = (t: Target) =>
  t.alongside.map((a) => `${a.label}${a.value === null ? '暂无可比数据' : inUnit(a.value, t.unit)}`).join('；');

export const targetStatus = (t: Target) => TARGET_STATUS_LABELS[t.status as keyof typeof TARGET_STATUS_LABELS] ?? t.status;
