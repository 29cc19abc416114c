/**
 * The province's quarterly report, drafted from the records as of the quarter's end: the plan's
 * targets, each task's milestones, key numbers per chain, and what is late. Every number is read once
 * here from the figure engine; the page, the Word document and the Excel workbook show this one
 * object, so none of them can disagree with another.
 */
import { type FigureKey, MILESTONE_STATE_LABELS, periodLabel, type QuarterlyReport, REPORT_PROJECT_CLASSES } from '@chainboard/contracts';
import { type Deps, inTransaction } from '../../context.js';
import type { Db } from '../../db/database.js';
import { forbidden, notFound } from '../../lib/errors.js';
import type { RequestContext } from '../../policy/actor.js';
import { policy } from '../../policy/policy.js';
import { chainGaps } from '../chainmap/gaps.js';
import { type FigureParams, figureReader, perChainOf, quarterAsOf, recordsOf, revenueCoverage } from '../figures/index.js';
import { technologiesRepository } from '../technologies/technologies.repository.js';
import { plansRepository as repo } from './plans.repository.js';
import { liveTarget } from './plans.service.js';
import { yi } from './quarterly-report-format.js';
import { quarterlyTextsRepository as textsRepository } from './quarterly-texts.repository.js';
import { currentPlanVersion } from './target-metric.js';

export { quarterlyReportDocx } from './quarterly-report-docx.js';
export { quarterlyReportSheets } from './quarterly-report-sheets.js';

const endOfDay = (d: string) => `${d}T23:59:59.999Z`;
const ALL_ROWS = { limit: 1_000_000, offset: 0 };

type Row = QuarterlyReport['totals'];

/**
 * The per-chain rows and the province's totals, from the engine: a chain's row counts an enterprise
 * on each chain it is on, the province's counts it once; `crossChain` is how many are on several.
 */
async function chainFigures(db: Db, p: FigureParams, chainIds: number[]) {
  const read = figureReader(db);
  const perChain = (key: FigureKey, extra: Partial<FigureParams> = {}) => perChainOf(db, key, { ...p, ...extra });
  const [enterprises, revenue, landed, solved] = await Promise.all([
    perChain('chainEnterprises'),
    perChain('chainRevenue'),
    perChain('landedPerCity'),
    perChain('problemsSolved'),
  ]);
  const byClass = await Promise.all(REPORT_PROJECT_CLASSES.map((c) => perChain('keyProjects', { class: c })));
  const rows = new Map<number, Row>(
    chainIds.map((id) => [
      id,
      {
        enterprises: enterprises.get(id) ?? 0,
        revenueYearToDate: revenue.get(id) ?? 0,
        projectsByClass: Object.fromEntries(REPORT_PROJECT_CLASSES.map((c, i) => [c, byClass[i].get(id) ?? 0])),
        landedProjects: landed.get(id) ?? 0,
        problemsSolved: solved.get(id) ?? 0,
      },
    ]),
  );
  const totals: Row = {
    enterprises: await read('chainEnterprises', p),
    revenueYearToDate: await read('chainRevenue', p),
    projectsByClass: Object.fromEntries(
      await Promise.all(REPORT_PROJECT_CLASSES.map(async (c) => [c, await read('keyProjects', { ...p, class: c })])),
    ),
    landedProjects: await read('landedPerCity', p),
    problemsSolved: await read('problemsSolved', p),
  };
  // an enterprise on several chains is one of each chain's records
  const seen = new Map<number, number>();
  for (const chainId of chainIds) {
    for (const r of (await recordsOf(db, 'chainEnterprises', { ...p, chainId }, ALL_ROWS)).rows) seen.set(r.id, (seen.get(r.id) ?? 0) + 1);
  }
  const crossChain = [...seen.values()].filter((n) => n > 1).length;
  return { rows, totals, crossChain };
}

export async function quarterlyReport(deps: Deps, ctx: RequestContext, period: string): Promise<QuarterlyReport> {
  if (!policy.plan.readQuarterlyReport(ctx.actor)) throw forbidden('季度报告由省链长办起草和查看');
  const year = Number(period.slice(0, 4));
  const plan = await repo.plan(deps.db, year);
  if (!plan) throw notFound(`${year} 年行动计划`);
  const asOf = quarterAsOf(period, deps.clock.today());
  const db = deps.db;
  // lateness inside the report is judged on its own day, as the cockpit judges it for an asked day
  const params: FigureParams = { year, asOf, today: asOf };

  const targets = [];
  for (const t of await repo.targets(db, plan.id)) {
    const live = await liveTarget(db, params, t);
    targets.push({
      metric: live.metric,
      label: live.label,
      actual: live.actual,
      value: live.value,
      unit: live.unit,
      status: live.status,
      unitsMet: live.unitsMet,
      unitsTotal: live.unitsTotal,
      alongside: live.alongside,
    });
  }
  const tasks = (await repo.tasks(db, plan.id)).map((t) => ({
    seq: Number(t.seq),
    title: t.title,
    milestones: t.milestones.map((m) => {
      // the state the milestone had at the quarter's end
      const state =
        m.confirmed_at && m.confirmed_at <= endOfDay(asOf)
          ? 'confirmed'
          : m.reported_at && m.reported_at <= endOfDay(asOf)
            ? 'reported'
            : 'open';
      return { quarter: Number(m.quarter), title: m.title, state, overdue: state !== 'confirmed' && m.due_on < asOf };
    }),
  }));

  // the chains the engine counts as key on the day, in the list's order
  const keyIds = new Set((await recordsOf(db, 'keyChains', params, ALL_ROWS)).rows.map((r) => r.id));
  const chainRows = (await db.selectFrom('chains').select(['id', 'name']).orderBy('code').execute()).filter((c) =>
    keyIds.has(Number(c.id)),
  );
  const figures = await chainFigures(
    db,
    params,
    chainRows.map((c) => Number(c.id)),
  );
  const chains = chainRows.map((c) => ({
    chainId: Number(c.id),
    chainName: c.name,
    ...(figures.rows.get(Number(c.id)) as Row),
  }));
  const { totals, crossChain } = figures;
  const sumsExceed =
    chains.reduce((s, c) => s + c.enterprises, 0) > totals.enterprises ||
    chains.reduce((s, c) => s + c.revenueYearToDate, 0) > totals.revenueYearToDate;
  const chainsNote = sumsExceed ? `按链合计含跨链企业（${crossChain}家企业在多条链上），全省合计按企业去重` : null;

  const breakthroughs = (await technologiesRepository.summariesForQuarter(db, period))
    .filter((b) => chainRows.some((c) => Number(c.id) === b.chainId))
    .map(({ chainName, summary }) => ({ chainName, summary }));
  const weakLinks = [];
  for (const c of chainRows) {
    const g = await chainGaps(db, { id: Number(c.id), name: c.name }, year, asOf);
    weakLinks.push({
      chainName: c.name,
      gaps: g.gaps,
      bottlenecks: g.bottlenecks,
      worst: g.weakLinks.slice(0, 3).map((w) => `${w.path}：${w.reasons[0] ?? ''}`),
    });
  }

  const late = [
    ...tasks.flatMap((t) =>
      t.milestones
        .filter((m) => m.overdue)
        .map((m) => `第${t.seq}项任务节点逾期：${m.title}（${MILESTONE_STATE_LABELS[m.state as 'open']}）`),
    ),
    ...targets.filter((t) => t.status === 'behind').map((t) => `目标落后于进度：${t.label}`),
  ];
  const report = {
    period,
    asOf,
    revenueLabel: revenueCoverage(year, asOf),
    planVersion: await currentPlanVersion(db, plan.id),
    targets,
    tasks,
    chains,
    totals,
    crossChainEnterprises: crossChain,
    chainsNote,
    breakthroughs,
    weakLinks,
    late,
  };
  const saved = await textsRepository.find(db, period);
  return {
    ...report,
    title: `${plan.title.replace(/“链长制”.*$/, '')}“链长制”${periodLabel(period)}工作情况报告`,
    text: saved
      ? { overview: saved.overview, nextSteps: saved.next_steps, savedAt: saved.saved_at, savedBy: saved.saved_by_name }
      : { ...draftText(report), savedAt: null, savedBy: null },
  };
}

/** The office's own words for the report; the figures stay computed. */
export async function saveQuarterlyReportText(
  deps: Deps,
  ctx: RequestContext,
  period: string,
  text: { overview: string; nextSteps: string },
): Promise<QuarterlyReport> {
  if (!policy.plan.editQuarterlyReport(ctx.actor)) throw forbidden('季度报告由省链长办修改');
  if (!(await repo.plan(deps.db, Number(period.slice(0, 4))))) throw notFound(`${period.slice(0, 4)} 年行动计划`);
  await inTransaction(deps, async (trx) => {
    const before = await textsRepository.find(trx, period);
    await textsRepository.save(trx, {
      period,
      overview: text.overview,
      next_steps: text.nextSteps,
      saved_by: ctx.actor.userId || null,
      saved_at: deps.clock.nowIso(),
    });
    await deps.audit.record(trx, {
      actor: ctx.actor,
      ip: ctx.ip,
      action: before ? 'update' : 'create',
      entityType: 'quarterlyReport',
      entityId: null,
      before: before ? { overview: before.overview, nextSteps: before.next_steps } : undefined,
      after: { period, ...text },
    });
  });
  return quarterlyReport(deps, ctx, period);
}

type Figures = Omit<QuarterlyReport, 'title' | 'text'>;

/** A first draft of the words, from the province's totals: the office rewrites it as it sees fit. */
function draftText(r: Figures): { overview: string; nextSteps: string } {
  const { totals } = r;
  const projects = Object.values(totals.projectsByClass).reduce((s, n) => s + n, 0);
  const met = r.targets.filter((t) => t.status === 'met').length;
  const overview =
    `截至${r.asOf}，全省${r.chains.length}条省级重点产业链共有链上企业${totals.enterprises.toLocaleString('zh-CN')}家（按企业去重），` +
    `年内实现营收${yi(totals.revenueYearToDate)}亿元（${r.revenueLabel}）；亿元以上重点项目${projects}个，招商落地项目${totals.landedProjects}个，` +
    `推动解决问题${totals.problemsSolved}个。年度${r.targets.length}项目标中已完成${met}项` +
    (r.late.length ? `，另有${r.late.length}项工作滞后，需重点推进。` : '，各项工作按计划推进。');
  const nextSteps = r.late.length
    ? `下一步，省链长办将督促有关单位加快推进滞后事项：\n${r.late.map((l, i) => `${i + 1}. ${l}`).join('\n')}`
    : '下一步，省链长办将会同各链长牵头单位、各市继续按年度计划推进各项重点工作。';
  return { overview, nextSteps };
}
