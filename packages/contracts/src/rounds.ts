import { z } from 'zod';
import { Id, optionalText, PageQuery, paged, Timestamp, text } from './common.js';
import { Tier } from './enterprises.js';
import { figureFields } from './figures.js';
import { DateOnly, Period } from './periods.js';

/** The notice's rhythms: 链主一年一评, 链核半年一评, 链上企业按季动态更新. */
export const RoundKind = Tier;
export type RoundKind = z.infer<typeof RoundKind>;
export const ROUND_KIND_LABELS: Record<RoundKind, string> = {
  master: '链主企业年度评定',
  core: '链核企业半年评定',
  member: '链上企业季度更新',
};
export const ROUND_PERIOD_PATTERN: Record<RoundKind, RegExp> = { master: /^20\d\d$/, core: /^20\d\dH[12]$/, member: /^20\d\dQ[1-4]$/ };
export const ROUND_PERIOD_HINT: Record<RoundKind, string> = { master: '年度，如 2024', core: '半年，如 2024H1', member: '季度，如 2024Q3' };

export const RoundState = z.enum(['open', 'review', 'decided', 'published']);
export type RoundState = z.infer<typeof RoundState>;
export const ROUND_STATE_LABELS: Record<RoundState, string> = { open: '申报中', review: '评审中', decided: '已认定', published: '已公布' };
/** Each state moves only to the next. */
export const NEXT_ROUND_STATE: Record<RoundState, RoundState | null> = {
  open: 'review',
  review: 'decided',
  decided: 'published',
  published: null,
};

export const Round = z.object({
  id: z.number().int(),
  kind: RoundKind,
  period: z.string(),
  chainId: z.number().int().nullable(),
  chainName: z.string().nullable(),
  title: z.string(),
  opensOn: z.string(),
  closesOn: z.string(),
  effectiveOn: z.string(),
  criteria: z.string().nullable(),
  state: RoundState,
  declarationCount: z.number().int(),
  createdAt: Timestamp,
});
export type Round = z.infer<typeof Round>;

export const RoundInput = z
  .object({
    kind: RoundKind,
    period: Period,
    chainId: Id.nullish().transform((v) => v ?? null),
    title: text('标题', 100),
    opensOn: DateOnly,
    closesOn: DateOnly,
    effectiveOn: DateOnly,
    criteria: optionalText('评定标准', 4000),
  })
  .superRefine((r, ctx) => {
    if (!ROUND_PERIOD_PATTERN[r.kind].test(r.period)) {
      ctx.addIssue({ code: 'custom', path: ['period'], message: `${ROUND_KIND_LABELS[r.kind]}的期间应为${ROUND_PERIOD_HINT[r.kind]}` });
    }
    if (r.closesOn < r.opensOn) ctx.addIssue({ code: 'custom', path: ['closesOn'], message: '截止日期不能早于开始日期' });
  });
export type RoundInput = z.input<typeof RoundInput>;

export const RoundQuery = PageQuery.extend({ kind: RoundKind.optional(), state: RoundState.optional(), chainId: Id.optional() });
export const RoundPage = paged(Round);

export const AdvanceInput = z.object({ to: RoundState });

export const Decision = z.enum(['approved', 'rejected']);
export const DECISION_LABELS = { approved: '认定', rejected: '不予认定' } as const;

export const Declaration = z.object({
  id: z.number().int(),
  roundId: z.number().int(),
  enterpriseId: z.number().int(),
  enterpriseName: z.string(),
  creditCode: z.string(),
  chainId: z.number().int(),
  chainName: z.string(),
  revenue: z.number(),
  output: z.number(),
  tax: z.number(),
  rdSpending: z.number(),
  employees: z.number(),
  investment: z.number(),
  /** Share of the enterprise's purchases supplied inside the province, percent. */
  localSupplyShare: z.number().nullable(),
  statement: z.string().nullable(),
  declaredAt: Timestamp,
  score: z.number().nullable(),
  reviewComment: z.string().nullable(),
  decision: Decision.nullable(),
  decisionNote: z.string().nullable(),
});
export type Declaration = z.infer<typeof Declaration>;

export const DeclarationInput = z.object({
  enterpriseId: Id,
  chainId: Id,
  ...figureFields,
  localSupplyShare: z.coerce
    .number()
    .min(0, { error: '本地配套率在 0-100 之间' })
    .max(100, { error: '本地配套率在 0-100 之间' })
    .nullish()
    .transform((v) => v ?? null),
  statement: optionalText('申报说明', 4000),
});
export type DeclarationInput = z.input<typeof DeclarationInput>;

export const ReviewInput = z.object({
  score: z.coerce.number().min(0, { error: '评分在 0-100 之间' }).max(100, { error: '评分在 0-100 之间' }),
  comment: optionalText('评审意见', 2000),
});
export const DecisionInput = z.object({ decision: Decision, note: optionalText('认定意见', 2000) });

export const ReportingStatus = z.object({
  period: z.string(),
  reported: z.array(z.object({ enterpriseId: z.number().int(), name: z.string(), reportedAt: z.string() })),
  missing: z.array(z.object({ enterpriseId: z.number().int(), name: z.string(), cityName: z.string() })),
});

/** One line of a published list: who holds which tier on which chain from when. */
export const PublishedEntry = z.object({
  enterpriseId: z.number().int(),
  enterpriseName: z.string(),
  creditCode: z.string(),
  chainId: z.number().int(),
  chainName: z.string(),
  tier: Tier,
  effectiveOn: z.string(),
});
export type PublishedEntry = z.infer<typeof PublishedEntry>;
