import type { HostZoneProposal } from '@chainboard/contracts';
import type { Db } from '../../db/database.js';
import { countRows } from '../../db/paging.js';
import type { ChainScope } from '../../policy/policy.js';
import { inChainScope } from '../chains/chains.repository.js';

/** The departments whose opinion every host-zone decision records, besides the zone's city. */
export const OPINION_DEPARTMENTS = ['省商务厅', '省投促局'];

function baseQuery(db: Db) {
  return db
    .selectFrom('host_zone_proposals as h')
    .innerJoin('chains as c', 'c.id', 'h.chain_id')
    .innerJoin('organisations as z', 'z.id', 'h.zone_id')
    .innerJoin('organisations as city', 'city.id', 'z.parent_id')
    .innerJoin('organisations as by', 'by.id', 'h.proposed_by')
    .selectAll('h')
    .select([
      'c.name as chain_name',
      'c.lead_unit_id',
      'z.name as zone_name',
      'city.id as city_id',
      'city.name as city_name',
      'by.name as proposed_by_name',
    ]);
}
type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;
export type ProposalRecord = HostZoneProposal & { leadUnitId: number | null };

async function hydrate(db: Db, rows: Row[]): Promise<ProposalRecord[]> {
  if (!rows.length) return [];
  const opinions = await db
    .selectFrom('proposal_opinions as o')
    .innerJoin('organisations as org', 'org.id', 'o.organisation_id')
    .select(['o.proposal_id', 'o.organisation_id', 'org.name', 'o.verdict', 'o.note', 'o.at'])
    .where(
      'o.proposal_id',
      'in',
      rows.map((r) => Number(r.id)),
    )
    .execute();
  return rows.map((r) => {
    const mine = opinions.filter((o) => Number(o.proposal_id) === Number(r.id));
    const given = new Set(mine.map((o) => o.name));
    return {
      id: Number(r.id),
      chainId: Number(r.chain_id),
      chainName: r.chain_name,
      zoneId: Number(r.zone_id),
      zoneName: r.zone_name,
      cityId: Number(r.city_id),
      cityName: r.city_name,
      proposedBy: r.proposed_by_name,
      reason: r.reason,
      state: r.state as HostZoneProposal['state'],
      decisionNote: r.decision_note,
      publishedAt: r.published_at,
      opinions: mine.map((o) => ({
        organisationId: Number(o.organisation_id),
        organisationName: o.name,
        verdict: o.verdict as 'agree' | 'disagree',
        note: o.note,
        at: o.at,
      })),
      missingOpinions: [r.city_name, ...OPINION_DEPARTMENTS].filter((n) => !given.has(n)),
      createdAt: r.created_at,
      leadUnitId: r.lead_unit_id === null ? null : Number(r.lead_unit_id),
    };
  });
}

export const hostZonesRepository = {
  async page(db: Db, scope: ChainScope, q: { chainId?: number; state?: string; page: number; pageSize: number }) {
    let query = baseQuery(db).where(
      'h.chain_id',
      'in',
      db
        .selectFrom('chains as c')
        .select('c.id')
        .where((eb) => inChainScope(eb as never, scope)),
    );
    if (q.chainId) query = query.where('h.chain_id', '=', q.chainId);
    if (q.state) query = query.where('h.state', '=', q.state);
    const total = await countRows(query);
    const rows = await query
      .orderBy('h.id', 'desc')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute();
    return { items: await hydrate(db, rows), total };
  },

  async find(db: Db, id: number): Promise<ProposalRecord | null> {
    return (await hydrate(db, await baseQuery(db).where('h.id', '=', id).execute()))[0] ?? null;
  },

  async exists(db: Db, chainId: number, zoneId: number) {
    return !!(await db
      .selectFrom('host_zone_proposals')
      .select('id')
      .where('chain_id', '=', chainId)
      .where('zone_id', '=', zoneId)
      .executeTakeFirst());
  },

  async insert(db: Db, p: { chainId: number; zoneId: number; proposedBy: number; reason: string; at: string }) {
    const row = await db
      .insertInto('host_zone_proposals')
      .values({
        chain_id: p.chainId,
        zone_id: p.zoneId,
        proposed_by: p.proposedBy,
        reason: p.reason,
        state: 'proposed',
        decision_note: null,
        published_at: null,
        created_at: p.at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return Number(row.id);
  },

  async putOpinion(db: Db, o: { proposalId: number; organisationId: number; verdict: string; note: string | null; at: string }) {
    await db
      .insertInto('proposal_opinions')
      .values({ proposal_id: o.proposalId, organisation_id: o.organisationId, verdict: o.verdict, note: o.note, at: o.at })
      .onConflict((oc) => oc.columns(['proposal_id', 'organisation_id']).doUpdateSet({ verdict: o.verdict, note: o.note, at: o.at }))
      .execute();
  },

  async decide(db: Db, id: number, state: string, note: string | null) {
    await db.updateTable('host_zone_proposals').set({ state, decision_note: note }).where('id', '=', id).execute();
  },

  /** Publishes every decided zone not yet public; returns how many. */
  async publish(db: Db, at: string) {
    const res = await db
      .updateTable('host_zone_proposals')
      .set({ published_at: at })
      .where('state', '=', 'accepted')
      .where('published_at', 'is', null)
      .executeTakeFirst();
    return Number(res.numUpdatedRows);
  },

  async published(db: Db) {
    return db
      .selectFrom('host_zone_proposals as h')
      .innerJoin('chains as c', 'c.id', 'h.chain_id')
      .innerJoin('organisations as z', 'z.id', 'h.zone_id')
      .innerJoin('organisations as city', 'city.id', 'z.parent_id')
      .select(['c.name as chain', 'c.code', 'z.name as zone', 'city.name as city'])
      .where('h.state', '=', 'accepted')
      .where('h.published_at', 'is not', null)
      .orderBy('c.code')
      .orderBy('z.name')
      .execute();
  },
};
