import { type Declaration, ROUND_KIND_LABELS, ROUND_STATE_LABELS, RoundKind, RoundState } from '@chainboard/contracts';

/** Blue while the round is being worked on, green once decided and published (UI.md colours). */
export const ROUND_STATE_COLORS: Record<RoundState, string> = {
  open: 'blue',
  review: 'processing',
  decided: 'green',
  published: 'green',
};

export const DECISION_COLORS: Record<NonNullable<Declaration['decision']>, string | undefined> = {
  approved: 'green',
  rejected: undefined,
};

/** The action that moves a round into each state. */
export const ADVANCE_LABELS: Record<RoundState, string> = {
  open: '重新开放',
  review: '结束申报，进入评审',
  decided: '完成认定',
  published: '公布名单',
};

export const ROUND_KIND_OPTIONS = RoundKind.options.map((value) => ({ value, label: ROUND_KIND_LABELS[value] }));
export const ROUND_STATE_OPTIONS = RoundState.options.map((value) => ({ value, label: ROUND_STATE_LABELS[value] }));
