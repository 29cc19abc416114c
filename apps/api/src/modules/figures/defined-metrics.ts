/**
 * Metrics a plan file defines from the engine's building blocks (a record kind, count or sum, a
 * closed list of filters), compiled into a figure source like the built-in ones: one row per record
 * with `id` and `value`, so the figure and its rows cannot disagree here either.
 */
import { type MetricDefinition, type MetricFilters, periodRange } from '@chainboard/contracts';
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import { lastQuarterEnded } from './as-of.js';
import type { FigureParams, FigureSource } from './figures.repository.js';

const zero = sql<number>`0`;
const endOfDay = (d: string) => `${d}T23:59:59.999Z`;

/** A span (valid_from, valid_to exclusive) of `alias` holds on `day`. */
const holds = (alias: string, day: string) =>
  sql<boolean>`${sql.ref(`${alias}.valid_from`)} <= ${day} and (${sql.ref(`${alias}.valid_to`)} is null or ${sql.ref(`${alias}.valid_to`)} > ${day})`;

/** The filter's period (the plan year by default), cut at the as-of day: [from, to]. */
function window(p: FigureParams, f: MetricFilters): [string, string] {
  const range = f.period && f.period !== 'year' ? periodRange(`${p.year}${f.period}`) : periodRange(String(p.year));
  return [range.start, range.end < p.asOf ? range.end : p.asOf];
}

/** The chains whose status history holds `status` on `day`. */
const chainsWithStatus = (db: Db, status: string, day: string) =>
  db.selectFrom('chain_status_history as dcs').select('dcs.chain_id').where('dcs.status', '=', status).where(holds('dcs', day));

/** Enterprises on a chain on the day (the period's last day up to the as-of day); a sum adds their revenue of the period's ended quarters. */
function enterprises(db: Db, d: MetricDefinition, p: FigureParams) {
  const f = d.filters;
  const [, day] = window(p, f);
  const last = f.period && f.period !== 'year' ? `${p.year}${f.period}` : lastQuarterEnded(day);
  const quarters = db
    .selectFrom('enterprise_figures as df')
    .where(sql<boolean>`df.enterprise_id = e.id`)
    .where(
      last && periodRange(last).end <= day
        ? sql<boolean>`df.period >= ${f.period && f.period !== 'year' ? last : `${p.year}Q1`} and df.period <= ${last}`
        : sql<boolean>`1 = 0`,
    );
  const spans = db
    .selectFrom('enterprise_tiers as dt')
    .select(sql<number>`1`.as('one'))
    .where(sql<boolean>`dt.enterprise_id = e.id`)
    .where(holds('dt', day))
    .$if(f.tier !== undefined, (q) => q.where('dt.tier', '=', f.tier as string))
    .$if(f.chainStatus !== undefined, (q) => q.where('dt.chain_id', 'in', chainsWithStatus(db, f.chainStatus as string, day)))
    .$if(p.chainId !== undefined, (q) => q.where('dt.chain_id', '=', p.chainId as number));
  const honours = db
    .selectFrom('enterprise_honours as dh')
    .select(sql<number>`1`.as('one'))
    .where(sql<boolean>`dh.enterprise_id = e.id`)
    .where('dh.kind', '=', f.honour ?? '')
    .where('dh.year', '<=', p.year)
    .where((eb) => eb.or([eb('dh.revoked_on', 'is', null), eb('dh.revoked_on', '>', day)]));
  const value = d.measure === 'sum' ? sql<number>`${quarters.select((eb) => eb.fn.sum<number>('df.revenue').as('s'))}` : zero;
  return db
    .selectFrom('enterprises as e')
    .select(['e.id as id', value.as('value')])
    .where((eb) => eb.exists(spans))
    .$if(f.honour !== undefined, (q) => q.where((eb) => eb.exists(honours)))
    .$if(d.measure === 'sum', (q) => q.where((eb) => eb.exists(quarters.select(sql<number>`1`.as('one')))))
    .$if(p.cityId !== undefined, (q) => q.where('e.city_id', '=', p.cityId as number));
}

/** The plan year's projects, in a class on the as-of day (from the class history); a sum adds their total investment. */
function projects(db: Db, d: MetricDefinition, p: FigureParams) {
  const f = d.filters;
  const inClass = db
    .selectFrom('project_class_history as dph')
    .select(sql<number>`1`.as('one'))
    .where(sql<boolean>`dph.project_id = pr.id`)
    .where(holds('dph', p.asOf))
    .where('dph.class', '=', f.class ?? '');
  return db
    .selectFrom('projects as pr')
    .select(['pr.id as id', d.measure === 'sum' ? sql<number>`pr.total_investment`.as('value') : zero.as('value')])
    .where('pr.year', '=', p.year)
    .$if(f.class !== undefined, (q) => q.where((eb) => eb.exists(inClass)))
    .$if(f.chainStatus !== undefined, (q) => q.where('pr.chain_id', 'in', chainsWithStatus(db, f.chainStatus as string, p.asOf)))
    .$if(p.chainId !== undefined, (q) => q.where('pr.chain_id', '=', p.chainId as number))
    .$if(p.cityId !== undefined, (q) => q.where('pr.city_id', '=', p.cityId as number));
}

/** Leads at a stage; with a period, those landed in it. */
function leads(db: Db, d: MetricDefinition, p: FigureParams) {
  const f = d.filters;
  const [from, to] = window(p, f);
  return db
    .selectFrom('leads as l')
    .select(['l.id as id', zero.as('value')])
    .$if(f.stage !== undefined, (q) => q.where('l.pipeline_stage', '=', f.stage as string))
    .$if(f.period !== undefined, (q) => q.where('l.landed_on', '>=', from).where('l.landed_on', '<=', to))
    .$if(f.chainStatus !== undefined, (q) => q.where('l.chain_id', 'in', chainsWithStatus(db, f.chainStatus as string, p.asOf)))
    .$if(p.chainId !== undefined, (q) => q.where('l.chain_id', '=', p.chainId as number))
    .$if(p.cityId !== undefined, (q) => q.where('l.city_id', '=', p.cityId as number));
}

/** Problems raised by the as-of day (with a period, raised in it), in a state. */
function problems(db: Db, d: MetricDefinition, p: FigureParams) {
  const f = d.filters;
  const [from, to] = window(p, f);
  return db
    .selectFrom('problems as pr')
    .select(['pr.id as id', zero.as('value')])
    .where('pr.created_at', '<=', endOfDay(f.period ? to : p.asOf))
    .$if(f.period !== undefined, (q) => q.where('pr.created_at', '>=', `${from}T00:00:00.000Z`))
    .$if(f.state !== undefined, (q) => q.where('pr.state', '=', f.state as string))
    .$if(f.chainStatus !== undefined, (q) => q.where('pr.chain_id', 'in', chainsWithStatus(db, f.chainStatus as string, p.asOf)))
    .$if(p.chainId !== undefined, (q) => q.where('pr.chain_id', '=', p.chainId as number));
}

/** Chains, with the status they had on the as-of day. */
function chains(db: Db, d: MetricDefinition, p: FigureParams) {
  const f = d.filters;
  return db
    .selectFrom('chains as c')
    .select(['c.id as id', zero.as('value')])
    .$if(f.chainStatus !== undefined, (q) => q.where('c.id', 'in', chainsWithStatus(db, f.chainStatus as string, p.asOf)))
    .$if(p.chainId !== undefined, (q) => q.where('c.id', '=', p.chainId as number));
}

/** Matchmaking events held in the period (the plan year by default) up to the as-of day. */
function matchmakingEvents(db: Db, d: MetricDefinition, p: FigureParams) {
  const [from, to] = window(p, d.filters);
  return db
    .selectFrom('matchmaking_events as ev')
    .select(['ev.id as id', zero.as('value')])
    .where('ev.held_on', '>=', from)
    .where('ev.held_on', '<=', to)
    .$if(p.cityId !== undefined, (q) => q.where('ev.organiser_id', '=', p.cityId as number))
    .$if(p.chainId !== undefined, (q) =>
      q.where(
        'ev.id',
        'in',
        db
          .selectFrom('event_chains as dec')
          .select('dec.event_id')
          .where('dec.chain_id', '=', p.chainId as number),
      ),
    );
}

const RECORDS = {
  enterprises: { entity: 'enterprise', records: enterprises },
  projects: { entity: 'project', records: projects },
  leads: { entity: 'lead', records: leads },
  problems: { entity: 'problem', records: problems },
  chains: { entity: 'chain', records: chains },
  matchmakingEvents: { entity: 'event', records: matchmakingEvents },
} as const;

/** A plan-defined metric as a figure source. */
export function definedSource(d: MetricDefinition): FigureSource {
  const kind = RECORDS[d.record];
  return { entity: kind.entity, measure: d.measure, records: (db, p) => kind.records(db, d, p) as ReturnType<FigureSource['records']> };
}

/** A plan-defined metric's figure: the count of its records, or the total of their values. */
export async function definedFigure(db: Db, d: MetricDefinition, p: FigureParams): Promise<number> {
  const source = definedSource(d);
  const row = await db
    .selectFrom(source.records(db, p).as('x'))
    .select((eb) => (source.measure === 'sum' ? eb.fn.sum<number>('x.value').as('n') : eb.fn.countAll<number>().as('n')))
    .executeTakeFirstOrThrow();
  return Number(row.n ?? 0);
}
