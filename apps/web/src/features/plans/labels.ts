import { type MILESTONE_STATE_LABELS, periodLabel, TARGET_STATUS_LABELS, TargetStatus } from '@chainboard/contracts';
import type { z } from 'zod';

export type Status = z.infer<typeof TargetStatus>;

/** One colour meaning across modules (UI.md): green met, blue on track, orange behind, grey not tracked. */
export const TARGET_STATUS_COLORS: Record<Status, string | undefined> = {
  met: 'green',
  onTrack: 'blue',
  behind: 'orange',
  notTracked: undefined,
};

export const MILESTONE_STATE_COLORS: Record<keyof typeof MILESTONE_STATE_LABELS, string> = {
  open: 'blue',
  reported: 'cyan',
  confirmed: 'green',
};

export const isStatus = (s: string): s is Status => TargetStatus.safeParse(s).success;
export const statusLabel = (s: string) => (isStatus(s) ? TARGET_STATUS_LABELS[s] : s);

const YI = 100_000_000;
const number = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 });
const money = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** A target figure in its unit; money (元) is read in 亿元. */
export function figure(value: number | null, unit: string): string {
  if (value === null) return '—';
  if (unit === '元') return `${money.format(value / YI)} 亿元`;
  return `${number.format(value)} ${unit}`;
}

/** The quarters of the given years, up to the current quarter, newest first: 2024Q4 … 2024Q1. */
export function quarterOptions(years: number[], today = new Date()): { value: string; label: string }[] {
  const now = `${today.getFullYear()}Q${Math.floor(today.getMonth() / 3) + 1}`;
  const out: string[] = [];
  for (const year of [...years].sort((a, b) => b - a)) for (const q of [4, 3, 2, 1]) if (`${year}Q${q}` <= now) out.push(`${year}Q${q}`);
  return out.map((value) => ({ value, label: periodLabel(value) }));
}

/** The quarter just ended: the one whose summary is due next. */
export function lastQuarter(today = new Date()): string {
  const q = Math.floor(today.getMonth() / 3) + 1;
  return q === 1 ? `${today.getFullYear() - 1}Q4` : `${today.getFullYear()}Q${q - 1}`;
}

/** 规划文件: 逾期未报 red, 逾期报送 orange, 已按时报送 green, 未到期 default. */
export const PLANNING_DOCUMENT_STATE_COLORS: Record<'onTime' | 'late' | 'pending' | 'overdue', string | undefined> = {
  onTime: 'green',
  late: 'orange',
  pending: undefined,
  overdue: 'red',
};
