import type { FollowUpState } from '@chainboard/contracts';

export { EXPERT_GROUP_ROLE_LABELS, FOLLOW_UP_STATE_LABELS } from '@chainboard/contracts';

/** Status colours keep one meaning across modules: blue in progress, green done, orange waiting. */
export const FOLLOW_UP_STATE_COLORS: Record<FollowUpState, string> = { pending: 'orange', inProgress: 'blue', done: 'green' };
