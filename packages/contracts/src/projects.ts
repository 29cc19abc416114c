import { z } from 'zod';
import { Id, optionalText, PageQuery, paged, Timestamp, text } from './common.js';
import { ChainStage } from './enterprises.js';
import { DateOnly } from './periods.js';

/** The notice lists projects of at least 1亿元; below that the platform asks before saving. */
export const KEY_PROJECT_THRESHOLD_YUAN = 100_000_000;

/** 谋划类 → 储备类 → 实施类 → 已竣工投产; 已停缓建 or 已取消 with a reason at any point. */
export const ProjectClass = z.enum(['planning', 'reserve', 'underway', 'completed', 'stalled', 'cancelled']);
export type ProjectClass = z.infer<typeof ProjectClass>;
export const PROJECT_CLASS_LABELS: Record<ProjectClass, string> = {
  planning: '谋划类',
  reserve: '储备类',
  underway: '实施类',
  completed: '已竣工投产',
  stalled: '停缓建',
  cancelled: '已取消',
};
/** The moves the real order allows; stalled projects resume where they can. */
export const PROJECT_CLASS_MOVES: Record<ProjectClass, ProjectClass[]> = {
  planning: ['reserve', 'stalled', 'cancelled'],
  reserve: ['underway', 'stalled', 'cancelled'],
  underway: ['completed', 'stalled', 'cancelled'],
  completed: [],
  stalled: ['planning', 'reserve', 'underway', 'cancelled'],
  cancelled: [],
};

export const BuildType = z.enum(['new', 'continuing']);
export type BuildType = z.infer<typeof BuildType>;
export const BUILD_TYPE_LABELS: Record<BuildType, string> = { new: '新建', continuing: '续建' };

const yuan = (label: string) =>
  z.coerce
    .number({ error: `${label}须为数字（单位：元）` })
    .int({ error: `${label}须为整数（单位：元）` })
    .min(0, { error: `${label}不能为负数` })
    .max(9e15, { error: `${label}数值过大` });

const dateOrNull = DateOnly.nullish().transform((v) => v ?? null);

const projectFields = {
  name: text('项目名称', 100),
  year: z.coerce.number().int().min(2000).max(2100),
  chainId: Id,
  stage: ChainStage.nullish().transform((v) => v ?? null),
  /** The chain segment (环节) the project sits on. */
  segmentId: Id.nullish().transform((v) => v ?? null),
  cityId: Id,
  zoneId: Id.nullish().transform((v) => v ?? null),
  enterpriseId: Id.nullish().transform((v) => v ?? null),
  builder: text('建设单位', 100),
  partners: optionalText('合作方', 200),
  content: optionalText('建设内容', 2000),
  totalInvestment: yuan('总投资'),
  annualPlanInvestment: yuan('年度计划投资').default(0),
  plannedSignOn: dateOrNull,
  plannedStartOn: dateOrNull,
  plannedCompleteOn: dateOrNull,
  plannedProductionOn: dateOrNull,
  actualSignOn: dateOrNull,
  actualStartOn: dateOrNull,
  actualCompleteOn: dateOrNull,
  actualProductionOn: dateOrNull,
  liaisonOfficial: optionalText('包联领导', 50),
  liaisonPhone: optionalText('包联联系电话', 20),
  leadUnitContact: optionalText('牵头单位联系人', 50),
  reportCycleMonths: z.coerce
    .number()
    .int()
    .refine((v) => [1, 3].includes(v), { error: '报送周期为每月（1）或每季度（3）' })
    .default(1),
  /** Set true to save a project under 1亿元 after the warning. */
  confirmBelowThreshold: z.boolean().default(false),
};

export const ProjectInput = z.object({
  ...projectFields,
  class: z.enum(['planning', 'reserve', 'underway']),
  buildType: BuildType.nullish().transform((v) => v ?? null),
});
export type ProjectInput = z.input<typeof ProjectInput>;
const { confirmBelowThreshold: _c, annualPlanInvestment: _a, reportCycleMonths: _r, ...patchable } = projectFields;
export const ProjectPatch = z
  .object({
    ...patchable,
    annualPlanInvestment: yuan('年度计划投资'),
    reportCycleMonths: z.coerce
      .number()
      .int()
      .refine((v) => [1, 3].includes(v)),
  })
  .partial()
  .extend({ confirmBelowThreshold: z.boolean().default(false) });
export type ProjectPatch = z.input<typeof ProjectPatch>;

export const ClassMoveInput = z.object({
  to: ProjectClass,
  buildType: BuildType.nullish().transform((v) => v ?? null),
  /** Required when stalling or cancelling. */
  reason: optionalText('原因', 1000),
  on: DateOnly.nullish().transform((v) => v ?? null),
});

export const Project = z.object({
  id: z.number().int(),
  name: z.string(),
  year: z.number().int(),
  chainId: z.number().int(),
  chainName: z.string(),
  /** Who leads the chain: decides who may mark demonstrations and recommend to the fund reserve. */
  chainLeadUnitId: z.number().int().nullable(),
  stage: ChainStage.nullable(),
  segmentId: z.number().int().nullable(),
  cityId: z.number().int(),
  cityName: z.string(),
  zoneId: z.number().int().nullable(),
  zoneName: z.string().nullable(),
  enterpriseId: z.number().int().nullable(),
  enterpriseName: z.string().nullable(),
  builder: z.string(),
  partners: z.string().nullable(),
  content: z.string().nullable(),
  totalInvestment: z.number(),
  annualPlanInvestment: z.number(),
  completedInvestment: z.number(),
  class: ProjectClass,
  buildType: BuildType.nullable(),
  plannedSignOn: z.string().nullable(),
  plannedStartOn: z.string().nullable(),
  plannedCompleteOn: z.string().nullable(),
  plannedProductionOn: z.string().nullable(),
  actualSignOn: z.string().nullable(),
  actualStartOn: z.string().nullable(),
  actualCompleteOn: z.string().nullable(),
  actualProductionOn: z.string().nullable(),
  liaisonOfficial: z.string().nullable(),
  liaisonPhone: z.string().nullable(),
  leadUnitContact: z.string().nullable(),
  reportCycleMonths: z.number().int(),
  demonstration: z.boolean(),
  /** The period whose report is overdue, or null when reporting is up to date. */
  lateReportPeriod: z.string().nullable(),
  lastReportPeriod: z.string().nullable(),
  demo: z.boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Project = z.infer<typeof Project>;

export const ProjectQuery = PageQuery.extend({
  year: z.coerce.number().int().optional(),
  chainId: Id.optional(),
  cityId: Id.optional(),
  zoneId: Id.optional(),
  enterpriseId: Id.optional(),
  class: ProjectClass.optional(),
  demonstration: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  late: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  q: z.string().trim().max(100).optional(),
});
export type ProjectQuery = z.infer<typeof ProjectQuery>;
export const ProjectPage = paged(Project);

export const ProjectEventKind = z.enum(['created', 'class', 'investment', 'dates', 'report', 'demonstration', 'fields']);
export const ProjectEvent = z.object({
  id: z.number().int(),
  at: Timestamp,
  username: z.string().nullable(),
  kind: ProjectEventKind,
  summary: z.string(),
  from: z.unknown().nullable(),
  to: z.unknown().nullable(),
});
export type ProjectEvent = z.infer<typeof ProjectEvent>;

/** Reports are per month (2024-06) or per quarter (2024Q2), as the project's cycle says. */
export const ReportPeriod = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^20\d\d-(0[1-9]|1[0-2])$|^20\d\dQ[1-4]$/, { error: '报送期间格式应为 2024-06（月）或 2024Q2（季度）' });

export const ProjectReportInput = z.object({
  period: ReportPeriod,
  progress: text('形象进度', 2000),
  investmentInPeriod: yuan('本期完成投资'),
  problems: optionalText('存在问题', 2000),
});
export const ProjectReport = z.object({
  id: z.number().int(),
  projectId: z.number().int(),
  period: z.string(),
  progress: z.string(),
  investmentInPeriod: z.number(),
  problems: z.string().nullable(),
  reportedAt: Timestamp,
  reportedBy: z.string().nullable(),
  /** Reported after the period's due date. */
  late: z.boolean(),
});
export type ProjectReport = z.infer<typeof ProjectReport>;

export const ClassCount = z.object({
  chainId: z.number().int(),
  chainName: z.string(),
  counts: z.record(z.string(), z.number().int()),
  total: z.number().int(),
});

export const DemonstrationInput = z.object({ demonstration: z.boolean() });

/** 产业链资金申报项目储备库: recommendations from lead units (补短板、强弱项), reviewed by the office. */
export const ReserveGap = z.enum(['shortBoard', 'weakLink']);
export const RESERVE_GAP_LABELS = { shortBoard: '补短板', weakLink: '强弱项' } as const;
export const ReserveState = z.enum(['recommended', 'accepted', 'rejected']);
export const RESERVE_STATE_LABELS = { recommended: '待审核', accepted: '已入库', rejected: '未入库' } as const;
export const ReserveInput = z.object({
  projectId: Id,
  year: z.coerce.number().int().min(2000).max(2100),
  gap: ReserveGap,
  reason: text('推荐理由', 2000),
});
export const ReserveReviewInput = z.object({ state: z.enum(['accepted', 'rejected']), note: optionalText('审核意见', 2000) });
export const ReserveEntry = z.object({
  id: z.number().int(),
  projectId: z.number().int(),
  projectName: z.string(),
  chainId: z.number().int(),
  chainName: z.string(),
  year: z.number().int(),
  gap: ReserveGap,
  reason: z.string(),
  recommendedBy: z.string(),
  recommendedAt: Timestamp,
  state: ReserveState,
  reviewNote: z.string().nullable(),
  reviewedAt: Timestamp.nullable(),
});
export const ReserveQuery = PageQuery.extend({
  year: z.coerce.number().int().optional(),
  chainId: Id.optional(),
  state: ReserveState.optional(),
});
export const ReservePage = paged(ReserveEntry);

/** 入企服务: a lead unit's visit to a city, its enterprises and projects, and the problems heard. */
export const VisitInput = z.object({
  chainId: Id.nullish().transform((v) => v ?? null),
  cityId: Id,
  visitedOn: DateOnly,
  people: text('走访人员', 200),
  summary: optionalText('走访情况', 4000),
  enterpriseIds: z.array(Id).max(100).default([]),
  projectIds: z.array(Id).max(100).default([]),
  /** Each becomes an entry of the problem list once that module records it. */
  problemsHeard: z.array(text('问题', 1000)).max(50).default([]),
});
export const Visit = z.object({
  id: z.number().int(),
  leadUnitId: z.number().int(),
  leadUnitName: z.string(),
  chainId: z.number().int().nullable(),
  chainName: z.string().nullable(),
  cityId: z.number().int(),
  cityName: z.string(),
  visitedOn: z.string(),
  people: z.string(),
  summary: z.string().nullable(),
  enterprises: z.array(z.object({ id: z.number().int(), name: z.string() })),
  projects: z.array(z.object({ id: z.number().int(), name: z.string() })),
  problemsHeard: z.array(z.string()),
  createdAt: Timestamp,
});
export const VisitQuery = PageQuery.extend({ chainId: Id.optional(), cityId: Id.optional() });
export const VisitPage = paged(Visit);

/** Demonstrations of the notice's modes recorded per chain (targets: ≥ 5 chains each). */
export const DemonstrationMode = z.enum(['projectLeaderHost', 'leadUnitZone']);
export const DEMONSTRATION_MODE_LABELS = {
  projectLeaderHost: '“项目+链长+属地”共建示范',
  leadUnitZone: '“链长牵头单位+园区”锻造示范',
} as const;
export const ModeDemonstrationInput = z.object({
  chainId: Id,
  mode: DemonstrationMode,
  title: text('示范名称', 100),
  projectId: Id.nullish().transform((v) => v ?? null),
  zoneId: Id.nullish().transform((v) => v ?? null),
  recognisedOn: DateOnly,
  notes: optionalText('说明', 2000),
});
export const ModeDemonstration = z.object({
  id: z.number().int(),
  chainId: z.number().int(),
  chainName: z.string(),
  mode: DemonstrationMode,
  title: z.string(),
  projectId: z.number().int().nullable(),
  zoneId: z.number().int().nullable(),
  recognisedOn: z.string(),
  notes: z.string().nullable(),
});
