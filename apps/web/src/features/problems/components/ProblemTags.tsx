import { PROBLEM_LEVEL_LABELS, PROBLEM_STATE_LABELS, type ProblemLevel, type ProblemState, RATING_LABELS } from '@chainboard/contracts';
import { Tag } from 'antd';
import type { Problem } from '../api';
import { PROBLEM_LEVEL_COLORS, PROBLEM_STATE_COLORS, RATING_COLORS } from '../labels';

const TIGHT = { marginInlineEnd: 0 } as const;

export function ProblemStateTag({ state }: { state: ProblemState }) {
  return (
    <Tag color={PROBLEM_STATE_COLORS[state]} style={TIGHT}>
      {PROBLEM_STATE_LABELS[state]}
    </Tag>
  );
}

export function ProblemLevelTag({ level }: { level: ProblemLevel }) {
  return (
    <Tag color={PROBLEM_LEVEL_COLORS[level]} style={TIGHT}>
      {PROBLEM_LEVEL_LABELS[level]}
    </Tag>
  );
}

/** Red, as UI.md keeps red for overdue. */
export function OverdueTag() {
  return (
    <Tag color="red" style={TIGHT}>
      逾期
    </Tag>
  );
}

export function RatingTag({ rating }: { rating: NonNullable<Problem['rating']> }) {
  return (
    <Tag color={RATING_COLORS[rating]} style={TIGHT}>
      {RATING_LABELS[rating]}
    </Tag>
  );
}
