import { REMINDER_KIND_LABELS, ReminderKind } from '@chainboard/contracts';

export const REMINDER_KIND_OPTIONS = ReminderKind.options.map((value) => ({ value, label: REMINDER_KIND_LABELS[value] }));

/** Days from today to a due date (negative when past). */
export function daysUntil(dueOn: string, today = new Date()): number {
  const start = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  const [y, m, d] = dueOn.split('-').map(Number);
  return Math.round((Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1) - start) / 86_400_000);
}

/**
 * "逾期 12 天", "今天到期", "3 天后到期". A date already past on an item the server does not call
 * overdue (a problem awaiting the raiser's confirmation: the deadline was the handler's) says nothing.
 */
export function dueText(dueOn: string, overdue: boolean): string {
  const days = daysUntil(dueOn);
  if (overdue) return days < 0 ? `逾期 ${-days} 天` : '已逾期';
  if (days < 0) return '';
  if (days === 0) return '今天到期';
  return `${days} 天后到期`;
}
