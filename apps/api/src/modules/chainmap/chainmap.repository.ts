import { DEFAULT_GAP_SETTINGS, GapSettings } from '@chainboard/contracts';
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { ChainScope } from '../../policy/policy.js';
import { inChainScope } from '../chains/chains.repository.js';
import { quartersCovered } from '../figures/index.js';
import { OPEN_STATES } from '../problems/problems.repository.js';
import { technologiesRepository } from '../technologies/technologies.repository.js';

export const GAP_SETTING = 'chainmap.gapThresholds';

/** Projects that have landed on a segment: signed (储备类), under way or done. */
export const LANDED_CLASSES = ['reserve', 'underway', 'completed'];

/** Key technologies of the chain not yet broken through, with the segment each serves (the key-technology list's own query). */
export function openTechnologies(
  db: Db,
  chainId: number,
): Promise<{ id: number; name: string; state: string; segmentId: number | null }[]> {
  return technologiesRepository.openTechnologies(db, chainId);
}

export const chainMapRepository = {
  async settings(db: Db): Promise<GapSettings> {
    const row = await db.selectFrom('settings').select('value').where('key', '=', GAP_SETTING).executeTakeFirst();
    if (!row) return DEFAULT_GAP_SETTINGS;
    const parsed = GapSettings.safeParse({ ...DEFAULT_GAP_SETTINGS, ...JSON.parse(row.value) });
    return parsed.success ? parsed.data : DEFAULT_GAP_SETTINGS;
  },

  async saveSettings(db: Db, s: GapSettings): Promise<void> {
    const value = JSON.stringify(s);
    await db
      .insertInto('settings')
      .values({ key: GAP_SETTING, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute();
  },

  /** The chains of a scope (one of them, when asked), by id. */
  async chainsInScope(db: Db, scope: ChainScope, chainId?: number) {
    let query = db
      .selectFrom('chains as c')
      .select(['c.id', 'c.name'])
      .where((eb) => inChainScope(eb as never, scope))
      .orderBy('c.id');
    if (chainId) query = query.where('c.id', '=', chainId);
    return query.execute();
  },

  /** The latest year any enterprise of the chain reported figures for (the current year when none did). */
  async latestYear(db: Db, chainId: number, fallback: number): Promise<number> {
    const row = await db
      .selectFrom('enterprise_figures as f')
      .innerJoin('enterprise_chains as ec', 'ec.enterprise_id', 'f.enterprise_id')
      .select((eb) => eb.fn.max('f.period').as('period'))
      .where('ec.chain_id', '=', chainId)
      .executeTakeFirst();
    return row?.period ? Number(String(row.period).slice(0, 4)) : fallback;
  },

  /**
   * The chain's enterprises on `asOf` (a tier span holding then), each with its tier and its segment
   * on that day and its revenue over the quarters of `year` ended by then, as the figure engine counts.
   */
  async enterprises(db: Db, chainId: number, year: number, asOf: string) {
    const holds = (alias: string) =>
      sql<boolean>`${sql.ref(`${alias}.valid_from`)} <= ${asOf} and (${sql.ref(`${alias}.valid_to`)} is null or ${sql.ref(`${alias}.valid_to`)} > ${asOf})`;
    const rows = await db
      .selectFrom('enterprise_tiers as t')
      .innerJoin('enterprises as e', 'e.id', 't.enterprise_id')
      .innerJoin('organisations as city', 'city.id', 'e.city_id')
      .leftJoin('enterprise_segment_history as sh', (join) =>
        join.onRef('sh.enterprise_id', '=', 't.enterprise_id').onRef('sh.chain_id', '=', 't.chain_id').on(holds('sh')),
      )
      .select(['e.id', 'e.name', 't.tier', 'sh.segment_id', 'city.name as city_name'])
      .where('t.chain_id', '=', chainId)
      .where(holds('t'))
      .orderBy('e.name')
      .execute();
    if (!rows.length) return [];
    const last = quartersCovered({ year, asOf });
    const revenue = last
      ? await db
          .selectFrom('enterprise_figures as f')
          .innerJoin('enterprise_tiers as t', 't.enterprise_id', 'f.enterprise_id')
          .select(['f.enterprise_id', (eb) => eb.fn.sum<number>('f.revenue').as('revenue')])
          .where('t.chain_id', '=', chainId)
          .where(holds('t'))
          .where('f.period', '>=', `${year}Q1`)
          .where('f.period', '<=', last)
          .groupBy('f.enterprise_id')
          .execute()
      : [];
    const revenueOf = new Map(revenue.map((r) => [Number(r.enterprise_id), Number(r.revenue ?? 0)]));
    return rows.map((r) => ({
      id: Number(r.id),
      name: r.name,
      cityName: r.city_name,
      segmentId: r.segment_id === null ? null : Number(r.segment_id),
      tier: r.tier,
      revenue: revenueOf.get(Number(r.id)) ?? 0,
    }));
  },

  async projects(db: Db, chainId: number) {
    const rows = await db
      .selectFrom('projects as p')
      .innerJoin('organisations as city', 'city.id', 'p.city_id')
      .select(['p.id', 'p.name', 'p.class', 'p.segment_id', 'p.total_investment', 'city.name as city_name'])
      .where('p.chain_id', '=', chainId)
      .orderBy('p.id')
      .execute();
    return rows.map((r) => ({
      id: Number(r.id),
      name: r.name,
      class: r.class,
      segmentId: r.segment_id === null ? null : Number(r.segment_id),
      totalInvestment: Number(r.total_investment),
      cityName: r.city_name,
    }));
  },

  async leads(db: Db, chainId: number) {
    const rows = await db
      .selectFrom('leads as l')
      .innerJoin('organisations as city', 'city.id', 'l.city_id')
      .select(['l.id', 'l.target_name', 'l.pipeline_stage', 'l.fills_gap', 'l.segment_id', 'city.name as city_name'])
      .where('l.chain_id', '=', chainId)
      .orderBy('l.id')
      .execute();
    return rows.map((r) => ({
      id: Number(r.id),
      targetName: r.target_name,
      pipelineStage: r.pipeline_stage,
      fillsGap: Boolean(r.fills_gap),
      segmentId: r.segment_id === null ? null : Number(r.segment_id),
      cityName: r.city_name,
    }));
  },

  /**
   * Each chain's current 链主 with the purchases it signed at matchmaking events (split by whether the
   * supplier is in the province's register) and the local supply share it last declared.
   */
  async supply(db: Db, chainIds: number[], asOf: string) {
    if (!chainIds.length) return [];
    const masters = await db
      .selectFrom('enterprise_tiers as t')
      .innerJoin('enterprises as e', 'e.id', 't.enterprise_id')
      .select(['t.chain_id', 'e.id', 'e.name'])
      .where('t.chain_id', 'in', chainIds)
      .where('t.tier', '=', 'master')
      .where('t.valid_from', '<=', asOf)
      .where((eb) => eb.or([eb('t.valid_to', 'is', null), eb('t.valid_to', '>', asOf)]))
      .orderBy('e.name')
      .execute();
    const ids = [...new Set(masters.map((m) => Number(m.id)))];
    if (!ids.length) return [];
    const signings = await db
      .selectFrom('signings')
      .select(['buyer_enterprise_id', 'supplier_enterprise_id', 'amount'])
      .where('buyer_enterprise_id', 'in', ids)
      .execute();
    const declarations = await db
      .selectFrom('declarations')
      .select(['enterprise_id', 'chain_id', 'local_supply_share', 'declared_at'])
      .where('enterprise_id', 'in', ids)
      .where('local_supply_share', 'is not', null)
      .orderBy('declared_at', 'desc')
      .execute();
    return masters.map((m) => {
      const mine = signings.filter((s) => Number(s.buyer_enterprise_id) === Number(m.id));
      const declared = declarations.find((d) => Number(d.enterprise_id) === Number(m.id) && Number(d.chain_id) === Number(m.chain_id));
      return {
        chainId: Number(m.chain_id),
        enterpriseId: Number(m.id),
        enterpriseName: m.name,
        signedPurchases: mine.reduce((sum, s) => sum + Number(s.amount), 0),
        signedLocal: mine.filter((s) => s.supplier_enterprise_id !== null).reduce((sum, s) => sum + Number(s.amount), 0),
        declaredShare: declared ? Number(declared.local_supply_share) : null,
      };
    });
  },

  /** Open problems of the chain placed on a segment through their project or enterprise. */
  async openProblemSegments(db: Db, chainId: number): Promise<number[]> {
    const rows = await db
      .selectFrom('problems as pr')
      .leftJoin('projects as p', 'p.id', 'pr.project_id')
      .leftJoin('enterprise_chains as ec', (j) =>
        j.onRef('ec.enterprise_id', '=', 'pr.enterprise_id').onRef('ec.chain_id', '=', 'pr.chain_id'),
      )
      .select(['p.segment_id as project_segment', 'ec.segment_id as enterprise_segment'])
      .where('pr.chain_id', '=', chainId)
      .where('pr.state', 'in', OPEN_STATES)
      .execute();
    const out: number[] = [];
    for (const r of rows) {
      const segment = r.project_segment ?? r.enterprise_segment;
      if (segment !== null) out.push(Number(segment));
    }
    return out;
  },
};
