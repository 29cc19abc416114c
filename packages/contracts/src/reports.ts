import { z } from 'zod';
import { PageQuery, paged, Timestamp, text } from './common.js';
import { Quarter } from './periods.js';
import type { ProjectClass } from './projects.js';

/** 工作信息 any time; 季度工作总结 after each quarter, from member units and lead units. */
export const WorkReportKind = z.enum(['info', 'quarterly']);
export const WORK_REPORT_KIND_LABELS = { info: '工作信息', quarterly: '季度工作总结' } as const;
/** A quarterly summary is due this many days after its quarter ends. */
export const QUARTERLY_SUMMARY_GRACE_DAYS = 10;

export const WorkReportInput = z
  .object({
    kind: WorkReportKind,
    period: Quarter.nullish().transform((v) => v ?? null),
    title: text('标题', 100),
    content: text('正文', 20000),
  })
  .superRefine((r, ctx) => {
    if (r.kind === 'quarterly' && !r.period)
      ctx.addIssue({ code: 'custom', path: ['period'], message: '季度工作总结须注明季度，如 2024Q3' });
  });
export const WorkReport = z.object({
  id: z.number().int(),
  organisationId: z.number().int(),
  organisationName: z.string(),
  kind: WorkReportKind,
  period: z.string().nullable(),
  title: z.string(),
  content: z.string(),
  submittedBy: z.string().nullable(),
  submittedAt: Timestamp,
});
export const WorkReportQuery = PageQuery.extend({ kind: WorkReportKind.optional(), period: Quarter.optional() });
export const WorkReportPage = paged(WorkReport);
export const SubmissionStatus = z.object({
  period: z.string(),
  dueOn: z.string(),
  units: z.array(
    z.object({ organisationId: z.number().int(), organisationName: z.string(), submittedAt: Timestamp.nullable(), late: z.boolean() }),
  ),
});

// ---- reminders (提醒) ----

export const ReminderKind = z.enum(['milestone', 'planningDocument', 'workReport', 'projectReport', 'problem', 'round']);
export const REMINDER_KIND_LABELS = {
  milestone: '计划节点',
  planningDocument: '规划文件',
  workReport: '工作总结',
  projectReport: '项目进展报送',
  problem: '问题办理',
  round: '企业评定',
} as const;
export const Reminder = z.object({
  kind: ReminderKind,
  title: z.string(),
  dueOn: z.string(),
  overdue: z.boolean(),
  /** Where in the web app the item is handled. */
  link: z.string(),
});
export type Reminder = z.infer<typeof Reminder>;
export const ReminderList = z.object({ count: z.number().int(), overdue: z.number().int(), items: z.array(Reminder) });

// ---- the quarterly report (季度工作情况报告) ----

/** The classes of projects the report counts, in the notice's order (谋划类、储备类、实施类、已竣工投产). */
export const REPORT_PROJECT_CLASSES = ['planning', 'reserve', 'underway', 'completed'] as const satisfies readonly ProjectClass[];

/** The figures of a chain, or of the province, in the report's table. */
const QuarterFigures = z.object({
  enterprises: z.number().int(),
  /** Revenue of the year over the quarters ended by the as-of day (see `revenueLabel`), yuan. */
  revenueYearToDate: z.number(),
  /** 亿元以上重点项目 by class, keyed by every class of REPORT_PROJECT_CLASSES. */
  projectsByClass: z.record(z.string(), z.number().int()),
  landedProjects: z.number().int(),
  problemsSolved: z.number().int(),
});
export const ChainQuarterFigures = QuarterFigures.extend({ chainId: z.number().int(), chainName: z.string() });
export const QuarterlyReport = z.object({
  period: z.string(),
  asOf: z.string(),
  title: z.string(),
  /** The quarters the revenue covers, as the report labels it: 截至2024年第三季度. */
  revenueLabel: z.string(),
  /** The version of the year's plan whose targets the report reads. */
  planVersion: z.number().int(),
  targets: z.array(
    z.object({
      metric: z.string(),
      label: z.string(),
      actual: z.number().nullable(),
      value: z.number(),
      unit: z.string(),
      status: z.string(),
      unitsMet: z.number().int().nullable(),
      unitsTotal: z.number().int().nullable(),
      /** Figures beside the headline, each labelled, in the target's unit (like-for-like growth beside growth). */
      alongside: z.array(z.object({ label: z.string(), value: z.number().nullable() })),
    }),
  ),
  tasks: z.array(
    z.object({
      seq: z.number().int(),
      title: z.string(),
      milestones: z.array(z.object({ quarter: z.number().int(), title: z.string(), state: z.string(), overdue: z.boolean() })),
    }),
  ),
  chains: z.array(ChainQuarterFigures),
  /** The province's figures: each enterprise counted once, however many chains it is on. */
  totals: QuarterFigures,
  /** Enterprises counted on more than one chain of `chains`. */
  crossChainEnterprises: z.number().int(),
  /** Said under the per-chain table when its sums exceed the province's totals; null when they do not. */
  chainsNote: z.string().nullable(),
  /** Each chain's summary of key-technology breakthroughs for the quarter (null: not given). */
  breakthroughs: z.array(z.object({ chainName: z.string(), summary: z.string().nullable() })),
  /** Each chain's weak links as the chain map finds them on the report's day, the worst first. */
  weakLinks: z.array(
    z.object({ chainName: z.string(), gaps: z.number().int(), bottlenecks: z.number().int(), worst: z.array(z.string()) }),
  ),
  late: z.array(z.string()),
  /** The words around the figures: drafted from them until the office edits and saves its own. */
  text: z.object({
    overview: z.string(),
    nextSteps: z.string(),
    savedAt: Timestamp.nullable(),
    savedBy: z.string().nullable(),
  }),
});
export type QuarterlyReport = z.infer<typeof QuarterlyReport>;
export const QuarterlyReportTextInput = z.object({
  overview: text('总体情况', 20000),
  nextSteps: text('下一步工作安排', 20000),
});
