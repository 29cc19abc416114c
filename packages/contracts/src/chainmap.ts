import { z } from 'zod';
import { Id, optionalText, PageQuery, paged, Timestamp, text } from './common.js';
import { ChainStage, CreditCode } from './enterprises.js';

// ---- segments (环节) ----

export const Segment = z.object({
  id: z.number().int(),
  chainId: z.number().int(),
  parentId: z.number().int().nullable(),
  stage: ChainStage,
  name: z.string(),
  products: z.string().nullable(),
  sortOrder: z.number().int(),
  /** Percent of the chain's revenue the segment should carry; null: an equal share of the leaf segments. */
  expectedShare: z.number().nullable(),
  retiredAt: Timestamp.nullable(),
  /** 1 for a segment right under its stage, 2 for its sub-segments … */
  depth: z.number().int(),
  /** The names from the top segment down to this one, e.g. 电池组件 / 电池片. */
  path: z.string(),
});
export type Segment = z.infer<typeof Segment>;

const share = z.coerce
  .number({ error: '应占份额须为 0 到 100 之间的数字' })
  .min(0, { error: '应占份额不能小于 0' })
  .max(100, { error: '应占份额不能大于 100' })
  .nullish()
  .transform((v) => v ?? null);

export const SegmentInput = z.object({
  chainId: Id,
  /** Empty: a top segment right under its stage. */
  parentId: Id.nullish().transform((v) => v ?? null),
  stage: ChainStage,
  name: text('环节名称', 100),
  products: optionalText('主要产品', 1000),
  sortOrder: z.coerce.number().int().min(0).max(9999).default(0),
  expectedShare: share,
});
/** Rename, describe or move a segment (under another parent or stage of the same chain). */
export const SegmentUpdate = z.object({
  name: text('环节名称', 100).optional(),
  products: optionalText('主要产品', 1000).optional(),
  parentId: Id.nullish(),
  stage: ChainStage.optional(),
  sortOrder: z.coerce.number().int().min(0).max(9999).optional(),
  expectedShare: share.optional(),
});
/** Places an enterprise of the chain on one of its segments (null: off every segment). */
export const EnterpriseSegmentInput = z.object({
  enterpriseId: Id,
  chainId: Id,
  segmentId: Id.nullable(),
  /** The day the enterprise sits on the segment from; default today. */
  placedOn: z.iso.date({ error: '日期格式应为 2024-06-30' }).optional(),
});

export const SegmentQuery = z.object({
  chainId: Id,
  includeRetired: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});
export const SegmentEvent = z.object({
  id: z.number().int(),
  at: Timestamp,
  username: z.string().nullable(),
  kind: z.string(),
  summary: z.string(),
});

// ---- the map and the gap analysis (断点/堵点) ----

export const GapStatus = z.enum(['gap', 'bottleneck', 'strong']);
export type GapStatus = z.infer<typeof GapStatus>;
export const GAP_STATUS_LABELS: Record<GapStatus, string> = { gap: '断点', bottleneck: '堵点', strong: '强' };
/** One colour meaning across modules: red blocked, orange behind, green on track. */
export const GAP_STATUS_COLOURS: Record<GapStatus, string> = { gap: '#cf1322', bottleneck: '#d46b08', strong: '#389e0d' };

/** The office's thresholds for the gap analysis. */
export const GapSettings = z.object({
  /** Fewer local enterprises than this on a segment is a bottleneck. */
  minEnterprises: z.coerce.number().int().min(1).max(1000),
  /** Revenue share below this percent of the segment's expected share is a bottleneck. */
  minRevenueRatio: z.coerce.number().int().min(0).max(100),
  /** More unsolved key technologies than this is a bottleneck (0: any one). */
  maxOpenTechnologies: z.coerce.number().int().min(0).max(100),
  /** More open problems than this is a bottleneck. */
  maxOpenProblems: z.coerce.number().int().min(0).max(1000),
});
export type GapSettings = z.infer<typeof GapSettings>;
export const DEFAULT_GAP_SETTINGS: GapSettings = { minEnterprises: 3, minRevenueRatio: 50, maxOpenTechnologies: 0, maxOpenProblems: 2 };

export const SegmentFigures = z.object({
  segmentId: z.number().int(),
  /** Local enterprises on the segment and its sub-segments. */
  enterprises: z.number().int(),
  /** Their revenue in the year, yuan. */
  revenue: z.number(),
  /** Percent of the chain's local revenue in the year. */
  revenueShare: z.number(),
  /** Percent the segment should carry (set, or an equal share of the leaves). */
  expectedShare: z.number(),
  masters: z.array(z.string()),
  cores: z.array(z.string()),
  projectsUnderway: z.number().int(),
  /** Signed or under way or done: a project that has landed on the segment. */
  projectsLanded: z.number().int(),
  openTechnologies: z.number().int(),
  openProblems: z.number().int(),
  leads: z.number().int(),
  /** 补链 leads on the segment, and those of them landed. */
  gapLeads: z.number().int(),
  gapLeadsLanded: z.number().int(),
  status: GapStatus,
  /** Why, with the numbers behind it ("本地企业 1 家，低于 3 家"). */
  reasons: z.array(z.string()),
});
export type SegmentFigures = z.infer<typeof SegmentFigures>;

export const ChainMap = z.object({
  chainId: z.number().int(),
  chainName: z.string(),
  /** The revenue year (the latest with reported figures). */
  year: z.number().int(),
  asOf: z.string(),
  settings: GapSettings,
  segments: z.array(Segment.extend({ leaf: z.boolean(), figures: SegmentFigures })),
  /** Local enterprises on the chain not yet placed on any segment. */
  unplacedEnterprises: z.number().int(),
  totalRevenue: z.number(),
});
export type ChainMap = z.infer<typeof ChainMap>;

export const WeakLink = SegmentFigures.extend({ name: z.string(), path: z.string(), stage: ChainStage });
export type WeakLink = z.infer<typeof WeakLink>;
export const ChainGaps = z.object({
  chainId: z.number().int(),
  chainName: z.string(),
  year: z.number().int(),
  asOf: z.string(),
  /** Leaf segments that are 断点 or 堵点, gaps first, then by the number of reasons. */
  weakLinks: z.array(WeakLink),
  leafSegments: z.number().int(),
  gaps: z.number().int(),
  bottlenecks: z.number().int(),
  /** Weak links with at least one 补链 lead, and with one landed. */
  weakWithLead: z.number().int(),
  weakWithLanded: z.number().int(),
});
export type ChainGaps = z.infer<typeof ChainGaps>;
export const MapQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  /** The day the map holds on: placements, tiers and revenue as of then; default today (a past year: its last day). */
  asOf: z.iso.date({ error: '日期格式应为 2024-06-30' }).optional(),
});
export type MapQuery = z.infer<typeof MapQuery>;

/** The rows behind one segment on the map. */
export const SegmentRecords = z.object({
  segment: Segment,
  enterprises: z.array(
    z.object({
      id: z.number().int(),
      name: z.string(),
      cityName: z.string(),
      tier: z.string().nullable(),
      revenue: z.number(),
      segmentName: z.string(),
    }),
  ),
  projects: z.array(
    z.object({
      id: z.number().int(),
      name: z.string(),
      class: z.string(),
      cityName: z.string(),
      totalInvestment: z.number(),
      segmentName: z.string(),
    }),
  ),
  leads: z.array(
    z.object({
      id: z.number().int(),
      targetName: z.string(),
      pipelineStage: z.string(),
      cityName: z.string(),
      fillsGap: z.boolean(),
      segmentName: z.string(),
    }),
  ),
  technologies: z.array(z.object({ id: z.number().int(), name: z.string(), state: z.string(), segmentName: z.string() })),
});
export type SegmentRecords = z.infer<typeof SegmentRecords>;

// ---- candidates for the gaps (补链招商候选) ----

export const CompanySize = z.enum(['large', 'medium', 'small', 'micro']);
export type CompanySize = z.infer<typeof CompanySize>;
export const COMPANY_SIZE_LABELS: Record<CompanySize, string> = { large: '大型', medium: '中型', small: '小型', micro: '微型' };

export const Candidate = z.object({
  id: z.number().int(),
  chainId: z.number().int(),
  chainName: z.string(),
  segmentId: z.number().int().nullable(),
  segmentName: z.string().nullable(),
  name: z.string(),
  creditCode: z.string(),
  province: z.string(),
  products: z.string().nullable(),
  size: CompanySize,
  leadId: z.number().int().nullable(),
  /** The status of its segment in the gap analysis: a candidate on a 断点 or 堵点 is a match. */
  segmentStatus: GapStatus.nullable(),
  demo: z.boolean(),
  createdAt: Timestamp,
});
export type Candidate = z.infer<typeof Candidate>;
export const CandidateQuery = PageQuery.extend({
  chainId: Id,
  segmentId: Id.optional(),
  /** matched: only candidates on a 断点 or 堵点; open: not yet a lead. */
  only: z.enum(['matched', 'open', 'all']).default('all'),
});
export const CandidatePage = paged(Candidate);
export const CandidateInput = z.object({
  chainId: Id,
  segmentId: Id.nullish().transform((v) => v ?? null),
  name: text('企业名称', 100),
  creditCode: CreditCode,
  province: text('所在省份', 20),
  products: optionalText('主要产品', 1000),
  size: CompanySize,
});
/** 转为招商线索: the city or zone that takes the lead, who answers for it, and the expected investment. */
export const CandidateToLeadInput = z.object({
  cityId: Id,
  zoneId: Id.nullish().transform((v) => v ?? null),
  responsiblePerson: text('责任人', 50),
  expectedInvestment: z.coerce.number().int().min(0).max(9e15).default(0),
  notes: optionalText('备注', 2000),
});

// ---- local supply share (本地配套率) ----

export const MasterSupply = z.object({
  enterpriseId: z.number().int(),
  enterpriseName: z.string(),
  /** Purchases signed at matchmaking events with the master as buyer, yuan. */
  signedPurchases: z.number(),
  /** Of which from suppliers in the province's register. */
  signedLocal: z.number(),
  /** signedLocal / signedPurchases in percent; null without signings. */
  signedShare: z.number().nullable(),
  /** The share the master declared in its latest declaration, percent. */
  declaredShare: z.number().nullable(),
});
export const ChainSupply = z.object({
  chainId: z.number().int(),
  chainName: z.string(),
  masters: z.array(MasterSupply),
  signedPurchases: z.number(),
  signedLocal: z.number(),
  signedShare: z.number().nullable(),
  /** Mean of the masters' declared shares, percent. */
  declaredShare: z.number().nullable(),
});
export type ChainSupply = z.infer<typeof ChainSupply>;
export const SupplyQuery = z.object({ chainId: Id.optional() });
