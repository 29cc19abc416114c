import { z } from 'zod';
import { optionalText, Timestamp } from './common.js';
import { DateOnly } from './periods.js';
import { MetricDefinition } from './plan-metrics.js';
import { PlanDocumentRequirement } from './planning-documents.js';

/** The metrics a plan's targets can name; each is computed from the records, never typed in. */
export const MetricKey = z.enum([
  'chainEnterprises',
  'chainRevenue',
  'chainRevenueGrowth',
  'keyChains',
  'keyProjects',
  'projectDemoChains',
  'masterEnterprises',
  'alliancePilotChains',
  'forgingDemoChains',
  'landedPerHostZone',
  'landedPerCity',
  'matchmakingEventsPerCity',
  'expertGroupChains',
  'fundChains',
]);
export type MetricKey = z.infer<typeof MetricKey>;

/** A year's plan as it is written in a file (JSON), loaded by `chainboard plan import`. */
const PlanFileFields = z.object({
  year: z.number().int().min(2000).max(2100),
  title: z.string().min(1).max(200),
  issuer: z.string().min(1).max(200),
  issuedOn: DateOnly,
  targets: z
    .array(
      z.object({
        key: z.string().min(1).max(64),
        label: z.string().min(1).max(200),
        /** A built-in metric (MetricKey) or one defined in the file's `metrics`. */
        metric: z.string().min(1).max(64),
        comparison: z.enum(['>=', '<=']),
        value: z.number(),
        unit: z.string({ error: '请填写目标的单位（如 家、个、亿元、%）' }).min(1, '请填写目标的单位（如 家、个、亿元、%）').max(10),
        perUnit: z.enum(['hostZone', 'city']).optional(),
        source: z.string().max(200).optional(),
      }),
    )
    .min(1),
  tasks: z
    .array(
      z.object({
        seq: z.number().int().min(1),
        title: z.string().min(1).max(200),
        expectedResult: z.string().max(2000),
        leadUnits: z.array(z.string()).min(1),
        supportingUnits: z.array(z.string()).default([]),
        milestones: z.array(
          z.object({
            quarter: z.number().int().min(1).max(4),
            title: z.string().min(1).max(300),
            responsible: z.array(z.string()).min(1),
            dueOn: DateOnly.optional(),
          }),
        ),
      }),
    )
    .min(1),
  /** The planning documents the plan asks for, who owes them and by when. */
  documents: z.array(PlanDocumentRequirement).default([]),
  /** Metrics the file defines for its targets from the figure engine's building blocks. */
  metrics: z.array(MetricDefinition).default([]),
});
export const PlanFile = PlanFileFields.superRefine((plan, ctx) => {
  const builtIn: readonly string[] = MetricKey.options;
  const defined = new Set<string>();
  plan.metrics.forEach((m, i) => {
    if (builtIn.includes(m.key) || defined.has(m.key))
      ctx.addIssue({ code: 'custom', path: ['metrics', i, 'key'], message: `指标代码 ${m.key} 已被使用，请换一个` });
    defined.add(m.key);
  });
  plan.targets.forEach((t, i) => {
    if (t.perUnit && defined.has(t.metric))
      ctx.addIssue({
        code: 'custom',
        path: ['targets', i, 'perUnit'],
        message: `按单位考核（perUnit）只适用于内置指标 landedPerHostZone、landedPerCity、matchmakingEventsPerCity`,
      });
    if (builtIn.includes(t.metric) || defined.has(t.metric)) return;
    ctx.addIssue({
      code: 'custom',
      path: ['targets', i, 'metric'],
      message: `未知的指标 ${t.metric}，可用的有：${[...builtIn, ...defined].join('、')}（也可在本文件的 metrics 中定义）`,
    });
  });
});
export type PlanFile = z.infer<typeof PlanFile>;

export const TargetStatus = z.enum(['met', 'onTrack', 'behind', 'notTracked']);
export const TARGET_STATUS_LABELS = { met: '已达成', onTrack: '按进度推进', behind: '落后于进度', notTracked: '暂未统计' } as const;

export const PlanTarget = z.object({
  key: z.string(),
  label: z.string(),
  /** A built-in metric, or one the plan's version defines. */
  metric: z.string(),
  comparison: z.enum(['>=', '<=']),
  value: z.number(),
  unit: z.string(),
  perUnit: z.string().nullable(),
  source: z.string().nullable(),
  /** What a revenue-based figure covers (截至2024年第三季度); null for others. */
  coverage: z.string().nullable(),
  /** Figures shown beside the live one, each labelled (like-for-like growth beside growth). */
  alongside: z.array(z.object({ label: z.string(), value: z.number().nullable() })),
  /** The live figure; null when the metric's module does not track it yet. */
  actual: z.number().nullable(),
  /** For per-unit targets: how many units meet the target, out of how many. */
  unitsMet: z.number().int().nullable(),
  unitsTotal: z.number().int().nullable(),
  status: TargetStatus,
});
export type PlanTarget = z.infer<typeof PlanTarget>;

export const MilestoneState = z.enum(['open', 'reported', 'confirmed']);
export const MILESTONE_STATE_LABELS = { open: '未完成', reported: '已报完成，待确认', confirmed: '已确认完成' } as const;

export const Milestone = z.object({
  id: z.number().int(),
  quarter: z.number().int(),
  title: z.string(),
  responsible: z.array(z.string()),
  dueOn: z.string(),
  state: MilestoneState,
  evidence: z.string().nullable(),
  reportedBy: z.string().nullable(),
  reportedAt: Timestamp.nullable(),
  confirmedAt: Timestamp.nullable(),
  overdue: z.boolean(),
  /** Planning documents the plan names as this milestone's evidence: how many are owed and given. */
  documents: z.object({ owed: z.number().int(), given: z.number().int(), kinds: z.array(z.string()) }).nullable(),
});
export type Milestone = z.infer<typeof Milestone>;

export const PlanTask = z.object({
  id: z.number().int(),
  seq: z.number().int(),
  title: z.string(),
  expectedResult: z.string(),
  leadUnits: z.array(z.string()),
  supportingUnits: z.array(z.string()),
  milestones: z.array(Milestone),
});

/** One version of a year's plan: each re-import or edit in the platform makes the next. */
export const PlanVersion = z.object({
  number: z.number().int(),
  change: z.enum(['import', 'edit']),
  recordedBy: z.string(),
  recordedByName: z.string(),
  recordedAt: Timestamp,
  note: z.string().nullable(),
});
export type PlanVersion = z.infer<typeof PlanVersion>;

/** What an import of a plan file wrote: the year, the version it made and what the plan holds. */
export const PlanImportResult = z.object({
  year: z.number().int(),
  version: z.number().int(),
  targets: z.number().int(),
  tasks: z.number().int(),
  milestones: z.number().int(),
});

/** The office changes a target's value in the platform: a new version of the plan. */
export const PlanTargetEdit = z.object({
  value: z.number().finite(),
  note: optionalText('修改说明', 500),
});

export const Plan = z.object({
  year: z.number().int(),
  title: z.string(),
  issuer: z.string(),
  issuedOn: z.string(),
  asOf: z.string(),
  /** The version of the plan its figures use: the latest. */
  version: PlanVersion,
  /** Every version, the latest first. */
  versions: z.array(PlanVersion),
  targets: z.array(PlanTarget),
  tasks: z.array(PlanTask),
});
export type Plan = z.infer<typeof Plan>;

export const PlanSummary = z.object({ year: z.number().int(), title: z.string(), issuedOn: z.string() });
export const MilestoneReportInput = z.object({
  evidence: optionalText('完成情况及佐证', 4000).refine((v) => v !== null, { message: '请填写完成情况及佐证' }),
});
