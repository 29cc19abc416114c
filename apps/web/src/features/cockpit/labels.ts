import type { TargetStatus } from '@chainboard/contracts';
import type { z } from 'zod';

const YI = 100_000_000;
const count = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 });
const money = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** A cockpit figure in its unit: money (元) in 亿元, counts with separators. */
export function formatFigure(value: number | null | undefined, unit: string): { text: string; unit: string } {
  if (value === null || value === undefined) return { text: '暂未统计', unit: '' };
  if (unit === '元') return { text: money.format(value / YI), unit: '亿元' };
  return { text: count.format(value), unit };
}

export function figureText(value: number | null | undefined, unit: string): string {
  const f = formatFigure(value, unit);
  return f.unit ? `${f.text} ${f.unit}` : f.text;
}

/** One colour meaning across modules (UI.md): green met, blue on track, orange behind, grey not tracked. */
export const STATUS_COLORS: Record<z.infer<typeof TargetStatus>, string> = {
  met: '#389e0d',
  onTrack: '#1677ff',
  behind: '#d46b08',
  notTracked: '#8c8c8c',
};
