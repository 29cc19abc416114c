import { z } from 'zod';
import { ChainGaps } from './chainmap.js';
import { Id, PageQuery } from './common.js';
import { Quarter } from './periods.js';
import { TargetStatus } from './plans.js';
import { ProjectClass } from './projects.js';

/** Every figure the cockpit shows; each opens the records it was computed from. */
export const FigureKey = z.enum([
  'chainEnterprises',
  'chainRevenue',
  'keyChains',
  'keyProjects',
  'projectDemoChains',
  'forgingDemoChains',
  'masterEnterprises',
  'alliancePilotChains',
  'landedPerHostZone',
  'landedPerCity',
  'matchmakingEventsPerCity',
  'expertGroupChains',
  'fundChains',
  'problemsOpen',
  'problemsOverdue',
  'problemsSolved',
  'milestonesDone',
  'milestonesLate',
  'staleEnterprises',
]);
export type FigureKey = z.infer<typeof FigureKey>;

export const COCKPIT_FIGURE_LABELS: Record<FigureKey, string> = {
  chainEnterprises: '链上企业',
  chainRevenue: '链上企业营业收入',
  keyChains: '省级重点产业链',
  keyProjects: '亿元以上重点项目',
  projectDemoChains: '“项目+链长+属地”共建示范链',
  forgingDemoChains: '“链长牵头单位+园区”锻造示范链',
  masterEnterprises: '链主企业',
  alliancePilotChains: '协作联合体试点链',
  landedPerHostZone: '承载示范开发区落地项目',
  landedPerCity: '各市招商落地项目',
  matchmakingEventsPerCity: '协作配套活动',
  expertGroupChains: '已公布专家咨询组的产业链',
  fundChains: '产业基金已投资的产业链',
  problemsOpen: '未办结问题',
  problemsOverdue: '逾期问题',
  problemsSolved: '已解决问题',
  milestonesDone: '已完成节点',
  milestonesLate: '逾期节点',
  staleEnterprises: '未按期确认的企业',
};

/** What kind of record a drill-down lists. */
export const DrillEntity = z.enum(['enterprise', 'project', 'lead', 'problem', 'chain', 'event', 'milestone']);
export type DrillEntity = z.infer<typeof DrillEntity>;
export const DRILL_ENTITY_LABELS: Record<DrillEntity, string> = {
  enterprise: '企业',
  project: '项目',
  lead: '招商项目',
  problem: '问题',
  chain: '产业链',
  event: '活动',
  milestone: '工作节点',
};

/** The view a cockpit is computed for: the province, one chain or one city. */
export const CockpitView = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  /** The day the figures hold on; default: today inside the year, its last day once it is over. */
  asOf: z.iso.date({ error: '日期格式应为 2024-06-30' }).optional(),
  chainId: Id.optional(),
  cityId: Id.optional(),
});
export type CockpitView = z.infer<typeof CockpitView>;

/** How to open the rows behind a figure: its key and the filters it was computed with. */
export const DrillParams = z.object({
  /** A built-in figure; or, with `metric`, none. */
  figure: FigureKey.optional(),
  /** A metric the year's plan file defines (its key), drilled like a built-in figure. */
  metric: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/, { error: '指标代码须以字母开头，只含字母、数字和下划线' })
    .optional(),
  year: z.coerce.number().int().min(2000).max(2100),
  asOf: z.iso.date({ error: '日期格式应为 2024-06-30' }).optional(),
  chainId: Id.optional(),
  cityId: Id.optional(),
  unitId: Id.optional(),
  period: Quarter.optional(),
  class: ProjectClass.optional(),
});
export type DrillParams = z.infer<typeof DrillParams>;
export const DrillQuery = DrillParams.extend(PageQuery.shape);
export type DrillQuery = z.infer<typeof DrillQuery>;

export const CockpitFigure = z.object({
  /** Stable within a cockpit, so a snapshot and today can be compared figure by figure. */
  id: z.string(),
  label: z.string(),
  unit: z.string(),
  value: z.number().nullable(),
  measure: z.enum(['count', 'sum']),
  drill: DrillParams.nullable(),
});
export type CockpitFigure = z.infer<typeof CockpitFigure>;

export const CockpitUnitFigure = CockpitFigure.extend({ unitId: z.number().int(), target: z.number().nullable() });

export const CockpitTarget = z.object({
  key: z.string(),
  label: z.string(),
  comparison: z.enum(['>=', '<=']),
  value: z.number(),
  unit: z.string(),
  perUnit: z.string().nullable(),
  actual: CockpitFigure,
  /** Share of the target reached, percent with one decimal (for per-unit targets: share of units that meet it). */
  share: z.number().nullable(),
  /** Where the figure should be by the day it is read on, at an even pace through the year. */
  pace: z.number().nullable(),
  unitsMet: z.number().int().nullable(),
  unitsTotal: z.number().int().nullable(),
  status: TargetStatus,
  units: z.array(CockpitUnitFigure),
  /** Figures read beside the target's own, each labelled (like-for-like growth beside growth). */
  alongside: z.array(z.object({ label: z.string(), value: z.number().nullable() })).optional(),
});
export type CockpitTarget = z.infer<typeof CockpitTarget>;

export const Cockpit = z.object({
  view: z.object({ kind: z.enum(['province', 'chain', 'city']), id: z.number().int().nullable(), name: z.string() }),
  year: z.number().int(),
  planTitle: z.string().nullable(),
  /** The version of the year's plan whose targets the figures are read against (a snapshot keeps it). */
  planVersion: z.number().int().nullable(),
  asOf: z.string(),
  today: z.string(),
  computedAt: z.string(),
  targets: z.array(CockpitTarget),
  quarters: z.array(z.object({ period: z.string(), enterprises: CockpitFigure, revenue: CockpitFigure })),
  projectsByClass: z.array(CockpitFigure),
  landed: z.object({ perCity: z.array(CockpitUnitFigure), perZone: z.array(CockpitUnitFigure) }),
  problems: z.object({ open: CockpitFigure, overdue: CockpitFigure, solved: CockpitFigure }),
  milestones: z.object({ done: CockpitFigure, late: CockpitFigure }).nullable(),
  freshness: z.object({
    stale: CockpitFigure,
    total: CockpitFigure,
    owners: z.array(z.object({ ownerId: z.number().int(), ownerName: z.string(), stale: z.number().int() })),
  }),
  /** One chain's weak links, as the chain map and the quarterly report give them; null for the province and a city. */
  weakLinks: ChainGaps.nullable(),
});
export type Cockpit = z.infer<typeof Cockpit>;

export const ChainRankRow = z.object({
  chainId: z.number().int(),
  chainName: z.string(),
  leadUnitName: z.string().nullable(),
  enterprises: CockpitFigure,
  masters: CockpitFigure,
  revenue: CockpitFigure,
  keyProjects: CockpitFigure,
  landed: CockpitFigure,
  problemsOpen: CockpitFigure,
  problemsOverdue: CockpitFigure,
  stale: CockpitFigure,
});
export type ChainRankRow = z.infer<typeof ChainRankRow>;
export const ChainRanking = z.object({ year: z.number().int(), asOf: z.string(), rows: z.array(ChainRankRow) });
export type ChainRanking = z.infer<typeof ChainRanking>;

export const DrillRow = z.object({
  id: z.number().int(),
  entity: DrillEntity,
  name: z.string(),
  chain: z.string().nullable(),
  place: z.string().nullable(),
  state: z.string().nullable(),
  date: z.string().nullable(),
  /** For sums: this record's share of the figure (yuan for revenue). */
  value: z.number().nullable(),
  owner: z.string().nullable(),
  stale: z.boolean().nullable(),
});
export type DrillRow = z.infer<typeof DrillRow>;
export const DrillPage = z.object({
  items: z.array(DrillRow),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  label: z.string(),
  entity: DrillEntity,
  measure: z.enum(['count', 'sum']),
  /** The figure as the cockpit shows it, computed from exactly these rows. */
  figure: z.number(),
});
export type DrillPage = z.infer<typeof DrillPage>;

export const SnapshotInput = z.object({ period: Quarter });
export const SnapshotSummary = z.object({
  id: z.number().int(),
  period: z.string(),
  asOf: z.string(),
  auto: z.boolean(),
  takenAt: z.string(),
  takenBy: z.string().nullable(),
});
export type SnapshotSummary = z.infer<typeof SnapshotSummary>;
export const CockpitSnapshot = SnapshotSummary.extend({ cockpit: Cockpit, ranking: ChainRanking });
export type CockpitSnapshot = z.infer<typeof CockpitSnapshot>;

export const SnapshotDiff = z.object({
  snapshot: SnapshotSummary,
  today: z.string(),
  /**
   * The figures were counted under other definitions when the snapshot was taken (an upgrade changed
   * them): a rebuilt figure then differs by definition, and no records are named.
   */
  definitionsChanged: z.boolean(),
  changes: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      unit: z.string(),
      before: z.number().nullable(),
      now: z.number().nullable(),
      delta: z.number().nullable(),
      /** The figure for the snapshot's own day, rebuilt from today's records. */
      rebuilt: z.number().nullable(),
      /**
       * The records that make the rebuilt figure differ from the snapshot's: entered or placed late
       * (added), corrected away (removed), or holding another value (changed). Null where the snapshot
       * kept no records for the figure (taken before records were kept, or too many).
       */
      records: z
        .object({
          added: z.array(z.object({ id: z.number().int(), name: z.string() })),
          removed: z.array(z.object({ id: z.number().int(), name: z.string() })),
          changed: z.array(z.object({ id: z.number().int(), name: z.string() })),
        })
        .nullable(),
    }),
  ),
});
export type SnapshotDiff = z.infer<typeof SnapshotDiff>;
