/**
 * Every figure a plan's target or the cockpit shows, computed from the records. Each figure is one
 * source query: the records it counts (one row per record, with `id` and, for sums, `value`), filtered
 * by year, date, chain, city and unit. The figure aggregates that query and the drill-down pages
 * through the very same query, so a figure and the rows behind it cannot disagree.
 */
import { type DrillEntity, type FigureKey, type MetricKey, periodRange, STALE_AFTER_DAYS } from '@chainboard/contracts';
import { type SelectQueryBuilder, sql } from 'kysely';
import type { Database, Db } from '../../db/database.js';
import { sumPerKey } from '../../db/dialect.js';
import { daysAfter } from '../../lib/dates.js';
import { lastQuarterEnded } from './as-of.js';

/** What a figure is computed for: the plan year, the day it holds on, and the slice of the province. */
export type FigureParams = {
  year: number;
  /** Tier spans and plan progress are read as of this day. */
  asOf: string;
  /** Lateness (overdue problems, late milestones, stale records) is judged on this day. */
  today: string;
  chainId?: number;
  cityId?: number;
  /** One city or zone of a per-unit target. */
  unitId?: number;
  /** One quarter instead of the whole year (revenue, enterprises as of its end). */
  period?: string;
  /** Projects of one class. */
  class?: string;
};

// biome-ignore lint/suspicious/noExplicitAny: one source type spans queries over different tables
type AnyQuery = SelectQueryBuilder<Database, any, { id: number; value: number }>;

export type FigureSource = {
  entity: DrillEntity;
  /** `count`: the number of records; `sum`: the total of their `value`. */
  measure: 'count' | 'sum';
  /** The records behind the figure, one row each: `id` and `value`. */
  records(db: Db, p: FigureParams): AnyQuery;
};

const endOfDay = (d: string) => `${d}T23:59:59.999Z`;

const OPEN_PROBLEM_STATES = ['raised', 'accepted', 'inProgress', 'returned'];
const zero = sql<number>`0`;

/** The day tier spans are read on: the end of the asked quarter, never after `asOf`. */
function holdingDay(p: FigureParams): string {
  if (!p.period) return p.asOf;
  const end = periodRange(p.period).end;
  return end < p.asOf ? end : p.asOf;
}

/** The plan year up to the day the figure holds on, as a from/to pair of dates. */
function yearUpTo(p: FigureParams): [string, string] {
  const end = `${p.year}-12-31`;
  return [`${p.year}-01-01`, p.asOf < end ? p.asOf : end];
}

/** The city itself and its zones. */
function cityOrgIds(db: Db, cityId: number) {
  return db
    .selectFrom('organisations as co')
    .select('co.id')
    .where((eb) => eb.or([eb('co.id', '=', cityId), eb('co.parent_id', '=', cityId)]));
}

/** The chains that are key chains on `day` (a date, or an expression giving one), from their status history. */
function keyChainIds(db: Db, day: unknown) {
  return db.selectFrom('chain_status_history as kc').select('kc.chain_id').where('kc.status', '=', 'key').where(spanHolds('kc', day));
}

type Holding = { tier?: string; keyChainsOnly: boolean };

/** The tier span `alias` holds on `day` (a date, or an expression giving one): its end is exclusive. */
function spanHolds(alias: string, day: unknown) {
  const [from, to] = [sql.ref(`${alias}.valid_from`), sql.ref(`${alias}.valid_to`)];
  return sql<boolean>`${from} <= ${day} and (${to} is null or ${to} > ${day})`;
}

/**
 * The enterprise `e` of the outer query holds a tier span on the figure's day (on a
 * key chain unless `keyChainsOnly` is off). One chain's figure lists the chain's spans, which its index
 * narrows to the chain; the province's tests each enterprise's own spans with EXISTS, which the span
 * index answers in enterprise order without reading the table. Either way the cost follows the rows counted.
 */
function holdsSpan(db: Db, p: FigureParams, opts: Holding) {
  const spans = db
    .selectFrom('enterprise_tiers as t')
    .where(spanHolds('t', holdingDay(p)))
    .$if(opts.keyChainsOnly, (q) => q.where('t.chain_id', 'in', keyChainIds(db, holdingDay(p))))
    .$if(opts.tier !== undefined, (q) => q.where('t.tier', '=', opts.tier as string));
  return p.chainId !== undefined
    ? sql<boolean>`e.id in ${spans.select('t.enterprise_id').where('t.chain_id', '=', p.chainId)}`
    : sql<boolean>`exists ${spans.select(sql<number>`1`.as('one')).where(sql<boolean>`t.enterprise_id = e.id`)}`;
}

function enterprisesHolding(db: Db, p: FigureParams, opts: Holding) {
  return db
    .selectFrom('enterprises as e')
    .select(['e.id as id', zero.as('value')])
    .where(holdsSpan(db, p, opts))
    .$if(p.cityId !== undefined, (q) => q.where('e.city_id', '=', p.cityId as number));
}

function chainEnterprises(db: Db, p: FigureParams) {
  return enterprisesHolding(db, p, { keyChainsOnly: true });
}

/**
 * The quarters a year's revenue covers as of its day: those of the plan year ended by then (all four
 * once the year is over), or null before the first has ended.
 */
export function quartersCovered(p: Pick<FigureParams, 'year' | 'asOf'>): string | null {
  const end = `${p.year}-12-31`;
  return lastQuarterEnded(p.asOf < end ? p.asOf : end);
}

/**
 * The figures of enterprise `enterprise` (a column reference) in the quarters of the year ended by the
 * as-of day, or in one quarter. A year's quarters are one range of the (enterprise, period, revenue)
 * index: periods are written 2024, 2024H1 or 2024Q3, so 2024Q1 to 2024Q3 holds three quarters and nothing else.
 */
function figuresIn(db: Db, alias: 'f' | 'fr', enterprise: string, p: FigureParams) {
  const period = sql.ref(`${alias}.period`);
  const last = quartersCovered(p);
  return db
    .selectFrom(`enterprise_figures as ${alias}`)
    .where(sql<boolean>`${sql.ref(`${alias}.enterprise_id`)} = ${sql.ref(enterprise)}`)
    .where(
      p.period
        ? sql<boolean>`${period} = ${p.period}`
        : last
          ? sql<boolean>`${period} >= ${`${p.year}Q1`} and ${period} <= ${last}`
          : sql<boolean>`1 = 0`,
    );
}

/** An enterprise's revenue over the year's quarters (or one quarter), null where it reported none. */
function revenueOf(db: Db, enterprise: string, p: FigureParams) {
  return figuresIn(db, 'f', enterprise, p)
    .select((eb) => eb.fn.sum<number>('f.revenue').as('s'))
    .$asScalar();
}

/**
 * Revenue of the chain enterprises that reported any, per enterprise, over the year's quarters (or one
 * quarter): each enterprise's figures are read from the (enterprise, period, revenue) index beside its
 * register entry, so no pass sorts the figures.
 */
function revenue(db: Db, p: FigureParams) {
  return chainEnterprises(db, p)
    .clearSelect()
    .select(['e.id as id', revenueOf(db, 'e.id', p).as('value')])
    .where((eb) => eb.exists(figuresIn(db, 'fr', 'e.id', p).select(sql<number>`1`.as('one'))));
}

/** Chains, narrowed to one chain or to those hosted in a city or its zones. */
function chains(db: Db, p: FigureParams) {
  return db
    .selectFrom('chains as c')
    .select(['c.id as id', zero.as('value')])
    .$if(p.chainId !== undefined, (q) => q.where('c.id', '=', p.chainId as number))
    .$if(p.cityId !== undefined, (q) =>
      q.where(
        'c.id',
        'in',
        db
          .selectFrom('chain_hosts as h')
          .select('h.chain_id')
          .where('h.organisation_id', 'in', cityOrgIds(db, p.cityId as number)),
      ),
    );
}

const chainsWithMode = (mode: string) => (db: Db, p: FigureParams) =>
  chains(db, p).where(
    'c.id',
    'in',
    db
      .selectFrom('mode_demonstrations as m')
      .select('m.chain_id')
      .where('m.mode', '=', mode)
      .where('m.recognised_on', '>=', `${p.year}-01-01`)
      .where('m.recognised_on', '<=', holdingDay(p)),
  );

/** A year's key projects in the class each had on the figure's day (from its class history), cancelled ones left out. */
function keyProjects(db: Db, p: FigureParams) {
  const classOnDay = db
    .selectFrom('project_class_history as ph')
    .select(sql<number>`1`.as('one'))
    .where(sql<boolean>`ph.project_id = p.id`)
    .where(spanHolds('ph', holdingDay(p)))
    .where('ph.class', '!=', 'cancelled')
    .$if(p.class !== undefined, (q) => q.where('ph.class', '=', p.class as string));
  return db
    .selectFrom('projects as p')
    .select(['p.id as id', zero.as('value')])
    .where('p.year', '=', p.year)
    .where('p.total_investment', '>=', 100_000_000)
    .where((eb) => eb.exists(classOnDay))
    .$if(p.chainId !== undefined, (q) => q.where('p.chain_id', '=', p.chainId as number))
    .$if(p.cityId !== undefined, (q) => q.where('p.city_id', '=', p.cityId as number));
}

/** Published host zones (of one chain, in one city, when asked). */
export function hostZones(db: Db, p: Pick<FigureParams, 'chainId' | 'cityId'> & { asOf?: string }) {
  return (
    db
      .selectFrom('host_zone_proposals as h')
      .innerJoin('organisations as z', 'z.id', 'h.zone_id')
      .select(['z.id', 'z.name'])
      .distinct()
      .where('h.state', '=', 'accepted')
      .where('h.published_at', 'is not', null)
      // published by the figure's day, when it has one
      .$if(p.asOf !== undefined, (q) => q.where('h.published_at', '<=', endOfDay(p.asOf as string)))
      .$if(p.chainId !== undefined, (q) => q.where('h.chain_id', '=', p.chainId as number))
      .$if(p.cityId !== undefined, (q) => q.where('z.parent_id', '=', p.cityId as number))
  );
}

export function cities(db: Db, p: Pick<FigureParams, 'cityId'>) {
  return db
    .selectFrom('organisations as o')
    .select(['o.id', 'o.name'])
    .where('o.type', '=', 'city')
    .$if(p.cityId !== undefined, (q) => q.where('o.id', '=', p.cityId as number));
}

function landedLeads(db: Db, p: FigureParams) {
  return db
    .selectFrom('leads as l')
    .select(['l.id as id', zero.as('value')])
    .where('l.pipeline_stage', '=', 'landed')
    .where('l.landed_on', '>=', `${p.year}-01-01`)
    .where('l.landed_on', '<=', holdingDay(p))
    .$if(p.chainId !== undefined, (q) => q.where('l.chain_id', '=', p.chainId as number))
    .$if(p.cityId !== undefined, (q) => q.where('l.city_id', '=', p.cityId as number));
}

function events(db: Db, p: FigureParams) {
  return db
    .selectFrom('matchmaking_events as ev')
    .select(['ev.id as id', zero.as('value')])
    .where('ev.held_on', '>=', `${p.year}-01-01`)
    .where('ev.held_on', '<=', holdingDay(p))
    .where('ev.organiser_id', 'in', cities(db, p).clearSelect().select('o.id'))
    .$if(p.unitId !== undefined, (q) => q.where('ev.organiser_id', '=', p.unitId as number))
    .$if(p.chainId !== undefined, (q) =>
      q.where(
        'ev.id',
        'in',
        db
          .selectFrom('event_chains as ec')
          .select('ec.event_id')
          .where('ec.chain_id', '=', p.chainId as number),
      ),
    );
}

/** Problems on a chain, or tied to a city: raised by or assigned to it or its zones, or on its projects and enterprises. */
function problems(db: Db, p: FigureParams) {
  const city = p.cityId;
  return db
    .selectFrom('problems as pr')
    .select(['pr.id as id', zero.as('value')])
    .where('pr.created_at', '<=', endOfDay(holdingDay(p)))
    .$if(p.chainId !== undefined, (q) => q.where('pr.chain_id', '=', p.chainId as number))
    .$if(city !== undefined, (q) =>
      q.where((eb) =>
        eb.or([
          eb('pr.raised_by_org_id', 'in', cityOrgIds(db, city as number)),
          eb('pr.responsible_org_id', 'in', cityOrgIds(db, city as number)),
          eb(
            'pr.project_id',
            'in',
            db
              .selectFrom('projects as cp')
              .select('cp.id')
              .where('cp.city_id', '=', city as number),
          ),
          eb(
            'pr.enterprise_id',
            'in',
            db
              .selectFrom('enterprises as ce')
              .select('ce.id')
              .where('ce.city_id', '=', city as number),
          ),
        ]),
      ),
    );
}

/**
 * Problems still open on the figure's day: open now, or closed only after it. (One answered after the
 * day and awaiting its rating counts as not open: its answer is the state it is in.)
 */
function openOnDay<Q extends ReturnType<typeof problems>>(q: Q, p: FigureParams): Q {
  const day = endOfDay(holdingDay(p));
  return q.where((eb) =>
    eb.or([eb('pr.state', 'in', OPEN_PROBLEM_STATES), eb.and([eb('pr.state', '=', 'closed'), eb('pr.closed_at', '>', day)])]),
  ) as Q;
}

function milestones(db: Db, p: FigureParams) {
  return db
    .selectFrom('plan_milestones as ms')
    .innerJoin('plan_tasks as pt', 'pt.id', 'ms.task_id')
    .innerJoin('plans as pl', 'pl.id', 'pt.plan_id')
    .select(['ms.id as id', zero.as('value')])
    .where('pl.year', '=', p.year);
}

export const FIGURE_SOURCES: Record<FigureKey, FigureSource> = {
  chainEnterprises: { entity: 'enterprise', measure: 'count', records: chainEnterprises },
  chainRevenue: { entity: 'enterprise', measure: 'sum', records: revenue },
  keyChains: { entity: 'chain', measure: 'count', records: (db, p) => chains(db, p).where('c.id', 'in', keyChainIds(db, holdingDay(p))) },
  keyProjects: { entity: 'project', measure: 'count', records: keyProjects },
  projectDemoChains: { entity: 'chain', measure: 'count', records: chainsWithMode('projectLeaderHost') },
  forgingDemoChains: { entity: 'chain', measure: 'count', records: chainsWithMode('leadUnitZone') },
  masterEnterprises: {
    entity: 'enterprise',
    measure: 'count',
    // masters of key chains only: a reserve-pool chain's master is no 省级重点产业链链主
    records: (db, p) => enterprisesHolding(db, p, { tier: 'master', keyChainsOnly: true }),
  },
  alliancePilotChains: {
    entity: 'chain',
    measure: 'count',
    // a pilot alliance counts once it was founded and has members on the day
    records: (db, p) => {
      const day = holdingDay(p);
      const members = db
        .selectFrom('alliance_members as am')
        .select(sql<number>`1`.as('one'))
        .where(sql<boolean>`am.alliance_id = a.id`)
        .where('am.joined_on', '<=', day);
      return chains(db, p).where(
        'c.id',
        'in',
        db
          .selectFrom('alliances as a')
          .select('a.chain_id')
          .where('a.pilot', '=', true)
          .where('a.founded_on', '<=', day)
          .where((eb) => eb.exists(members)),
      );
    },
  },
  landedPerHostZone: {
    entity: 'lead',
    measure: 'count',
    records: (db, p) =>
      landedLeads(db, p)
        .where('l.zone_id', 'in', hostZones(db, p).clearSelect().select('z.id'))
        .$if(p.unitId !== undefined, (q) => q.where('l.zone_id', '=', p.unitId as number)),
  },
  landedPerCity: {
    entity: 'lead',
    measure: 'count',
    records: (db, p) =>
      landedLeads(db, p)
        .where('l.city_id', 'in', cities(db, p).clearSelect().select('o.id'))
        .$if(p.unitId !== undefined, (q) => q.where('l.city_id', '=', p.unitId as number)),
  },
  matchmakingEventsPerCity: { entity: 'event', measure: 'count', records: events },
  // the office publishes each chain's expert group list (三、(五)); a fund is at work on a chain once it has invested there in the year (三、(六))
  expertGroupChains: {
    entity: 'chain',
    measure: 'count',
    records: (db, p) => {
      const [from, to] = yearUpTo(p);
      return chains(db, p).where(
        'c.id',
        'in',
        db.selectFrom('expert_groups as eg').select('eg.chain_id').where('eg.published_at', '>=', from).where('eg.published_at', '<=', to),
      );
    },
  },
  fundChains: {
    entity: 'chain',
    measure: 'count',
    records: (db, p) => {
      const [from, to] = yearUpTo(p);
      return chains(db, p).where(
        'c.id',
        'in',
        db
          .selectFrom('fund_investments as fi')
          .select('fi.chain_id')
          .where('fi.stage', '=', 'invested')
          .where('fi.invested_on', '>=', from)
          .where('fi.invested_on', '<=', to),
      );
    },
  },
  problemsOpen: { entity: 'problem', measure: 'count', records: (db, p) => openOnDay(problems(db, p), p) },
  problemsOverdue: {
    entity: 'problem',
    measure: 'count',
    records: (db, p) => openOnDay(problems(db, p), p).where('pr.deadline', '<', p.today),
  },
  problemsSolved: {
    entity: 'problem',
    measure: 'count',
    records: (db, p) =>
      problems(db, p)
        .where('pr.state', '=', 'closed')
        .where('pr.closed_at', '<=', endOfDay(holdingDay(p))),
  },
  milestonesDone: {
    entity: 'milestone',
    measure: 'count',
    records: (db, p) => milestones(db, p).where('ms.confirmed_at', 'is not', null).where('ms.confirmed_at', '<=', endOfDay(p.today)),
  },
  milestonesLate: {
    entity: 'milestone',
    measure: 'count',
    records: (db, p) => {
      const on = p.today;
      return milestones(db, p)
        .where('ms.due_on', '<', on)
        .where((eb) => eb.or([eb('ms.confirmed_at', 'is', null), eb('ms.confirmed_at', '>', endOfDay(on))]));
    },
  },
  staleEnterprises: {
    entity: 'enterprise',
    measure: 'count',
    records: (db, p) => chainEnterprises(db, p).where('e.last_confirmed_at', '<', staleBefore(p.today)),
  },
};

/** A register entry not confirmed since this instant is stale on `today`. */
export function staleBefore(today: string): string {
  return `${daysAfter(today, -STALE_AFTER_DAYS)}T00:00:00.000Z`;
}

/** A figure: the count of its records, or the total of their values. */
export async function figureOf(db: Db, key: FigureKey, p: FigureParams): Promise<number> {
  const source = FIGURE_SOURCES[key];
  const row = await db
    .selectFrom(source.records(db, p).as('x'))
    .select((eb) => (source.measure === 'sum' ? eb.fn.sum<number>('x.value').as('n') : eb.fn.countAll<number>().as('n')))
    .executeTakeFirstOrThrow();
  return Number(row.n ?? 0);
}

export type FigureReader = (key: FigureKey, p: FigureParams) => Promise<number>;

/** Reads figures, each asked-for figure once: a computation that shows one twice (a target and its section) reads it once. */
export function figureReader(db: Db): FigureReader {
  const read = new Map<string, Promise<number>>();
  return (key, p) => {
    const id = JSON.stringify([key, p], Object.keys(p).sort());
    let value = read.get(id);
    if (!value) {
      value = figureOf(db, key, p);
      read.set(id, value);
    }
    return value;
  };
}

/** A page of the records behind a figure (ids and values, in id order) with their count and the figure. */
export async function recordsOf(
  db: Db,
  key: FigureKey | FigureSource,
  p: FigureParams,
  page: { limit: number; offset: number },
): Promise<{ rows: { id: number; value: number }[]; total: number; figure: number }> {
  const source = typeof key === 'string' ? FIGURE_SOURCES[key] : key;
  const totals = await db
    .selectFrom(source.records(db, p).as('x'))
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.sum<number>('x.value').as('s')])
    .executeTakeFirstOrThrow();
  const rows = await db
    .selectFrom(source.records(db, p).as('x'))
    .select(['x.id', 'x.value'])
    .orderBy('x.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  const total = Number(totals.n);
  return {
    rows: rows.map((r) => ({ id: Number(r.id), value: Number(r.value ?? 0) })),
    total,
    figure: source.measure === 'sum' ? Number(totals.s ?? 0) : total,
  };
}

/** Where a project, lead or problem record names its chain. */
const PER_CHAIN_TABLES = { project: 'projects', lead: 'leads', problem: 'problems' } as const;

/**
 * A figure for every chain of the province in one query: the same records as the province figure,
 * each counted for the chain it belongs to (an enterprise for each chain it holds a tier on, as the
 * chain's own figure counts it). Equal, chain by chain, to the figure with `chainId` set.
 */
export async function perChainOf(db: Db, key: FigureKey, p: Omit<FigureParams, 'chainId' | 'cityId'>): Promise<Map<number, number>> {
  const source = FIGURE_SOURCES[key];
  const value = source.measure === 'sum' ? sql<number>`x.value` : sql<number>`1`;
  if (source.entity !== 'enterprise') {
    const table = PER_CHAIN_TABLES[source.entity as keyof typeof PER_CHAIN_TABLES];
    if (!table) throw new Error(`no per-chain figure for ${key}`);
    // the three tables share what is read here: the record's id and its chain
    const rows = db
      .selectFrom(source.records(db, p).as('x'))
      .innerJoin(`${table} as gt` as 'projects as gt', 'gt.id', 'x.id')
      .select(['gt.chain_id as g', value.as('v')]);
    return sumPerKey(db, rows);
  }
  // the spans counted: holding on the day, on key chains (a chain master's on any chain)
  const on = holdingDay(p);
  const onKeyChain = sql<boolean>`gt.chain_id in ${keyChainIds(db, on)}`;
  const counted = key === 'masterEnterprises' ? sql<boolean>`gt.tier = ${'master'} and ${onKeyChain}` : onKeyChain;
  const spans = db.selectFrom('enterprise_tiers as gt').where(spanHolds('gt', on)).where(counted);
  if (key === 'chainEnterprises' || key === 'masterEnterprises') {
    // An enterprise holds at most one span on a chain on any day (a tier change or a place given up
    // closes the span before the next opens), so these count spans. The chain-leading span index gives
    // them chain by chain, grouped as read on both databases.
    const rows = await spans
      .select(['gt.chain_id as g', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('gt.chain_id')
      .execute();
    return new Map(rows.map((r) => [Number(r.g), Number(r.n)]));
  }
  if (key === 'chainRevenue') {
    // the spans read in enterprise order, each enterprise's quarters beside it in the figures index
    return sumPerKey(db, spans.select(['gt.chain_id as g', revenueOf(db, 'gt.enterprise_id', p).as('v')]));
  }
  // the records lead, in enterprise order, each meeting its own spans: no jumps across the register
  const rows = db
    .selectFrom(source.records(db, p).as('x'))
    .crossJoin('enterprise_tiers as gt')
    .whereRef('gt.enterprise_id', '=', 'x.id')
    .where(spanHolds('gt', on))
    .where(counted)
    .select(['gt.chain_id as g', value.as('v')]);
  return sumPerKey(db, rows);
}

/**
 * The chain enterprises and their revenue for several quarters in two queries: for each quarter the
 * same records as `chainEnterprises` and `chainRevenue` with `period` set (tier spans read on the
 * quarter's last day, never after `asOf`), counted per quarter in one pass instead of one query each.
 * Enterprises: one pass over the spans in enterprise order, flagging for each quarter whether the
 * enterprise held one on its day. Revenue: each quarter's figures whose enterprise held a span on its day.
 */
export async function quarterSeries(
  db: Db,
  p: FigureParams,
  periods: string[],
): Promise<Map<string, { enterprises: number; revenue: number }>> {
  const days = periods.map((period) => ({ period, day: sql`cast(${holdingDay({ ...p, period })} as varchar(10))` }));
  const chainFilter = p.chainId !== undefined ? sql`and t.chain_id = ${p.chainId}` : sql``;
  const cityFilter =
    p.cityId !== undefined ? sql`and t.enterprise_id in (select ce.id from enterprises ce where ce.city_id = ${p.cityId})` : sql``;
  // a span counts on a quarter's day when it holds then, on a chain that is key then
  const keyOn = (day: unknown) => sql<boolean>`t.chain_id in ${keyChainIds(db, day)}`;
  const flags = days.map(
    (d, i) => sql`max(case when ${spanHolds('t', d.day)} and ${keyOn(d.day)} then 1 else 0 end) as ${sql.ref(`q${i}`)}`,
  );
  // the spans are read in enterprise order and grouped as read
  const counts = await sql<Record<string, number>>`
    select ${sql.join(days.map((_, i) => sql`sum(h.${sql.ref(`q${i}`)}) as ${sql.ref(`q${i}`)}`))}
    from (
      select t.enterprise_id, ${sql.join(flags)}
      from enterprise_tiers t
      where exists (select 1 from chain_status_history tc where tc.chain_id = t.chain_id and tc.status = 'key') ${chainFilter} ${cityFilter}
      group by t.enterprise_id
    ) h`.execute(db);
  // one chain's figures are found from its spans first, not by testing every enterprise's
  const chainRows =
    p.chainId !== undefined
      ? sql`and f.enterprise_id in (select ct.enterprise_id from enterprise_tiers ct where ct.chain_id = ${p.chainId})`
      : sql``;
  const dayOf = sql`case f.period ${sql.join(
    days.map((d) => sql`when ${d.period} then ${d.day}`),
    sql` `,
  )} end`;
  const revenue = await sql<{ period: string; n: number }>`
    select f.period as period, sum(f.revenue) as n
    from enterprise_figures f
    where f.period in (${sql.join(periods)}) ${chainRows}
      and exists (
        select 1 from enterprise_tiers t
        where t.enterprise_id = f.enterprise_id and ${spanHolds('t', dayOf)}
          and ${keyOn(dayOf)}
          ${chainFilter} ${cityFilter}
      )
    group by f.period`.execute(db);
  const total = counts.rows[0] ?? {};
  const out = new Map(periods.map((period, i) => [period, { enterprises: Number(total[`q${i}`] ?? 0), revenue: 0 }]));
  for (const r of revenue.rows) (out.get(r.period) as { revenue: number }).revenue = Number(r.n ?? 0);
  return out;
}

/** Who owns the records behind a figure (enterprises: the organisation that keeps the register entry). */
export async function ownersOf(db: Db, key: FigureKey, p: FigureParams) {
  const rows = await db
    .selectFrom(FIGURE_SOURCES[key].records(db, p).as('x'))
    .innerJoin('enterprises as oe', 'oe.id', 'x.id')
    .innerJoin('organisations as o', 'o.id', 'oe.owner_org_id')
    .select(['o.id', 'o.name', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(['o.id', 'o.name'])
    .orderBy('n', 'desc')
    .orderBy('o.id')
    .execute();
  return rows.map((r) => ({ ownerId: Number(r.id), ownerName: r.name, stale: Number(r.n) }));
}

// ---- the plan's metrics, as the plan page and the quarterly report read them ----

export type MetricValue = {
  actual: number | null;
  perUnit?: { unitId: number; unitName: string; value: number }[];
  /** Figures shown beside the headline, each labelled (like-for-like growth beside growth). */
  alongside?: { label: string; value: number | null }[];
};
type Metric = (db: Db, p: FigureParams) => Promise<MetricValue>;

/** The figures counted per city or zone. */
export type UnitFigureKey = 'landedPerHostZone' | 'landedPerCity' | 'matchmakingEventsPerCity';

/** A per-unit figure: every unit listed (zero when it has nothing), the total over them. */
export async function perUnitOf(
  db: Db,
  key: UnitFigureKey,
  p: FigureParams,
): Promise<{ actual: number; perUnit: { unitId: number; unitName: string; value: number }[] }> {
  const units =
    key === 'landedPerHostZone' ? await hostZones(db, p).orderBy('z.id').execute() : await cities(db, p).orderBy('o.id').execute();
  const column = key === 'landedPerHostZone' ? 'zone_id' : key === 'landedPerCity' ? 'city_id' : 'organiser_id';
  const x = FIGURE_SOURCES[key].records(db, p).as('x');
  const counts =
    key === 'matchmakingEventsPerCity'
      ? await db
          .selectFrom(x)
          .innerJoin('matchmaking_events as g', 'g.id', 'x.id')
          .select(['g.organiser_id as g', (eb) => eb.fn.countAll<number>().as('n')])
          .groupBy('g.organiser_id')
          .execute()
      : await db
          .selectFrom(x)
          .innerJoin('leads as g', 'g.id', 'x.id')
          .select([column === 'zone_id' ? 'g.zone_id as g' : 'g.city_id as g', (eb) => eb.fn.countAll<number>().as('n')])
          .groupBy(column === 'zone_id' ? 'g.zone_id' : 'g.city_id')
          .execute();
  const byUnit = new Map(counts.map((r) => [Number(r.g), Number(r.n)]));
  const perUnit = units.map((u) => ({ unitId: Number(u.id), unitName: u.name, value: byUnit.get(Number(u.id)) ?? 0 }));
  return { actual: perUnit.reduce((s, u) => s + u.value, 0), perUnit };
}

const simple =
  (key: FigureKey): Metric =>
  async (db, p) => ({ actual: await figureOf(db, key, p) });
const perUnit =
  (key: UnitFigureKey): Metric =>
  (db, p) =>
    perUnitOf(db, key, p);

/** The same day a year earlier (29 February becomes the 28th): growth compares like periods. */
export function yearBefore(p: FigureParams): FigureParams {
  const shift = (d: string) => {
    const day = `${Number(d.slice(0, 4)) - 1}${d.slice(4)}`;
    return day.endsWith('-02-29') ? `${day.slice(0, 8)}28` : day;
  };
  return { ...p, year: p.year - 1, asOf: shift(p.asOf), period: p.period && `${Number(p.period.slice(0, 4)) - 1}${p.period.slice(4)}` };
}

const percent = (now: number, before: number) => (before > 0 ? Math.round((now / before - 1) * 1000) / 10 : null);

/**
 * Growth of chain revenue over the same quarters of the year before, in percent with one decimal: the
 * headline compares the two years' chain enterprises as they were, so newcomers raise it.
 */
export async function revenueGrowth(read: FigureReader, p: FigureParams): Promise<number | null> {
  return percent(await read('chainRevenue', p), await read('chainRevenue', yearBefore(p)));
}

export const LIKE_FOR_LIKE_LABEL = '同口径增长（两年均在链的企业）';

/** Like-for-like growth (同口径): only the enterprises counted, with revenue, in both years. */
export async function likeForLikeGrowth(db: Db, p: FigureParams): Promise<number | null> {
  const row = await db
    .selectFrom(revenue(db, p).as('n'))
    .innerJoin(revenue(db, yearBefore(p)).as('b'), 'b.id', 'n.id')
    .select((eb) => [eb.fn.sum<number>('n.value').as('now'), eb.fn.sum<number>('b.value').as('before')])
    .executeTakeFirstOrThrow();
  return percent(Number(row.now ?? 0), Number(row.before ?? 0));
}

export const METRICS: Record<MetricKey, Metric> = {
  chainEnterprises: simple('chainEnterprises'),
  chainRevenue: simple('chainRevenue'),
  chainRevenueGrowth: async (db, p) => ({
    actual: await revenueGrowth(figureReader(db), p),
    alongside: [{ label: LIKE_FOR_LIKE_LABEL, value: await likeForLikeGrowth(db, p) }],
  }),
  keyChains: simple('keyChains'),
  keyProjects: simple('keyProjects'),
  projectDemoChains: simple('projectDemoChains'),
  forgingDemoChains: simple('forgingDemoChains'),
  masterEnterprises: simple('masterEnterprises'),
  alliancePilotChains: simple('alliancePilotChains'),
  landedPerHostZone: perUnit('landedPerHostZone'),
  landedPerCity: perUnit('landedPerCity'),
  matchmakingEventsPerCity: perUnit('matchmakingEventsPerCity'),
  expertGroupChains: simple('expertGroupChains'),
  fundChains: simple('fundChains'),
};
