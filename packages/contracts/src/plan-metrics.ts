import { z } from 'zod';
import { LeadStage } from './attraction.js';
import { ChainStatus } from './chains.js';
import { HonourKind, Tier } from './enterprises.js';
import { ProblemState } from './problems.js';
import { ProjectClass } from './projects.js';

/**
 * A metric a plan file defines from the figure engine's building blocks: the count (or sum) of one
 * kind of record, filtered. The lists are closed, so a new kind of target needs no code, and a
 * building block the engine does not have is refused with the list of those it has.
 */
export const METRIC_RECORD_KINDS = ['enterprises', 'projects', 'leads', 'problems', 'chains', 'matchmakingEvents'] as const;
export const MetricRecordKind = z.enum(METRIC_RECORD_KINDS);
export type MetricRecordKind = z.infer<typeof MetricRecordKind>;

/** The plan year up to the as-of day, or one of its quarters. */
export const MetricPeriod = z.enum(['year', 'Q1', 'Q2', 'Q3', 'Q4']);

/** Which filters each record kind takes; a filter given to another kind is refused. */
export const METRIC_FILTERS_BY_KIND = {
  enterprises: ['tier', 'chainStatus', 'honour', 'period'],
  projects: ['class', 'chainStatus'],
  leads: ['stage', 'chainStatus', 'period'],
  problems: ['state', 'chainStatus', 'period'],
  chains: ['chainStatus'],
  matchmakingEvents: ['period'],
} as const satisfies Record<MetricRecordKind, readonly string[]>;

/** What a sum adds up, per record kind; the others are only counted. */
export const METRIC_SUM_OF = { enterprises: '营业收入', projects: '总投资' } as const;

const FILTER_NAMES = ['tier', 'class', 'state', 'stage', 'chainStatus', 'honour', 'period'] as const;

export const MetricFilters = z.strictObject(
  {
    /** Enterprises holding a tier span of this tier on the day. */
    tier: Tier.optional(),
    /** Projects in this class on the day. */
    class: ProjectClass.optional(),
    /** Problems in this state. */
    state: ProblemState.optional(),
    /** Leads at this stage of the pipeline. */
    stage: LeadStage.optional(),
    /** The status, on the day, of the chain the record is on (an enterprise: of a chain it holds a tier on). */
    chainStatus: ChainStatus.optional(),
    /** Enterprises holding this honour, not revoked, on the day. */
    honour: HonourKind.optional(),
    /** Dated records (revenue, landing, raising, holding) in the plan year up to the day, or in one quarter. */
    period: MetricPeriod.optional(),
  },
  {
    error: (iss) =>
      iss.code === 'unrecognized_keys' ? `未知的筛选条件 ${iss.keys.join('、')}，可用的筛选条件有：${FILTER_NAMES.join('、')}` : undefined,
  },
);
export type MetricFilters = z.infer<typeof MetricFilters>;

export const MetricDefinition = z
  .strictObject({
    key: z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/, '指标代码须以字母开头，只含字母、数字和下划线，最长 64 个字符'),
    label: z.string().min(1).max(200),
    unit: z.string().min(1, '请填写单位（如 家、个、亿元）').max(10),
    measure: z.enum(['count', 'sum']),
    record: MetricRecordKind,
    filters: MetricFilters.default({}),
  })
  .superRefine((m, ctx) => {
    const allowed: readonly string[] = METRIC_FILTERS_BY_KIND[m.record];
    for (const name of Object.keys(m.filters)) {
      if (m.filters[name as keyof MetricFilters] !== undefined && !allowed.includes(name))
        ctx.addIssue({
          code: 'custom',
          path: ['filters', name],
          message: `${m.record} 不能按 ${name} 筛选，可用的筛选条件有：${allowed.join('、')}`,
        });
    }
    if (m.measure === 'sum' && !(m.record in METRIC_SUM_OF))
      ctx.addIssue({
        code: 'custom',
        path: ['measure'],
        message: `${m.record} 只能计数（count），可以求和（sum）的有：${Object.entries(METRIC_SUM_OF)
          .map(([k, v]) => `${k}（${v}）`)
          .join('、')}`,
      });
  });
export type MetricDefinition = z.infer<typeof MetricDefinition>;
