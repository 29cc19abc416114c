/**
 * The cockpit (驾驶舱): every target of the plan live, per chain and per city, each figure opening the
 * records it was computed from; quarter-end snapshots and their difference with today. Figures come
 * from the plan's metric sources (the figures module) at request time, cached until the next write.
 */
import {
  type ChainRanking,
  type ChainRankRow,
  COCKPIT_FIGURE_LABELS,
  type Cockpit,
  type CockpitFigure,
  type CockpitSnapshot,
  type CockpitTarget,
  type CockpitView,
  type DrillEntity,
  type DrillPage,
  type DrillParams,
  type DrillQuery,
  type FigureKey,
  PROJECT_CLASS_LABELS,
  periodRange,
  type SnapshotDiff,
  type SnapshotSummary,
} from '@chainboard/contracts';
import { type Deps, inTransaction } from '../../context.js';
import type { Db } from '../../db/database.js';
import { forbidden, invalid, notFound } from '../../lib/errors.js';
import { type RequestContext, SYSTEM_ACTOR } from '../../policy/actor.js';
import { policy } from '../../policy/policy.js';
import { chainGaps } from '../chainmap/gaps.js';
import {
  checkedAsOf,
  FIGURE_DEFINITIONS_VERSION,
  type FigureParams,
  type FigureReader,
  figureReader,
  LIKE_FOR_LIKE_LABEL,
  likeForLikeGrowth,
  ownersOf,
  perChainOf,
  perUnitOf,
  quarterAsOf,
  quarterSeries,
  recordsOf,
  revenueGrowth,
  type UnitFigureKey,
} from '../figures/index.js';
import { plansRepository } from '../plans/plans.repository.js';
import { currentPlanVersion, definedTargetFigure, drillSource } from '../plans/target-metric.js';
import { cockpitRepository as repo } from './cockpit.repository.js';
import { entityOf, type FigureRows, type RecordChanges, recordChanges, rowsOfFigures } from './snapshot-rows.js';

type ViewSlice = { kind: 'province' | 'chain' | 'city'; id: number | null; name: string; chainId?: number; cityId?: number };

const UNITS: Record<FigureKey, string> = {
  chainEnterprises: '家',
  chainRevenue: '元',
  keyChains: '条',
  keyProjects: '个',
  projectDemoChains: '条',
  forgingDemoChains: '条',
  masterEnterprises: '家',
  alliancePilotChains: '条',
  landedPerHostZone: '个',
  landedPerCity: '个',
  matchmakingEventsPerCity: '场',
  expertGroupChains: '条',
  fundChains: '条',
  problemsOpen: '件',
  problemsOverdue: '件',
  problemsSolved: '件',
  milestonesDone: '项',
  milestonesLate: '项',
  staleEnterprises: '家',
};
const MEASURE = (key: FigureKey): 'count' | 'sum' => (key === 'chainRevenue' ? 'sum' : 'count');
const PROJECT_CLASSES = ['planning', 'reserve', 'underway', 'completed', 'stalled'] as const;

// ---- reading the records: figures and their drill-down ----

/** How a figure was asked for, as the drill-down will ask for it again. */
type Ask = { year: number; asOf: string; today: string; fixedAsOf: boolean; chainId?: number; cityId?: number };

function paramsOf(ask: Ask, extra: Partial<FigureParams> = {}): FigureParams {
  return { year: ask.year, asOf: ask.asOf, today: ask.today, chainId: ask.chainId, cityId: ask.cityId, ...extra };
}

function drillOf(ask: Ask, key?: FigureKey, extra: Partial<DrillParams> = {}): DrillParams {
  const d: DrillParams = { year: ask.year };
  if (key !== undefined) d.figure = key;
  if (ask.fixedAsOf) d.asOf = ask.asOf;
  if (ask.chainId !== undefined) d.chainId = ask.chainId;
  if (ask.cityId !== undefined) d.cityId = ask.cityId;
  return { ...d, ...extra };
}

async function figure(
  read: FigureReader,
  ask: Ask,
  id: string,
  key: FigureKey,
  extra: Partial<DrillParams> = {},
  label?: string,
): Promise<CockpitFigure> {
  const value = await read(key, paramsOf(ask, extra as Partial<FigureParams>));
  return {
    id,
    label: label ?? COCKPIT_FIGURE_LABELS[key],
    unit: UNITS[key],
    value,
    measure: MEASURE(key),
    drill: drillOf(ask, key, extra),
  };
}

/** The share of the year gone by the end of `on` (the last day of the year counts as the whole year). */
function yearElapsed(year: number, on: string): number {
  const y = Number(on.slice(0, 4));
  if (y !== year) return y > year ? 1 : 0;
  const start = Date.UTC(year, 0, 1);
  return (Date.parse(`${on}T00:00:00Z`) + 86_400_000 - start) / (Date.UTC(year + 1, 0, 1) - start);
}

const oneDecimal = (x: number) => Math.round(x * 10) / 10;

async function computeCockpit(db: Db, view: ViewSlice, ask: Ask, computedAt: string): Promise<Cockpit> {
  const plan = await repo.planFor(db, ask.year);
  const read = figureReader(db);
  // the landed-per-unit figures show twice, as targets and in their own section: read each once
  const perUnitRead = new Map<UnitFigureKey, ReturnType<typeof perUnitOf>>();
  const perUnit = (key: UnitFigureKey) => {
    if (!perUnitRead.has(key)) perUnitRead.set(key, perUnitOf(db, key, paramsOf(ask)));
    return perUnitRead.get(key) as ReturnType<typeof perUnitOf>;
  };
  const targets: CockpitTarget[] = [];
  const elapsed = yearElapsed(ask.year, ask.asOf);
  let cityTarget: number | null = null;
  let zoneTarget: number | null = null;
  if (plan) {
    for (const t of await plansRepository.targets(db, plan.id)) {
      const value = Number(t.value);
      const meets = (x: number) => (t.comparison === '>=' ? x >= value : x <= value);
      const metric = t.metric as FigureKey | 'chainRevenueGrowth';
      const base = { key: t.key, label: t.label, comparison: t.comparison as '>=' | '<=', value, unit: t.unit, perUnit: t.per_unit };
      const defined = await definedTargetFigure(db, t, paramsOf(ask));
      if (defined) {
        // a metric the plan file defines: the engine computes it from its definition and opens its rows
        const x = defined.value;
        const status =
          x === null
            ? 'notTracked'
            : meets(x)
              ? 'met'
              : elapsed >= 1
                ? 'behind'
                : t.comparison === '>=' && x >= value * elapsed
                  ? 'onTrack'
                  : 'behind';
        targets.push({
          ...base,
          actual: {
            id: `target:${t.key}`,
            label: t.label,
            unit: t.unit,
            value: x,
            measure: defined.measure,
            drill: { ...drillOf(ask), metric: t.metric },
          },
          share: x !== null && value > 0 ? oneDecimal((x / value) * 100) : null,
          pace: t.comparison === '>=' ? oneDecimal(value * Math.min(1, elapsed)) : null,
          unitsMet: null,
          unitsTotal: null,
          status,
          units: [],
        });
        continue;
      }
      if (metric === 'chainRevenueGrowth') {
        const growth = await revenueGrowth(read, paramsOf(ask));
        const actual: CockpitFigure = {
          id: `target:${t.key}`,
          label: t.label,
          unit: '%',
          value: growth,
          measure: 'sum',
          // growth is this year's revenue over last year's: it opens this year's revenue rows
          drill: drillOf(ask, 'chainRevenue'),
        };
        const status = growth === null ? 'notTracked' : meets(growth) ? 'met' : elapsed >= 1 ? 'behind' : 'onTrack';
        targets.push({
          ...base,
          actual,
          share: growth === null ? null : oneDecimal((growth / value) * 100),
          pace: null,
          unitsMet: null,
          unitsTotal: null,
          status,
          units: [],
          alongside: [{ label: LIKE_FOR_LIKE_LABEL, value: await likeForLikeGrowth(db, paramsOf(ask)) }],
        });
        continue;
      }
      if (t.per_unit && (metric === 'landedPerHostZone' || metric === 'landedPerCity' || metric === 'matchmakingEventsPerCity')) {
        if (metric === 'landedPerCity') cityTarget = value;
        if (metric === 'landedPerHostZone') zoneTarget = value;
        const per = await perUnit(metric);
        const units = per.perUnit.map((u) => ({
          id: `target:${t.key}:${u.unitId}`,
          label: u.unitName,
          unit: UNITS[metric],
          value: u.value,
          measure: 'count' as const,
          drill: drillOf(ask, metric, { unitId: u.unitId }),
          unitId: u.unitId,
          target: value,
        }));
        const met = per.perUnit.filter((u) => meets(u.value)).length;
        const total = per.perUnit.length;
        const status =
          total > 0 && met === total ? 'met' : elapsed >= 1 ? 'behind' : met / Math.max(total, 1) >= elapsed ? 'onTrack' : 'behind';
        targets.push({
          ...base,
          actual: {
            id: `target:${t.key}`,
            label: t.label,
            unit: UNITS[metric],
            value: per.actual,
            measure: 'count',
            drill: drillOf(ask, metric),
          },
          share: total ? oneDecimal((met / total) * 100) : null,
          pace: oneDecimal(total * Math.min(1, elapsed)),
          unitsMet: met,
          unitsTotal: total,
          status,
          units,
        });
        continue;
      }
      const actual = await figure(read, ask, `target:${t.key}`, metric, {}, t.label);
      const x = actual.value ?? 0;
      const status = meets(x) ? 'met' : elapsed >= 1 ? 'behind' : t.comparison === '>=' && x >= value * elapsed ? 'onTrack' : 'behind';
      targets.push({
        ...base,
        actual,
        share: value > 0 ? oneDecimal((x / value) * 100) : null,
        pace: t.comparison === '>=' ? oneDecimal(value * Math.min(1, elapsed)) : null,
        unitsMet: null,
        unitsTotal: null,
        status,
        units: [],
      });
    }
  }

  // the eight quarters up to the one holding asOf
  const lastQuarter = `${ask.asOf.slice(0, 4)}Q${Math.floor((Number(ask.asOf.slice(5, 7)) - 1) / 3) + 1}`;
  const periods: string[] = [];
  for (let y = Number(lastQuarter.slice(0, 4)), q = Number(lastQuarter[5]); periods.length < 8; q--) {
    if (q === 0) {
      q = 4;
      y--;
    }
    periods.unshift(`${y}Q${q}`);
  }
  const series = await quarterSeries(db, paramsOf(ask), periods);
  const quarterFigure = (period: string, key: FigureKey, value: number, label: string): CockpitFigure => ({
    id: `quarter:${period}:${key === 'chainRevenue' ? 'revenue' : 'enterprises'}`,
    label,
    unit: UNITS[key],
    value,
    measure: MEASURE(key),
    drill: drillOf(ask, key, { period }),
  });
  const quarters = periods.map((period) => {
    const q = series.get(period) as { enterprises: number; revenue: number };
    return {
      period,
      enterprises: quarterFigure(period, 'chainEnterprises', q.enterprises, COCKPIT_FIGURE_LABELS.chainEnterprises),
      revenue: quarterFigure(period, 'chainRevenue', q.revenue, COCKPIT_FIGURE_LABELS.chainRevenue),
    };
  });
  const projectsByClass = [];
  for (const cls of PROJECT_CLASSES) {
    projectsByClass.push(await figure(read, ask, `projects:${cls}`, 'keyProjects', { class: cls }, PROJECT_CLASS_LABELS[cls]));
  }
  const perUnitFigures = async (key: 'landedPerCity' | 'landedPerHostZone', target: number | null) =>
    (await perUnit(key)).perUnit.map((u) => ({
      id: `landed:${key}:${u.unitId}`,
      label: u.unitName,
      unit: '个',
      value: u.value,
      measure: 'count' as const,
      drill: drillOf(ask, key, { unitId: u.unitId }),
      unitId: u.unitId,
      target,
    }));
  const province = view.kind === 'province';
  return {
    view: { kind: view.kind, id: view.id, name: view.name },
    year: ask.year,
    planTitle: plan?.title ?? null,
    planVersion: plan ? await currentPlanVersion(db, Number(plan.id)) : null,
    asOf: ask.asOf,
    today: ask.today,
    computedAt,
    targets,
    quarters,
    projectsByClass,
    landed: { perCity: await perUnitFigures('landedPerCity', cityTarget), perZone: await perUnitFigures('landedPerHostZone', zoneTarget) },
    problems: {
      open: await figure(read, ask, 'problems:open', 'problemsOpen'),
      overdue: await figure(read, ask, 'problems:overdue', 'problemsOverdue'),
      solved: await figure(read, ask, 'problems:solved', 'problemsSolved'),
    },
    milestones: province
      ? {
          done: await figure(read, ask, 'milestones:done', 'milestonesDone'),
          late: await figure(read, ask, 'milestones:late', 'milestonesLate'),
        }
      : null,
    freshness: {
      stale: await figure(read, ask, 'freshness:stale', 'staleEnterprises'),
      total: await figure(read, ask, 'freshness:total', 'chainEnterprises'),
      owners: await ownersOf(db, 'staleEnterprises', paramsOf(ask)),
    },
    weakLinks: view.kind === 'chain' && view.id !== null ? await chainGaps(db, { id: view.id, name: view.name }, ask.year, ask.asOf) : null,
  };
}

const RANK_FIGURES = [
  ['enterprises', 'chainEnterprises'],
  ['masters', 'masterEnterprises'],
  ['revenue', 'chainRevenue'],
  ['keyProjects', 'keyProjects'],
  ['landed', 'landedPerCity'],
  ['problemsOpen', 'problemsOpen'],
  ['problemsOverdue', 'problemsOverdue'],
  ['stale', 'staleEnterprises'],
] as const satisfies readonly (readonly [keyof ChainRankRow, FigureKey])[];

async function computeRanking(db: Db, ask: Ask): Promise<ChainRanking> {
  const chains = await repo.keyChains(db);
  const columns = new Map<string, Map<number, number>>();
  for (const [column, key] of RANK_FIGURES) columns.set(column, await perChainOf(db, key, paramsOf(ask)));
  const rows = chains.map((c) => {
    const chainId = Number(c.id);
    const cell = (column: string, key: FigureKey): CockpitFigure => ({
      id: `chain:${chainId}:${column}`,
      label: COCKPIT_FIGURE_LABELS[key],
      unit: UNITS[key],
      value: columns.get(column)?.get(chainId) ?? 0,
      measure: MEASURE(key),
      drill: drillOf({ ...ask, chainId }, key),
    });
    const row = { chainId, chainName: c.name, leadUnitName: c.lead_unit_name } as ChainRankRow;
    for (const [column, key] of RANK_FIGURES) (row as Record<string, unknown>)[column] = cell(column, key);
    return row;
  });
  return { year: ask.year, asOf: ask.asOf, rows };
}

// ---- caching: computed at request time, kept until the next write ----

type Entry = { version: number; value: unknown };
const caches = new WeakMap<Db, Map<string, Entry>>();

/** A value computed from the records, reused while no write has been recorded since (the audit trail sees every write). */
async function cached<T>(db: Db, key: string, compute: () => Promise<T>): Promise<T> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  // read the version first: a write landing while computing leaves a newer version, so nothing stale is kept
  const version = await repo.version(db);
  const hit = cache.get(key);
  if (hit && hit.version === version) return hit.value as T;
  const value = await compute();
  if (cache.size > 500) cache.clear();
  cache.set(key, { version, value });
  return value;
}

/** Forgets every cached figure of a database (the benchmark times the cockpit computed afresh). */
export function clearCockpitCache(db: Db): void {
  caches.delete(db);
}

// ---- who sees which view ----

async function currentYear(db: Db, today: string): Promise<number> {
  const plan = await repo.planFor(db, Number(today.slice(0, 4)));
  return plan ? Number(plan.year) : Number(today.slice(0, 4));
}

async function sliceFor(deps: Deps, ctx: RequestContext, v: { chainId?: number; cityId?: number }): Promise<ViewSlice> {
  const a = ctx.actor;
  if (v.chainId !== undefined && v.cityId !== undefined) throw invalid('请只选择一条产业链或一个市', { cityId: '不能与产业链同时选择' });
  if (v.chainId !== undefined) {
    const chain = await repo.chainById(deps.db, v.chainId);
    if (!chain || !policy.cockpit.chain(a, chain)) throw notFound('产业链');
    return { kind: 'chain', id: chain.id, name: chain.name, chainId: chain.id };
  }
  if (v.cityId !== undefined) {
    const city = await repo.cityById(deps.db, v.cityId);
    if (!city || !policy.cockpit.city(a, city.id)) throw notFound('市');
    return { kind: 'city', id: city.id, name: city.name, cityId: city.id };
  }
  if (!policy.cockpit.province(a)) throw forbidden('全省驾驶舱由省链长办和总链长查看；请选择本单位负责的产业链或本市');
  return PROVINCE;
}

/**
 * What a view is computed for. Lateness and staleness are judged today, or on the day asked for: they
 * read records' present state (a problem's state, an entry's last confirmation), which keeps no history.
 */
function askFor(slice: ViewSlice, year: number, today: string, asOf?: string): Ask {
  const day = checkedAsOf(year, asOf, today);
  return {
    year,
    asOf: day,
    today: asOf ?? today,
    fixedAsOf: asOf !== undefined,
    chainId: slice.chainId,
    cityId: slice.cityId,
  };
}

const PROVINCE: ViewSlice = { kind: 'province', id: null, name: '全省' };

// ---- snapshots ----

async function takeSnapshot(deps: Deps, period: string, opts: { auto: boolean; takenBy: string | null; ctx: RequestContext | null }) {
  const today = deps.clock.today();
  const asOf = quarterAsOf(period, today);
  const ask = askFor(PROVINCE, Number(period.slice(0, 4)), today, asOf);
  const cockpit = await computeCockpit(deps.db, PROVINCE, ask, deps.clock.nowIso());
  const ranking = await computeRanking(deps.db, ask);
  const rows = await rowsOfFigures(deps.db, flatten(cockpit), ask);
  return inTransaction(deps, async (trx) => {
    const id = await repo.insertSnapshot(trx, {
      period,
      asOf,
      auto: opts.auto,
      figures: JSON.stringify({ cockpit, ranking, rows, definitions: FIGURE_DEFINITIONS_VERSION }),
      takenBy: opts.takenBy,
      takenAt: deps.clock.nowIso(),
    });
    if (id === null) return null;
    await deps.audit.record(trx, {
      actor: opts.ctx?.actor ?? SYSTEM_ACTOR,
      ip: opts.ctx?.ip ?? null,
      action: 'create',
      entityType: 'cockpitSnapshot',
      entityId: id,
      after: { period, asOf, auto: opts.auto },
    });
    return id;
  });
}

/** Quarter-end snapshots are taken the first time they are asked for after the quarter ends, for every year with a plan. */
async function ensureQuarterSnapshots(deps: Deps): Promise<void> {
  const first = await repo.earliestPlanYear(deps.db);
  if (first === null) return;
  const today = deps.clock.today();
  const taken = await repo.autoPeriods(deps.db);
  const years = (await plansRepository.years(deps.db)).map((p) => Number(p.year));
  for (const year of years) {
    for (const q of [1, 2, 3, 4]) {
      const period = `${year}Q${q}`;
      if (taken.has(period) || periodRange(period).end >= today) continue;
      await takeSnapshot(deps, period, { auto: true, takenBy: '系统（季度末自动）', ctx: null });
    }
  }
}

function flatten(c: Cockpit): CockpitFigure[] {
  return [
    ...c.targets.flatMap((t) => [t.actual, ...t.units]),
    ...c.quarters.flatMap((q) => [q.enterprises, q.revenue]),
    ...c.projectsByClass,
    ...c.landed.perCity,
    ...c.landed.perZone,
    c.problems.open,
    c.problems.overdue,
    c.problems.solved,
    ...(c.milestones ? [c.milestones.done, c.milestones.late] : []),
    c.freshness.stale,
    c.freshness.total,
  ];
}

export const cockpitService = {
  async cockpit(deps: Deps, ctx: RequestContext, q: CockpitView): Promise<Cockpit> {
    const slice = await sliceFor(deps, ctx, q);
    const today = deps.clock.today();
    if (slice.kind === 'province') await ensureQuarterSnapshots(deps);
    const year = q.year ?? (await currentYear(deps.db, today));
    const ask = askFor(slice, year, today, q.asOf);
    return cached(deps.db, `cockpit:${slice.kind}:${slice.id}:${year}:${ask.asOf}:${today}`, () =>
      computeCockpit(deps.db, slice, ask, deps.clock.nowIso()),
    );
  },

  async ranking(deps: Deps, ctx: RequestContext, q: { year?: number; asOf?: string }): Promise<ChainRanking> {
    if (!policy.cockpit.ranking(ctx.actor)) throw forbidden('产业链排名由省链长办、总链长、链长和链长牵头单位查看');
    const today = deps.clock.today();
    const year = q.year ?? (await currentYear(deps.db, today));
    const ask = askFor(PROVINCE, year, today, q.asOf);
    return cached(deps.db, `ranking:${year}:${ask.asOf}:${today}`, () => computeRanking(deps.db, ask));
  },

  /** The records behind one figure, filtered exactly as the figure was computed. */
  async drill(
    deps: Deps,
    ctx: RequestContext,
    q: DrillQuery | (DrillParams & { page?: number; pageSize?: number }),
    all = false,
  ): Promise<DrillPage> {
    const slice = await sliceFor(deps, ctx, q);
    const ask = askFor(slice, q.year, deps.clock.today(), q.asOf);
    const params = paramsOf(ask, { unitId: q.unitId, period: q.period, class: q.class });
    const page = q.page ?? 1;
    const pageSize = all ? 100_000 : (q.pageSize ?? 20);
    const { source, label } = await drillSource(deps.db, q);
    const {
      rows,
      total,
      figure: value,
    } = await recordsOf(deps.db, source, params, { limit: pageSize, offset: all ? 0 : (page - 1) * pageSize });
    const entity = source.entity;
    const described = await repo.describe(
      deps.db,
      entity,
      rows.map((r) => r.id),
      ask.today,
    );
    const measure = source.measure;
    const items = rows.flatMap((r) => {
      const d = described.get(r.id);
      return d ? [{ ...d, value: measure === 'sum' ? r.value : null }] : [];
    });
    return { items, total, page: all ? 1 : page, pageSize, label, entity, measure, figure: value };
  },

  async snapshots(deps: Deps, ctx: RequestContext): Promise<SnapshotSummary[]> {
    if (!policy.cockpit.province(ctx.actor)) throw forbidden('驾驶舱快照由省链长办和总链长查看');
    await ensureQuarterSnapshots(deps);
    return repo.snapshots(deps.db);
  },

  async take(deps: Deps, ctx: RequestContext, period: string, takenBy: string): Promise<CockpitSnapshot> {
    if (!policy.cockpit.snapshot(ctx.actor)) throw forbidden('快照由省链长办生成');
    if (periodRange(period).start > deps.clock.today()) throw invalid(`${period} 尚未开始，不能生成快照`, { period: '请选择已开始的季度' });
    const id = await takeSnapshot(deps, period, { auto: false, takenBy, ctx });
    return this.snapshot(deps, ctx, id as number);
  },

  async snapshot(deps: Deps, ctx: RequestContext, id: number): Promise<CockpitSnapshot> {
    if (!policy.cockpit.province(ctx.actor)) throw forbidden('驾驶舱快照由省链长办和总链长查看');
    const s = await repo.snapshot(deps.db, id);
    if (!s) throw notFound('快照');
    const { figures, ...rest } = s;
    const parsed = JSON.parse(figures) as { cockpit: Cockpit; ranking: ChainRanking };
    // snapshots taken before plans had versions name none
    return { ...rest, cockpit: { ...parsed.cockpit, planVersion: parsed.cockpit.planVersion ?? null }, ranking: parsed.ranking };
  },

  /**
   * A snapshot beside today's figures for the same year and beside its own day rebuilt from today's
   * records, figure by figure; where the rebuilt figure differs, the records that make the difference.
   */
  async diff(deps: Deps, ctx: RequestContext, id: number): Promise<SnapshotDiff> {
    const snap = await this.snapshot(deps, ctx, id);
    const stored = JSON.parse((await repo.snapshot(deps.db, id))?.figures ?? '{}') as { rows?: FigureRows; definitions?: number };
    const definitionsChanged = stored.definitions !== FIGURE_DEFINITIONS_VERSION;
    // records are named only where the snapshot kept them under today's definitions
    const kept = definitionsChanged ? null : (stored.rows ?? null);
    const now = await this.cockpit(deps, ctx, { year: snap.cockpit.year });
    const current = new Map(flatten(now).map((f) => [f.id, f]));
    const ask = askFor(PROVINCE, snap.cockpit.year, deps.clock.today(), snap.asOf);
    const rebuiltCockpit = await computeCockpit(deps.db, PROVINCE, ask, deps.clock.nowIso());
    const rebuilt = new Map(flatten(rebuiltCockpit).map((f) => [f.id, f]));
    const snapValues = new Map(flatten(snap.cockpit).map((f) => [f.id, f.value]));
    const differing = flatten(rebuiltCockpit).filter((f) => f.value !== snapValues.get(f.id));
    const rowsNow = kept ? await rowsOfFigures(deps.db, differing, ask) : {};
    const changes = [];
    for (const f of flatten(snap.cockpit)) {
      const n = current.get(f.id)?.value ?? null;
      const r = rebuilt.get(f.id)?.value ?? null;
      const before = kept?.[f.id];
      const after = rowsNow[f.id];
      const entity = r !== f.value ? await entityOf(deps.db, f) : null;
      const records = r !== f.value && before && after && entity ? await this.named(deps, entity, recordChanges(before, after)) : null;
      changes.push({
        id: f.id,
        label: f.label,
        unit: f.unit,
        before: f.value,
        now: n,
        delta: f.value === null || n === null ? null : n - f.value,
        rebuilt: r,
        records,
      });
    }
    const { cockpit: _c, ranking: _r, ...summary } = snap;
    return { snapshot: summary, today: now.today, definitionsChanged, changes };
  },

  /** Records given by id, with their names, for a diff. */
  async named(deps: Deps, entity: DrillEntity, c: RecordChanges) {
    const described = await repo.describe(deps.db, entity, [...c.added, ...c.removed, ...c.changed], deps.clock.today());
    const name = (ids: number[]) => ids.map((i) => ({ id: i, name: described.get(i)?.name ?? `#${i}` }));
    return { added: name(c.added), removed: name(c.removed), changed: name(c.changed) };
  },
};
