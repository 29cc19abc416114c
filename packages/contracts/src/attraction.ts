import { z } from 'zod';
import { Id, optionalText, PageQuery, paged, Timestamp, text } from './common.js';
import { ChainStage } from './enterprises.js';
import { DateOnly } from './periods.js';

/** The notice's floors: every host zone ≥ 2 landed projects a year, the 综改区 and every city ≥ 10. */
export const ZONE_TARGET_FLOOR = 2;
export const CITY_TARGET_FLOOR = 10;

// ---- host development zones (招商引资重点承载示范开发区) ----

export const ProposalState = z.enum(['proposed', 'accepted', 'rejected']);
export const PROPOSAL_STATE_LABELS = { proposed: '待研究', accepted: '已确定', rejected: '未采纳' } as const;
export const OpinionVerdict = z.enum(['agree', 'disagree']);
export const OPINION_LABELS = { agree: '同意', disagree: '不同意' } as const;

export const HostZoneProposal = z.object({
  id: z.number().int(),
  chainId: z.number().int(),
  chainName: z.string(),
  zoneId: z.number().int(),
  zoneName: z.string(),
  cityId: z.number().int(),
  cityName: z.string(),
  proposedBy: z.string(),
  reason: z.string(),
  state: ProposalState,
  decisionNote: z.string().nullable(),
  publishedAt: Timestamp.nullable(),
  opinions: z.array(
    z.object({
      organisationId: z.number().int(),
      organisationName: z.string(),
      verdict: OpinionVerdict,
      note: z.string().nullable(),
      at: Timestamp,
    }),
  ),
  /** Whose opinions the decision waits for: the zone's city, 省商务厅, 省投促局. */
  missingOpinions: z.array(z.string()),
  createdAt: Timestamp,
});
export type HostZoneProposal = z.infer<typeof HostZoneProposal>;
export const HostZoneProposalInput = z.object({ chainId: Id, zoneId: Id, reason: text('推荐理由', 2000) });
export const OpinionInput = z.object({ organisationId: Id, verdict: OpinionVerdict, note: optionalText('意见', 2000) });
export const ProposalDecisionInput = z.object({ state: z.enum(['accepted', 'rejected']), note: optionalText('研究意见', 2000) });
export const ProposalQuery = PageQuery.extend({ chainId: Id.optional(), state: ProposalState.optional() });
export const ProposalPage = paged(HostZoneProposal);

/** The public list: each chain's published host zones, and nothing else. */
export const PublicHostZones = z.array(z.object({ chain: z.string(), zones: z.array(z.object({ zone: z.string(), city: z.string() })) }));

// ---- targets ----

export const AttractionTargetInput = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  organisationId: Id,
  chainId: Id.nullish().transform((v) => v ?? null),
  /** A chain master's own target: the enterprise, with its city as organisationId and its chain. */
  enterpriseId: Id.nullish().transform((v) => v ?? null),
  landedTarget: z.coerce.number().int().min(0).max(10_000),
  note: optionalText('说明', 2000),
});
export const AttractionTarget = z.object({
  id: z.number().int(),
  year: z.number().int(),
  organisationId: z.number().int(),
  organisationName: z.string(),
  organisationType: z.string(),
  chainId: z.number().int().nullable(),
  chainName: z.string().nullable(),
  enterpriseId: z.number().int().nullable(),
  enterpriseName: z.string().nullable(),
  landedTarget: z.number().int(),
  note: z.string().nullable(),
});

// ---- leads (招商线索) ----

export const LeadSource = z.enum(['chainMasterBrings', 'targetMaster', 'fund', 'event', 'other']);
export const LEAD_SOURCE_LABELS = {
  chainMasterBrings: '链主招',
  targetMaster: '招链主',
  fund: '基金招商',
  event: '活动招商',
  other: '其他',
} as const;
export const LeadStage = z.enum(['lead', 'contacted', 'negotiating', 'signed', 'landed', 'dropped']);
export type LeadStage = z.infer<typeof LeadStage>;
export const LEAD_STAGE_LABELS: Record<LeadStage, string> = {
  lead: '线索',
  contacted: '接触',
  negotiating: '洽谈',
  signed: '签约',
  landed: '落地',
  dropped: '终止',
};
export const LEAD_STAGE_ORDER: LeadStage[] = ['lead', 'contacted', 'negotiating', 'signed', 'landed'];

export const LeadInput = z.object({
  targetName: text('目标企业', 100),
  targetCreditCode: z
    .string()
    .trim()
    .toUpperCase()
    .max(18)
    .nullish()
    .transform((v) => v || null),
  inProvince: z.boolean().default(false),
  enterpriseId: Id.nullish().transform((v) => v ?? null),
  chainId: Id,
  stage: ChainStage.nullish().transform((v) => v ?? null),
  /** The chain segment (环节) the lead would fill. */
  segmentId: Id.nullish().transform((v) => v ?? null),
  source: LeadSource,
  chainMasterId: Id.nullish().transform((v) => v ?? null),
  cityId: Id,
  zoneId: Id.nullish().transform((v) => v ?? null),
  responsiblePerson: text('责任人', 50),
  expectedInvestment: z.coerce.number().int().min(0).max(9e15),
  notes: optionalText('备注', 2000),
  /** Marks a lead created for a gap in the chain (补链). */
  fillsGap: z.boolean().default(false),
});
export const LeadMoveInput = z.object({
  to: LeadStage,
  on: DateOnly,
  /** What shows the step happened: an agreement, a registration, a start of works … */
  evidence: optionalText('佐证', 2000),
  /** When moving to landed straight from an earlier step: the date the agreement was signed. */
  signedOn: DateOnly.nullish().transform((v) => v ?? null),
  reason: optionalText('终止原因', 1000),
});
export const Lead = z.object({
  id: z.number().int(),
  targetName: z.string(),
  targetCreditCode: z.string().nullable(),
  inProvince: z.boolean(),
  enterpriseId: z.number().int().nullable(),
  chainId: z.number().int(),
  chainName: z.string(),
  stage: ChainStage.nullable(),
  segmentId: z.number().int().nullable(),
  source: LeadSource,
  chainMasterId: z.number().int().nullable(),
  chainMasterName: z.string().nullable(),
  cityId: z.number().int(),
  cityName: z.string(),
  zoneId: z.number().int().nullable(),
  zoneName: z.string().nullable(),
  responsiblePerson: z.string(),
  expectedInvestment: z.number(),
  pipelineStage: LeadStage,
  signedOn: z.string().nullable(),
  landedOn: z.string().nullable(),
  projectId: z.number().int().nullable(),
  fillsGap: z.boolean(),
  notes: z.string().nullable(),
  demo: z.boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Lead = z.infer<typeof Lead>;
export const LeadEvent = z.object({
  id: z.number().int(),
  at: Timestamp,
  on: z.string(),
  username: z.string().nullable(),
  from: LeadStage.nullable(),
  to: LeadStage,
  evidence: z.string().nullable(),
});
export const LeadQuery = PageQuery.extend({
  chainId: Id.optional(),
  cityId: Id.optional(),
  zoneId: Id.optional(),
  pipelineStage: LeadStage.optional(),
  source: LeadSource.optional(),
  year: z.coerce.number().int().optional(),
  q: z.string().trim().max(100).optional(),
});
export const LeadPage = paged(Lead);

/** Progress per city, zone, chain, or chain master (with its city as the organisation). */
export const TargetLevel = z.enum(['city', 'zone', 'chain', 'master']);
export type TargetLevel = z.infer<typeof TargetLevel>;
export const TARGET_LEVEL_LABELS: Record<TargetLevel, string> = { city: '市', zone: '开发区', chain: '产业链', master: '链主企业' };
export const TargetProgress = z.object({
  organisationId: z.number().int(),
  organisationName: z.string(),
  organisationType: z.string(),
  chainId: z.number().int().nullable(),
  enterpriseId: z.number().int().nullable(),
  target: z.number().int().nullable(),
  landed: z.number().int(),
  /** Landed leads marked 补链: the key supporting projects chain masters are asked to favour. */
  landedFillingGaps: z.number().int(),
  signed: z.number().int(),
  signedInvestment: z.number(),
  landedInvestment: z.number(),
  pipeline: z.record(z.string(), z.number().int()),
  /** Where the year's pace says the count should be by today. */
  expectedByNow: z.number(),
  behind: z.boolean(),
});
