import { z } from 'zod';
import { Id, optionalText, PageQuery, paged, Timestamp, text } from './common.js';
import { DateOnly } from './periods.js';

export const ProblemCategory = z.enum([
  'land',
  'energy',
  'funding',
  'approval',
  'talent',
  'technology',
  'supply',
  'market',
  'policy',
  'other',
]);
export const PROBLEM_CATEGORY_LABELS = {
  land: '用地',
  energy: '能耗',
  funding: '资金',
  approval: '审批',
  talent: '人才',
  technology: '技术',
  supply: '配套',
  market: '市场',
  policy: '政策',
  other: '其他',
} as const;

/** raised → accepted (or returned) → in progress → answered → closed by the raiser's rating. */
export const ProblemState = z.enum(['raised', 'returned', 'accepted', 'inProgress', 'answered', 'closed']);
export type ProblemState = z.infer<typeof ProblemState>;
export const PROBLEM_STATE_LABELS: Record<ProblemState, string> = {
  raised: '待受理',
  returned: '已退回',
  accepted: '已受理',
  inProgress: '办理中',
  answered: '已答复',
  closed: '已办结',
};

/** Escalation: lead unit → chain leader (coordination meeting) → general chain leader. */
export const ProblemLevel = z.enum(['leadUnit', 'chainLeader', 'generalLeader']);
export type ProblemLevel = z.infer<typeof ProblemLevel>;
export const PROBLEM_LEVEL_LABELS: Record<ProblemLevel, string> = {
  leadUnit: '牵头单位协调',
  chainLeader: '链长协调',
  generalLeader: '总链长协调',
};

export const Rating = z.enum(['satisfied', 'basically', 'unsatisfied']);
export const RATING_LABELS = { satisfied: '满意', basically: '基本满意', unsatisfied: '不满意' } as const;

export const ProblemInput = z.object({
  title: text('问题标题', 100),
  description: text('问题描述', 4000),
  category: ProblemCategory,
  chainId: Id,
  projectId: Id.nullish().transform((v) => v ?? null),
  enterpriseId: Id.nullish().transform((v) => v ?? null),
  responsibleOrgId: Id,
  responsiblePerson: optionalText('责任人', 50),
  deadline: DateOnly,
  /** When the problem was heard on a lead unit's visit. */
  visitId: Id.nullish().transform((v) => v ?? null),
});

export const Problem = z.object({
  id: z.number().int(),
  title: z.string(),
  description: z.string(),
  category: ProblemCategory,
  chainId: z.number().int(),
  chainName: z.string(),
  projectId: z.number().int().nullable(),
  projectName: z.string().nullable(),
  enterpriseId: z.number().int().nullable(),
  enterpriseName: z.string().nullable(),
  raisedByOrgId: z.number().int(),
  raisedByOrgName: z.string(),
  visitId: z.number().int().nullable(),
  responsibleOrgId: z.number().int(),
  responsibleOrgName: z.string(),
  responsiblePerson: z.string().nullable(),
  deadline: z.string(),
  state: ProblemState,
  level: ProblemLevel,
  answer: z.string().nullable(),
  rating: Rating.nullable(),
  overdue: z.boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  closedAt: Timestamp.nullable(),
});
export type Problem = z.infer<typeof Problem>;

export const ProblemQuery = PageQuery.extend({
  chainId: Id.optional(),
  cityId: Id.optional(),
  state: ProblemState.optional(),
  level: ProblemLevel.optional(),
  category: ProblemCategory.optional(),
  overdue: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  /** My work: problems to accept, to answer, or to confirm. */
  mine: z.enum(['toAccept', 'toAnswer', 'toConfirm']).optional(),
  q: z.string().trim().max(100).optional(),
});
export const ProblemPage = paged(Problem);

export const ProblemStepInput = z.discriminatedUnion('step', [
  z.object({ step: z.literal('accept'), note: optionalText('说明', 2000) }),
  z.object({ step: z.literal('return'), note: text('退回理由', 2000) }),
  z.object({ step: z.literal('progress'), note: text('进展', 2000) }),
  z.object({ step: z.literal('answer'), note: text('答复', 4000) }),
  z.object({ step: z.literal('rate'), rating: Rating, note: optionalText('评价说明', 2000) }),
  z.object({ step: z.literal('escalate'), note: text('提级理由', 2000) }),
]);
export type ProblemStepInput = z.infer<typeof ProblemStepInput>;

export const ProblemEvent = z.object({
  id: z.number().int(),
  at: Timestamp,
  username: z.string().nullable(),
  organisationName: z.string().nullable(),
  kind: z.string(),
  note: z.string().nullable(),
  fromState: z.string().nullable(),
  toState: z.string().nullable(),
});

export const ProblemStats = z.object({
  byState: z.record(z.string(), z.number().int()),
  byCategory: z.record(z.string(), z.number().int()),
  overdue: z.number().int(),
  escalated: z.number().int(),
  /** Days from raising to closing, over closed problems. */
  averageDaysToSolve: z.number().nullable(),
});

// ---- coordination meetings (链长协调会) ----

export const MeetingInput = z.object({
  chainId: Id,
  heldOn: DateOnly,
  title: text('会议名称', 100),
  location: optionalText('地点', 100),
  attendees: text('参会人员', 2000),
  notes: optionalText('会议纪要', 8000),
  problemIds: z.array(Id).max(100).default([]),
});
export const MeetingDecisionInput = z.object({
  content: text('议定事项', 2000),
  ownerOrgId: Id,
  ownerPerson: optionalText('责任人', 50),
  deadline: DateOnly,
  problemId: Id.nullish().transform((v) => v ?? null),
});
export const MeetingDecision = z.object({
  id: z.number().int(),
  content: z.string(),
  ownerOrgId: z.number().int(),
  ownerOrgName: z.string(),
  ownerPerson: z.string().nullable(),
  deadline: z.string(),
  problemId: z.number().int().nullable(),
  done: z.boolean(),
  progress: z.array(z.object({ at: Timestamp, note: z.string(), username: z.string().nullable() })),
  overdue: z.boolean(),
});
export const DecisionProgressInput = z.object({ note: text('进展', 2000), done: z.boolean().default(false) });
export const Meeting = z.object({
  id: z.number().int(),
  chainId: z.number().int(),
  chainName: z.string(),
  heldOn: z.string(),
  title: z.string(),
  location: z.string().nullable(),
  attendees: z.string(),
  notes: z.string().nullable(),
  problems: z.array(z.object({ id: z.number().int(), title: z.string(), state: ProblemState })),
  decisions: z.array(MeetingDecision),
  createdAt: Timestamp,
});
export type Meeting = z.infer<typeof Meeting>;
export const MeetingQuery = PageQuery.extend({ chainId: Id.optional() });
export const MeetingPage = paged(Meeting);
export const EscalationSetting = z.object({ escalateAfterDays: z.coerce.number().int().min(1).max(365) });
