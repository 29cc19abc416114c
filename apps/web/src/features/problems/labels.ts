import {
  PROBLEM_CATEGORY_LABELS,
  PROBLEM_LEVEL_LABELS,
  PROBLEM_STATE_LABELS,
  ProblemCategory,
  ProblemLevel,
  ProblemState,
  RATING_LABELS,
  Rating,
} from '@chainboard/contracts';
import type { z } from 'zod';
import type { Mine } from './api';

/**
 * One colour meaning across modules (UI.md): blue in progress, green done, grey returned. Red is
 * kept for the separate 逾期 tag.
 */
export const PROBLEM_STATE_COLORS: Record<ProblemState, string | undefined> = {
  raised: 'blue',
  returned: undefined,
  accepted: 'blue',
  inProgress: 'blue',
  answered: 'cyan',
  closed: 'green',
};

/** Levels are not a status: their own colours, deeper as a problem rises. */
export const PROBLEM_LEVEL_COLORS: Record<ProblemLevel, string | undefined> = {
  leadUnit: undefined,
  chainLeader: 'purple',
  generalLeader: 'magenta',
};

export const RATING_COLORS: Record<z.infer<typeof Rating>, string> = { satisfied: 'green', basically: 'blue', unsatisfied: 'orange' };

export const PROBLEM_STATE_OPTIONS = ProblemState.options.map((value) => ({ value, label: PROBLEM_STATE_LABELS[value] }));
export const PROBLEM_LEVEL_OPTIONS = ProblemLevel.options.map((value) => ({ value, label: PROBLEM_LEVEL_LABELS[value] }));
export const PROBLEM_CATEGORY_OPTIONS = ProblemCategory.options.map((value) => ({ value, label: PROBLEM_CATEGORY_LABELS[value] }));
export const RATING_OPTIONS = Rating.options.map((value) => ({ value, label: RATING_LABELS[value] }));

export const MINE_LABELS: Record<Mine, string> = { toAccept: '待我受理', toAnswer: '待我答复', toConfirm: '待我确认办结' };
export const MINE_OPTIONS = (Object.keys(MINE_LABELS) as Mine[]).map((value) => ({ value, label: MINE_LABELS[value] }));

/** What each timeline entry records. */
export const EVENT_LABELS: Record<string, string> = {
  raised: '反映问题',
  accept: '受理',
  return: '退回',
  progress: '报告进展',
  answer: '答复',
  rate: '评价',
  reopened: '评价不满意，重新办理',
  escalated: '提级',
  onAgenda: '列入协调会议题',
  decision: '会议议定',
};

export const EVENT_COLORS: Record<string, string> = {
  raised: 'blue',
  accept: 'blue',
  return: 'gray',
  progress: 'blue',
  answer: 'cyan',
  rate: 'green',
  reopened: 'orange',
  escalated: 'purple',
  onAgenda: 'purple',
  decision: 'purple',
};
