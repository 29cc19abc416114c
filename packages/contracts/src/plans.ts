import { z } from 'zod';
import { optionalText, Timestamp } from './common.js';
import { DateOnly } from './periods.js';
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
export const PlanFile = z.object({
  year: z.number().int().min(2000).max(2100),
  title: z.string().min(1).max(200),
  issuer: z.string().min(1).max(200),
  issuedOn: DateOnly,
  targets: z
    .array(
      z.object({
        key: z.string().min(1).max(64),
        label: z.string().min(1).max(200),
        metric: MetricKey,
        comparison: z.enum(['>=', '<=']),
        value: z.number(),
        unit: z.string().max(10),
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
});
export type PlanFile = z.infer<typeof PlanFile>;

export const TargetStatus = z.enum(['met', 'onTrack', 'behind', 'notTracked']);
export const TARGET_STATUS_LABELS = { met: '已达成', onTrack: '按进度推进', behind: '落后于进度', notTracked: '暂未统计' } as const;

export const PlanTarget = z.object({
  key: z.string(),
  label: z.string(),
  metric: MetricKey,
  comparison: z.enum(['>=', '<=']),
  value: z.number(),
  unit: z.string(),
  perUnit: z.string().nullable(),
  source: z.string().nullable(),
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

export const Plan = z.object({
  year: z.number().int(),
  title: z.string(),
  issuer: z.string(),
  issuedOn: z.string(),
  asOf: z.string(),
  targets: z.array(PlanTarget),
  tasks: z.array(PlanTask),
});
export type Plan = z.infer<typeof Plan>;

export const PlanSummary = z.object({ year: z.number().int(), title: z.string(), issuedOn: z.string() });
export const MilestoneReportInput = z.object({
  evidence: optionalText('完成情况及佐证', 4000).refine((v) => v !== null, { message: '请填写完成情况及佐证' }),
});
