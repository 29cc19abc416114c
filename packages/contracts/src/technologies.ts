import { z } from 'zod';
import { Id, optionalText, PageQuery, paged, Timestamp, text } from './common.js';
import { DateOnly, Quarter } from './periods.js';

/**
 * 关键性技术: each chain's key-technology list (updated dynamically), the innovation consortia
 * (创新联合体) and platforms (创新平台) that tackle them, and the quarterly breakthrough summaries.
 */
export const TechnologyState = z.enum(['pending', 'tackling', 'achieved'], { error: '请选择攻关状态' });
export type TechnologyState = z.infer<typeof TechnologyState>;
export const TECHNOLOGY_STATE_LABELS: Record<TechnologyState, string> = {
  pending: '待攻关',
  tackling: '攻关中',
  achieved: '已突破',
};

const optionalDate = DateOnly.nullish().transform((v) => v ?? null);
const optionalId = Id.nullish().transform((v) => v ?? null);

const technologyFields = {
  chainId: Id,
  segmentId: optionalId,
  name: text('技术名称', 100),
  gap: text('卡点描述', 2000),
  enterpriseIds: z.array(Id).max(50, { error: '攻关企业最多 50 家' }),
  institutes: optionalText('攻关院所', 500),
  state: TechnologyState,
  targetOn: optionalDate,
  brokenThroughOn: optionalDate,
};

export const TechnologyInput = z.object({
  ...technologyFields,
  enterpriseIds: technologyFields.enterpriseIds.default([]),
  state: TechnologyState.default('pending'),
});
export type TechnologyInput = z.input<typeof TechnologyInput>;
/** Any of the fields; the chain stays. State and breakthrough date change here too. */
export const TechnologyPatch = z.object(technologyFields).omit({ chainId: true }).partial();
export type TechnologyPatch = z.input<typeof TechnologyPatch>;

export const Technology = z.object({
  id: z.number().int(),
  chainId: z.number().int(),
  chainName: z.string(),
  segmentId: z.number().int().nullable(),
  segmentName: z.string().nullable(),
  name: z.string(),
  gap: z.string(),
  enterprises: z.array(z.object({ id: z.number().int(), name: z.string() })),
  institutes: z.string().nullable(),
  state: TechnologyState,
  targetOn: z.string().nullable(),
  brokenThroughOn: z.string().nullable(),
  /** Not broken through and past its target date. */
  overdue: z.boolean(),
  demo: z.boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Technology = z.infer<typeof Technology>;
export const TechnologyQuery = PageQuery.extend({
  chainId: Id.optional(),
  segmentId: Id.optional(),
  state: TechnologyState.optional(),
  enterpriseId: Id.optional(),
  q: z.string().trim().max(100).optional(),
});
export type TechnologyQuery = z.infer<typeof TechnologyQuery>;
export const TechnologyPage = paged(Technology);

/** 创新联合体 members: universities, institutes, SMEs (register enterprises or named institutions). */
export const ConsortiumMemberKind = z.enum(['university', 'institute', 'sme', 'enterprise', 'other'], { error: '请选择成员类型' });
export type ConsortiumMemberKind = z.infer<typeof ConsortiumMemberKind>;
export const CONSORTIUM_MEMBER_KIND_LABELS: Record<ConsortiumMemberKind, string> = {
  university: '高校',
  institute: '科研院所',
  sme: '中小企业',
  enterprise: '骨干企业',
  other: '其他',
};

export const ConsortiumMemberInput = z
  .object({
    enterpriseId: optionalId,
    name: optionalText('成员名称', 100),
    kind: ConsortiumMemberKind,
  })
  .refine((m) => m.enterpriseId !== null || m.name !== null, { error: '请选择成员企业或填写机构名称', path: ['name'] });

const consortiumFields = {
  chainId: Id,
  name: text('联合体名称', 100),
  leaderEnterpriseId: Id,
  jinchuanggu: z.boolean({ error: '请说明是否为“晋创谷”创新驱动平台' }),
  foundedOn: optionalDate,
  notes: optionalText('备注', 2000),
  members: z.array(ConsortiumMemberInput).max(100, { error: '成员最多 100 个' }),
  technologyIds: z.array(Id).max(50, { error: '攻关技术最多 50 项' }),
};
export const ConsortiumInput = z.object({
  ...consortiumFields,
  jinchuanggu: consortiumFields.jinchuanggu.default(false),
  members: consortiumFields.members.default([]),
  technologyIds: consortiumFields.technologyIds.default([]),
});
export type ConsortiumInput = z.input<typeof ConsortiumInput>;
/** Members and technologies, when given, replace the lists. */
export const ConsortiumPatch = z.object(consortiumFields).omit({ chainId: true }).partial();
export type ConsortiumPatch = z.input<typeof ConsortiumPatch>;

export const ConsortiumMember = z.object({
  enterpriseId: z.number().int().nullable(),
  name: z.string(),
  kind: ConsortiumMemberKind,
});
export const Consortium = z.object({
  id: z.number().int(),
  chainId: z.number().int(),
  chainName: z.string(),
  name: z.string(),
  leaderEnterpriseId: z.number().int(),
  leaderName: z.string(),
  jinchuanggu: z.boolean(),
  foundedOn: z.string().nullable(),
  notes: z.string().nullable(),
  members: z.array(ConsortiumMember),
  technologies: z.array(z.object({ id: z.number().int(), name: z.string(), state: TechnologyState })),
  demo: z.boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Consortium = z.infer<typeof Consortium>;
export const ConsortiumQuery = PageQuery.extend({
  chainId: Id.optional(),
  jinchuanggu: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  q: z.string().trim().max(100).optional(),
});
export const ConsortiumPage = paged(Consortium);

/** 创新平台: 重点实验室、技术创新中心、中试基地 and others, national or provincial. */
export const PlatformKind = z.enum(['keyLab', 'techCenter', 'pilotBase', 'other'], { error: '请选择平台类型' });
export type PlatformKind = z.infer<typeof PlatformKind>;
export const PLATFORM_KIND_LABELS: Record<PlatformKind, string> = {
  keyLab: '重点实验室',
  techCenter: '技术创新中心',
  pilotBase: '中试基地',
  other: '其他',
};
export const PlatformLevel = z.enum(['national', 'provincial'], { error: '请选择平台级别' });
export type PlatformLevel = z.infer<typeof PlatformLevel>;
export const PLATFORM_LEVEL_LABELS: Record<PlatformLevel, string> = { national: '国家级', provincial: '省级' };

const platformFields = {
  chainId: Id,
  name: text('平台名称', 100),
  kind: PlatformKind,
  level: PlatformLevel,
  hostEnterpriseId: optionalId,
  hostName: optionalText('依托单位', 100),
  recognisedOn: optionalDate,
};
export const PlatformInput = z
  .object(platformFields)
  .refine((p) => p.hostEnterpriseId !== null || p.hostName !== null, { error: '请选择依托企业或填写依托单位名称', path: ['hostName'] });
export type PlatformInput = z.input<typeof PlatformInput>;
export const PlatformPatch = z.object(platformFields).omit({ chainId: true }).partial();
export type PlatformPatch = z.input<typeof PlatformPatch>;
export const Platform = z.object({
  id: z.number().int(),
  chainId: z.number().int(),
  chainName: z.string(),
  name: z.string(),
  kind: PlatformKind,
  level: PlatformLevel,
  hostEnterpriseId: z.number().int().nullable(),
  hostName: z.string(),
  recognisedOn: z.string().nullable(),
  demo: z.boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Platform = z.infer<typeof Platform>;
export const PlatformQuery = PageQuery.extend({
  chainId: Id.optional(),
  kind: PlatformKind.optional(),
  level: PlatformLevel.optional(),
  q: z.string().trim().max(100).optional(),
});
export type PlatformQuery = z.infer<typeof PlatformQuery>;
export const PlatformPage = paged(Platform);

/** A chain's quarterly summary of breakthroughs (每季度总结关键性技术攻关成果). */
export const BreakthroughSummaryInput = z.object({
  chainId: Id,
  quarter: Quarter,
  summary: text('攻关成果总结', 10000),
});
export type BreakthroughSummaryInput = z.input<typeof BreakthroughSummaryInput>;
export const BreakthroughSummary = z.object({
  id: z.number().int(),
  chainId: z.number().int(),
  chainName: z.string(),
  quarter: z.string(),
  summary: z.string(),
  writtenBy: z.string().nullable(),
  demo: z.boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type BreakthroughSummary = z.infer<typeof BreakthroughSummary>;
export const BreakthroughSummaryQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  chainId: Id.optional(),
});
/** A year's summaries of the chains in sight, and the past quarters of that year still without one. */
export const BreakthroughSummaryOverview = z.object({
  year: z.number().int(),
  /** The quarters of the year that have ended. */
  pastQuarters: z.array(z.string()),
  items: z.array(BreakthroughSummary),
  missing: z.array(z.object({ chainId: z.number().int(), chainName: z.string(), quarter: z.string() })),
});
export type BreakthroughSummaryOverview = z.infer<typeof BreakthroughSummaryOverview>;
