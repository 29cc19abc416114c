/**
 * Every metric a plan's target can name, computed from the records as of a date. A metric whose
 * module is not built yet says so (null) instead of showing a number.
 */
import type { MetricKey } from '@chainboard/contracts';

import type { Db } from '../../db/database.js';

export type MetricValue = { actual: number | null; perUnit?: { unitId: number; unitName: string; value: number }[] };
type Metric = (db: Db, year: number, asOf: string) => Promise<MetricValue>;

const count = async (q: { executeTakeFirstOrThrow(): Promise<{ n: unknown }> }) => Number((await q.executeTakeFirstOrThrow()).n);
const quartersOf = (year: number) => [1, 2, 3, 4].map((q) => `${year}Q${q}`);

/** Enterprises placed on a key chain whose tier span holds on `asOf`. */
function chainEnterpriseIds(db: Db, asOf: string) {
  return db
    .selectFrom('enterprise_tiers as t')
    .innerJoin('chains as c', 'c.id', 't.chain_id')
    .select('t.enterprise_id')
    .where('c.status', '=', 'key')
    .where('t.valid_from', '<=', asOf)
    .where((eb) => eb.or([eb('t.valid_to', 'is', null), eb('t.valid_to', '>', asOf)]));
}

async function revenue(db: Db, year: number, asOf: string): Promise<number> {
  const row = await db
    .selectFrom('enterprise_figures')
    .select((eb) => eb.fn.sum<number>('revenue').as('total'))
    .where('period', 'in', quartersOf(year))
    .where('enterprise_id', 'in', chainEnterpriseIds(db, asOf))
    .executeTakeFirstOrThrow();
  return Number(row.total ?? 0);
}

const chainsWithMode = (mode: string) => async (db: Db, year: number) => ({
  actual: await count(
    db
      .selectFrom('mode_demonstrations')
      .select((eb) => eb.fn.count('chain_id').distinct().as('n'))
      .where('mode', '=', mode)
      .where('recognised_on', 'like', `${year}-%`),
  ),
});

async function landedBy(db: Db, year: number, column: 'zone_id' | 'city_id') {
  const rows = await db
    .selectFrom('leads')
    .select([column, (eb) => eb.fn.countAll<number>().as('n')])
    .where('pipeline_stage', '=', 'landed')
    .where('landed_on', 'like', `${year}-%`)
    .groupBy(column)
    .execute();
  return new Map(rows.map((r) => [Number(r[column as keyof typeof r]), Number(r.n)]));
}

export const METRICS: Record<MetricKey, Metric> = {
  chainEnterprises: async (db, _year, asOf) => ({
    actual: await count(
      db.selectFrom(chainEnterpriseIds(db, asOf).as('x')).select((eb) => eb.fn.count('x.enterprise_id').distinct().as('n')),
    ),
  }),
  chainRevenue: async (db, year, asOf) => ({ actual: await revenue(db, year, asOf) }),
  chainRevenueGrowth: async (db, year, asOf) => {
    const now = await revenue(db, year, asOf);
    const before = await revenue(db, year - 1, asOf);
    return { actual: before > 0 ? Math.round((now / before - 1) * 1000) / 10 : null };
  },
  keyChains: async (db) => ({
    actual: await count(
      db
        .selectFrom('chains')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('status', '=', 'key'),
    ),
  }),
  keyProjects: async (db, year) => ({
    actual: await count(
      db
        .selectFrom('projects')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('year', '=', year)
        .where('total_investment', '>=', 100_000_000)
        .where('class', '!=', 'cancelled'),
    ),
  }),
  projectDemoChains: chainsWithMode('projectLeaderHost'),
  forgingDemoChains: chainsWithMode('leadUnitZone'),
  masterEnterprises: async (db, _year, asOf) => ({
    actual: await count(
      db
        .selectFrom('enterprise_tiers')
        .select((eb) => eb.fn.count('enterprise_id').distinct().as('n'))
        .where('tier', '=', 'master')
        .where('valid_from', '<=', asOf)
        .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', asOf)])),
    ),
  }),
  alliancePilotChains: async (db) => ({
    actual: await count(
      db
        .selectFrom('alliances')
        .select((eb) => eb.fn.count('chain_id').distinct().as('n'))
        .where('pilot', '=', true),
    ),
  }),
  landedPerHostZone: async (db, year) => {
    const zones = await db
      .selectFrom('host_zone_proposals as h')
      .innerJoin('organisations as z', 'z.id', 'h.zone_id')
      .select(['z.id', 'z.name'])
      .distinct()
      .where('h.state', '=', 'accepted')
      .where('h.published_at', 'is not', null)
      .execute();
    const landed = await landedBy(db, year, 'zone_id');
    const perUnit = zones.map((z) => ({ unitId: Number(z.id), unitName: z.name, value: landed.get(Number(z.id)) ?? 0 }));
    return { actual: perUnit.reduce((s, u) => s + u.value, 0), perUnit };
  },
  landedPerCity: async (db, year) => {
    const cities = await db.selectFrom('organisations').select(['id', 'name']).where('type', '=', 'city').orderBy('id').execute();
    const landed = await landedBy(db, year, 'city_id');
    const perUnit = cities.map((c) => ({ unitId: Number(c.id), unitName: c.name, value: landed.get(Number(c.id)) ?? 0 }));
    return { actual: perUnit.reduce((s, u) => s + u.value, 0), perUnit };
  },
  matchmakingEventsPerCity: async (db, year) => {
    const cities = await db.selectFrom('organisations').select(['id', 'name']).where('type', '=', 'city').orderBy('id').execute();
    const rows = await db
      .selectFrom('matchmaking_events')
      .select(['organiser_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('held_on', 'like', `${year}-%`)
      .groupBy('organiser_id')
      .execute();
    const held = new Map(rows.map((r) => [Number(r.organiser_id), Number(r.n)]));
    const perUnit = cities.map((c) => ({ unitId: Number(c.id), unitName: c.name, value: held.get(Number(c.id)) ?? 0 }));
    return { actual: perUnit.reduce((s, u) => s + u.value, 0), perUnit };
  },
};
