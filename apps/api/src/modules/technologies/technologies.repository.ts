import type {
  BreakthroughSummary,
  Consortium,
  ConsortiumMemberKind,
  Platform,
  PlatformKind,
  PlatformLevel,
  Technology,
  TechnologyState,
} from '@chainboard/contracts';
import type { ExpressionBuilder, Insertable, Updateable } from 'kysely';
import type {
  Database,
  DatabaseKind,
  Db,
  InnovationConsortiaTable,
  InnovationPlatformsTable,
  KeyTechnologiesTable,
} from '../../db/database.js';
import { containsInsensitive } from '../../db/dialect.js';
import { pageWithTotal } from '../../db/paging.js';
import type { ChainScope } from '../../policy/policy.js';
import { inChainScope } from '../chains/chains.repository.js';

/** Who reads: the chains in scope, and for an enterprise user the records its enterprise is part of. */
export type TechScope = { chains: ChainScope; enterpriseOrgId: number | null };

type Eb = ExpressionBuilder<Database, never>;
const chainsInScope = (eb: Eb, scope: ChainScope) =>
  eb
    .selectFrom('chains as c')
    .select('c.id')
    .where((w) => inChainScope(w as never, scope));

// ---- key technologies ----

function technologyQuery(db: Db) {
  return db
    .selectFrom('key_technologies as t')
    .innerJoin('chains as ch', 'ch.id', 't.chain_id')
    .leftJoin('chain_segments as s', 's.id', 't.segment_id')
    .selectAll('t')
    .select(['ch.name as chain_name', 'ch.lead_unit_id', 's.name as segment_name']);
}
type TechnologyRow = Awaited<ReturnType<ReturnType<typeof technologyQuery>['executeTakeFirstOrThrow']>>;

function visibleTechnologies(db: Db, scope: TechScope) {
  return technologyQuery(db).where((eb) => {
    const ties = [eb('t.chain_id', 'in', chainsInScope(eb as unknown as Eb, scope.chains))];
    if (scope.enterpriseOrgId !== null) {
      ties.push(
        eb.exists(
          eb
            .selectFrom('technology_enterprises as te')
            .innerJoin('enterprises as e', 'e.id', 'te.enterprise_id')
            .select('te.technology_id')
            .whereRef('te.technology_id', '=', 't.id')
            .where('e.organisation_id', '=', scope.enterpriseOrgId),
        ),
      );
    }
    return eb.or(ties);
  });
}

export type TechnologyRecord = Technology & { leadUnitId: number | null };

/** `today` decides which technologies are past their target date. */
async function hydrateTechnologies(db: Db, rows: TechnologyRow[], today: string): Promise<TechnologyRecord[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => Number(r.id));
  const links = await db
    .selectFrom('technology_enterprises as te')
    .innerJoin('enterprises as e', 'e.id', 'te.enterprise_id')
    .select(['te.technology_id', 'e.id', 'e.name'])
    .where('te.technology_id', 'in', ids)
    .orderBy('e.name')
    .execute();
  return rows.map((r) => {
    const id = Number(r.id);
    const state = r.state as TechnologyState;
    return {
      id,
      chainId: Number(r.chain_id),
      chainName: r.chain_name,
      segmentId: r.segment_id === null ? null : Number(r.segment_id),
      segmentName: r.segment_name ?? null,
      name: r.name,
      gap: r.gap,
      enterprises: links.filter((l) => Number(l.technology_id) === id).map((l) => ({ id: Number(l.id), name: l.name })),
      institutes: r.institutes,
      state,
      targetOn: r.target_on,
      brokenThroughOn: r.broken_through_on,
      overdue: state !== 'achieved' && r.target_on !== null && r.target_on < today,
      demo: Boolean(r.demo),
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      leadUnitId: r.lead_unit_id === null ? null : Number(r.lead_unit_id),
    };
  });
}

export type TechnologyFilter = { chainId?: number; segmentId?: number; state?: TechnologyState; enterpriseId?: number; q?: string };

function filterTechnologies(db: Db, kind: DatabaseKind, scope: TechScope, f: TechnologyFilter) {
  let query = visibleTechnologies(db, scope);
  if (f.chainId) query = query.where('t.chain_id', '=', f.chainId);
  if (f.segmentId) query = query.where('t.segment_id', '=', f.segmentId);
  if (f.state) query = query.where('t.state', '=', f.state);
  if (f.enterpriseId) {
    const id = f.enterpriseId;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('technology_enterprises as te')
          .select('te.technology_id')
          .whereRef('te.technology_id', '=', 't.id')
          .where('te.enterprise_id', '=', id),
      ),
    );
  }
  if (f.q) query = query.where(containsInsensitive(kind, 't.name', f.q));
  return query;
}

// ---- consortia ----

function consortiumQuery(db: Db) {
  return db
    .selectFrom('innovation_consortia as k')
    .innerJoin('chains as ch', 'ch.id', 'k.chain_id')
    .innerJoin('enterprises as le', 'le.id', 'k.leader_enterprise_id')
    .selectAll('k')
    .select(['ch.name as chain_name', 'ch.lead_unit_id', 'le.name as leader_name']);
}
type ConsortiumRow = Awaited<ReturnType<ReturnType<typeof consortiumQuery>['executeTakeFirstOrThrow']>>;

function visibleConsortia(db: Db, scope: TechScope) {
  return consortiumQuery(db).where((eb) => {
    const ties = [eb('k.chain_id', 'in', chainsInScope(eb as unknown as Eb, scope.chains))];
    if (scope.enterpriseOrgId !== null) {
      ties.push(eb('le.organisation_id', '=', scope.enterpriseOrgId));
      ties.push(
        eb.exists(
          eb
            .selectFrom('consortium_members as m')
            .innerJoin('enterprises as me', 'me.id', 'm.enterprise_id')
            .select('m.consortium_id')
            .whereRef('m.consortium_id', '=', 'k.id')
            .where('me.organisation_id', '=', scope.enterpriseOrgId),
        ),
      );
    }
    return eb.or(ties);
  });
}

export type ConsortiumRecord = Consortium & { leadUnitId: number | null };

async function hydrateConsortia(db: Db, rows: ConsortiumRow[]): Promise<ConsortiumRecord[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => Number(r.id));
  const members = await db
    .selectFrom('consortium_members as m')
    .leftJoin('enterprises as e', 'e.id', 'm.enterprise_id')
    .select(['m.consortium_id', 'm.enterprise_id', 'm.name', 'm.kind', 'e.name as enterprise_name'])
    .where('m.consortium_id', 'in', ids)
    .orderBy('m.id')
    .execute();
  const techs = await db
    .selectFrom('consortium_technologies as ct')
    .innerJoin('key_technologies as t', 't.id', 'ct.technology_id')
    .select(['ct.consortium_id', 't.id', 't.name', 't.state'])
    .where('ct.consortium_id', 'in', ids)
    .orderBy('t.id')
    .execute();
  return rows.map((r) => {
    const id = Number(r.id);
    return {
      id,
      chainId: Number(r.chain_id),
      chainName: r.chain_name,
      name: r.name,
      leaderEnterpriseId: Number(r.leader_enterprise_id),
      leaderName: r.leader_name,
      jinchuanggu: Boolean(r.jinchuanggu),
      foundedOn: r.founded_on,
      notes: r.notes,
      members: members
        .filter((m) => Number(m.consortium_id) === id)
        .map((m) => ({
          enterpriseId: m.enterprise_id === null ? null : Number(m.enterprise_id),
          name: m.enterprise_name ?? m.name ?? '',
          kind: m.kind as ConsortiumMemberKind,
        })),
      technologies: techs
        .filter((t) => Number(t.consortium_id) === id)
        .map((t) => ({ id: Number(t.id), name: t.name, state: t.state as TechnologyState })),
      demo: Boolean(r.demo),
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      leadUnitId: r.lead_unit_id === null ? null : Number(r.lead_unit_id),
    };
  });
}

// ---- platforms ----

function platformQuery(db: Db) {
  return db
    .selectFrom('innovation_platforms as p')
    .innerJoin('chains as ch', 'ch.id', 'p.chain_id')
    .leftJoin('enterprises as he', 'he.id', 'p.host_enterprise_id')
    .selectAll('p')
    .select(['ch.name as chain_name', 'ch.lead_unit_id', 'he.name as host_enterprise_name']);
}
type PlatformRow = Awaited<ReturnType<ReturnType<typeof platformQuery>['executeTakeFirstOrThrow']>>;

export type PlatformRecord = Platform & { leadUnitId: number | null };

const toPlatform = (r: PlatformRow): PlatformRecord => ({
  id: Number(r.id),
  chainId: Number(r.chain_id),
  chainName: r.chain_name,
  name: r.name,
  kind: r.kind as PlatformKind,
  level: r.level as PlatformLevel,
  hostEnterpriseId: r.host_enterprise_id === null ? null : Number(r.host_enterprise_id),
  hostName: r.host_enterprise_name ?? r.host_name ?? '',
  recognisedOn: r.recognised_on,
  demo: Boolean(r.demo),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  leadUnitId: r.lead_unit_id === null ? null : Number(r.lead_unit_id),
});

function visiblePlatforms(db: Db, scope: TechScope) {
  return platformQuery(db).where((eb) => {
    const ties = [eb('p.chain_id', 'in', chainsInScope(eb as unknown as Eb, scope.chains))];
    if (scope.enterpriseOrgId !== null) ties.push(eb('he.organisation_id', '=', scope.enterpriseOrgId));
    return eb.or(ties);
  });
}

export type PlatformFilter = { chainId?: number; kind?: PlatformKind; level?: PlatformLevel; q?: string };

function filterPlatforms(db: Db, kind: DatabaseKind, scope: TechScope, f: PlatformFilter) {
  let query = visiblePlatforms(db, scope);
  if (f.chainId) query = query.where('p.chain_id', '=', f.chainId);
  if (f.kind) query = query.where('p.kind', '=', f.kind);
  if (f.level) query = query.where('p.level', '=', f.level);
  if (f.q) query = query.where(containsInsensitive(kind, 'p.name', f.q));
  return query;
}

// ---- breakthrough summaries ----

function summaryQuery(db: Db) {
  return db
    .selectFrom('breakthrough_summaries as b')
    .innerJoin('chains as ch', 'ch.id', 'b.chain_id')
    .leftJoin('organisations as o', 'o.id', 'b.written_by')
    .selectAll('b')
    .select(['ch.name as chain_name', 'o.name as written_by_name']);
}
type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaryQuery>['executeTakeFirstOrThrow']>>;

const toSummary = (r: SummaryRow): BreakthroughSummary => ({
  id: Number(r.id),
  chainId: Number(r.chain_id),
  chainName: r.chain_name,
  quarter: r.quarter,
  summary: r.summary,
  writtenBy: r.written_by_name ?? null,
  demo: Boolean(r.demo),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const technologiesRepository = {
  async technologies(
    db: Db,
    kind: DatabaseKind,
    scope: TechScope,
    q: TechnologyFilter & { page: number; pageSize: number },
    today: string,
  ) {
    const query = filterTechnologies(db, kind, scope, q);
    return pageWithTotal(
      query,
      (o) => o.orderBy('ch.code').orderBy('t.id'),
      q,
      (rows) => hydrateTechnologies(db, rows, today),
    );
  },

  /** Every technology matching the filter, for the export. */
  async allTechnologies(db: Db, kind: DatabaseKind, scope: TechScope, f: TechnologyFilter, today: string) {
    const rows = await filterTechnologies(db, kind, scope, f).orderBy('ch.code').orderBy('t.id').execute();
    return hydrateTechnologies(db, rows, today);
  },

  async technology(db: Db, scope: TechScope, id: number, today: string): Promise<TechnologyRecord | null> {
    return (await hydrateTechnologies(db, await visibleTechnologies(db, scope).where('t.id', '=', id).execute(), today))[0] ?? null;
  },

  async insertTechnology(db: Db, values: Insertable<KeyTechnologiesTable>, enterpriseIds: number[]) {
    const id = Number((await db.insertInto('key_technologies').values(values).returning('id').executeTakeFirstOrThrow()).id);
    await technologiesRepository.setTechnologyEnterprises(db, id, enterpriseIds);
    return id;
  },

  async updateTechnology(db: Db, id: number, values: Updateable<KeyTechnologiesTable>) {
    await db.updateTable('key_technologies').set(values).where('id', '=', id).execute();
  },

  async setTechnologyEnterprises(db: Db, id: number, enterpriseIds: number[]) {
    await db.deleteFrom('technology_enterprises').where('technology_id', '=', id).execute();
    const unique = [...new Set(enterpriseIds)];
    if (unique.length)
      await db
        .insertInto('technology_enterprises')
        .values(unique.map((enterprise_id) => ({ technology_id: id, enterprise_id })))
        .execute();
  },

  /** The ids among `ids` that are enterprises of the register. */
  async existingEnterprises(db: Db, ids: number[]) {
    if (!ids.length) return [];
    const rows = await db.selectFrom('enterprises').select('id').where('id', 'in', ids).execute();
    return rows.map((r) => Number(r.id));
  },

  /** The ids among `ids` that are key technologies of the chain. */
  async technologiesOfChain(db: Db, chainId: number, ids: number[]) {
    if (!ids.length) return [];
    const rows = await db.selectFrom('key_technologies').select('id').where('chain_id', '=', chainId).where('id', 'in', ids).execute();
    return rows.map((r) => Number(r.id));
  },

  /** The segment, if it is a segment of the chain. */
  async segmentOfChain(db: Db, chainId: number, segmentId: number) {
    return (
      (await db
        .selectFrom('chain_segments')
        .select(['id', 'name', 'retired_at'])
        .where('id', '=', segmentId)
        .where('chain_id', '=', chainId)
        .executeTakeFirst()) ?? null
    );
  },

  /** The chain's key technologies not yet broken through (待攻关 or 攻关中), with the segment each serves. */
  async openTechnologies(
    db: Db,
    chainId: number,
  ): Promise<{ id: number; name: string; state: TechnologyState; segmentId: number | null }[]> {
    const rows = await db
      .selectFrom('key_technologies')
      .select(['id', 'name', 'state', 'segment_id'])
      .where('chain_id', '=', chainId)
      .where('state', '!=', 'achieved')
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      id: Number(r.id),
      name: r.name,
      state: r.state as TechnologyState,
      segmentId: r.segment_id === null ? null : Number(r.segment_id),
    }));
  },

  /**
   * The chain map's gap analysis: per segment id, how many of the chain's key technologies on that
   * segment are not yet broken through (待攻关 or 攻关中). Segments without any are absent.
   */
  async openTechnologiesBySegment(db: Db, chainId: number): Promise<Record<number, number>> {
    const rows = await db
      .selectFrom('key_technologies')
      .select((eb) => ['segment_id', eb.fn.countAll<number>().as('open')])
      .where('chain_id', '=', chainId)
      .where('segment_id', 'is not', null)
      .where('state', '!=', 'achieved')
      .groupBy('segment_id')
      .execute();
    return Object.fromEntries(rows.map((r) => [Number(r.segment_id), Number(r.open)]));
  },

  async consortia(
    db: Db,
    kind: DatabaseKind,
    scope: TechScope,
    q: { chainId?: number; jinchuanggu?: boolean; q?: string; page: number; pageSize: number },
  ) {
    let query = visibleConsortia(db, scope);
    if (q.chainId) query = query.where('k.chain_id', '=', q.chainId);
    if (q.jinchuanggu !== undefined) query = query.where('k.jinchuanggu', '=', q.jinchuanggu);
    if (q.q) query = query.where(containsInsensitive(kind, 'k.name', q.q));
    return pageWithTotal(
      query,
      (o) => o.orderBy('ch.code').orderBy('k.id'),
      q,
      (rows) => hydrateConsortia(db, rows),
    );
  },

  async consortium(db: Db, scope: TechScope, id: number): Promise<ConsortiumRecord | null> {
    return (await hydrateConsortia(db, await visibleConsortia(db, scope).where('k.id', '=', id).execute()))[0] ?? null;
  },

  async insertConsortium(db: Db, values: Insertable<InnovationConsortiaTable>) {
    return Number((await db.insertInto('innovation_consortia').values(values).returning('id').executeTakeFirstOrThrow()).id);
  },

  async updateConsortium(db: Db, id: number, values: Updateable<InnovationConsortiaTable>) {
    await db.updateTable('innovation_consortia').set(values).where('id', '=', id).execute();
  },

  async setConsortiumMembers(
    db: Db,
    id: number,
    members: { enterpriseId: number | null; name: string | null; kind: ConsortiumMemberKind }[],
  ) {
    await db.deleteFrom('consortium_members').where('consortium_id', '=', id).execute();
    if (members.length)
      await db
        .insertInto('consortium_members')
        .values(
          members.map((m) => ({
            consortium_id: id,
            enterprise_id: m.enterpriseId,
            name: m.enterpriseId === null ? m.name : null,
            kind: m.kind,
          })),
        )
        .execute();
  },

  async setConsortiumTechnologies(db: Db, id: number, technologyIds: number[]) {
    await db.deleteFrom('consortium_technologies').where('consortium_id', '=', id).execute();
    const unique = [...new Set(technologyIds)];
    if (unique.length)
      await db
        .insertInto('consortium_technologies')
        .values(unique.map((technology_id) => ({ consortium_id: id, technology_id })))
        .execute();
  },

  async platforms(db: Db, kind: DatabaseKind, scope: TechScope, q: PlatformFilter & { page: number; pageSize: number }) {
    const query = filterPlatforms(db, kind, scope, q);
    return pageWithTotal(
      query,
      (o) => o.orderBy('ch.code').orderBy('p.id'),
      q,
      async (rows) => rows.map(toPlatform),
    );
  },

  async allPlatforms(db: Db, kind: DatabaseKind, scope: TechScope, f: PlatformFilter) {
    return (await filterPlatforms(db, kind, scope, f).orderBy('ch.code').orderBy('p.id').execute()).map(toPlatform);
  },

  async platform(db: Db, scope: TechScope, id: number): Promise<PlatformRecord | null> {
    const row = await visiblePlatforms(db, scope).where('p.id', '=', id).executeTakeFirst();
    return row ? toPlatform(row) : null;
  },

  async insertPlatform(db: Db, values: Insertable<InnovationPlatformsTable>) {
    return Number((await db.insertInto('innovation_platforms').values(values).returning('id').executeTakeFirstOrThrow()).id);
  },

  async updatePlatform(db: Db, id: number, values: Updateable<InnovationPlatformsTable>) {
    await db.updateTable('innovation_platforms').set(values).where('id', '=', id).execute();
  },

  /** Summaries of the chains in scope whose quarter starts with `prefix` (a year or one quarter). */
  async summaries(db: Db, scope: ChainScope, q: { year: number; chainId?: number }) {
    let query = summaryQuery(db)
      .where('b.quarter', 'like', `${q.year}Q%`)
      .where((eb) => eb('b.chain_id', 'in', chainsInScope(eb as unknown as Eb, scope)));
    if (q.chainId) query = query.where('b.chain_id', '=', q.chainId);
    return (await query.orderBy('ch.code').orderBy('b.quarter').execute()).map(toSummary);
  },

  async summary(db: Db, chainId: number, quarter: string) {
    const row = await summaryQuery(db).where('b.chain_id', '=', chainId).where('b.quarter', '=', quarter).executeTakeFirst();
    return row ? toSummary(row) : null;
  },

  async insertSummary(db: Db, s: { chainId: number; quarter: string; summary: string; writtenBy: number | null; at: string }) {
    await db
      .insertInto('breakthrough_summaries')
      .values({
        chain_id: s.chainId,
        quarter: s.quarter,
        summary: s.summary,
        written_by: s.writtenBy,
        demo: false,
        created_at: s.at,
        updated_at: s.at,
      })
      .execute();
  },

  async updateSummary(db: Db, id: number, s: { summary: string; writtenBy: number | null; at: string }) {
    await db
      .updateTable('breakthrough_summaries')
      .set({ summary: s.summary, written_by: s.writtenBy, updated_at: s.at })
      .where('id', '=', id)
      .execute();
  },

  /** The key chains in scope (not retired), for the missing-summary check. */
  async chainsInScope(db: Db, scope: ChainScope, chainId?: number) {
    let query = db
      .selectFrom('chains as c')
      .select(['c.id', 'c.name'])
      .where('c.status', '!=', 'retired')
      .where((eb) => inChainScope(eb as never, scope));
    if (chainId) query = query.where('c.id', '=', chainId);
    return (await query.orderBy('c.code').execute()).map((c) => ({ id: Number(c.id), name: c.name }));
  },

  /**
   * For the quarterly report: each chain that is not retired, with its breakthrough summary of the
   * quarter, or null where none was written.
   */
  async summariesForQuarter(db: Db, quarter: string) {
    const rows = await db
      .selectFrom('chains as c')
      .leftJoin('breakthrough_summaries as b', (j) => j.onRef('b.chain_id', '=', 'c.id').on('b.quarter', '=', quarter))
      .select(['c.id', 'c.name', 'b.summary'])
      .where('c.status', '!=', 'retired')
      .orderBy('c.code')
      .execute();
    return rows.map((r) => ({ chainId: Number(r.id), chainName: r.name, summary: r.summary ?? null }));
  },
};
