import type { Db } from '../../db/database.js';
import { countRows } from '../../db/paging.js';
import type { ChainScope, EnterpriseScope } from '../../policy/policy.js';
import { inChainScope } from '../chains/chains.repository.js';

function reserveQuery(db: Db) {
  return db
    .selectFrom('fund_reserve as f')
    .innerJoin('projects as p', 'p.id', 'f.project_id')
    .innerJoin('chains as c', 'c.id', 'p.chain_id')
    .innerJoin('organisations as o', 'o.id', 'f.recommended_by')
    .selectAll('f')
    .select(['p.name as project_name', 'p.chain_id', 'c.name as chain_name', 'o.name as recommended_by_name']);
}
type ReserveRow = Awaited<ReturnType<ReturnType<typeof reserveQuery>['executeTakeFirstOrThrow']>>;
const toReserve = (r: ReserveRow) => ({
  id: Number(r.id),
  projectId: Number(r.project_id),
  projectName: r.project_name,
  chainId: Number(r.chain_id),
  chainName: r.chain_name,
  year: Number(r.year),
  gap: r.gap as 'shortBoard' | 'weakLink',
  reason: r.reason,
  recommendedBy: r.recommended_by_name,
  recommendedAt: r.recommended_at,
  state: r.state as 'recommended' | 'accepted' | 'rejected',
  reviewNote: r.review_note,
  reviewedAt: r.reviewed_at,
});

function visitQuery(db: Db) {
  return db
    .selectFrom('visits as v')
    .innerJoin('organisations as lu', 'lu.id', 'v.lead_unit_id')
    .innerJoin('organisations as city', 'city.id', 'v.city_id')
    .leftJoin('chains as c', 'c.id', 'v.chain_id')
    .selectAll('v')
    .select(['lu.name as lead_unit_name', 'city.name as city_name', 'c.name as chain_name']);
}

export const supportRepository = {
  async reservePage(db: Db, scope: ChainScope, q: { year?: number; chainId?: number; state?: string; page: number; pageSize: number }) {
    let query = reserveQuery(db).where(
      'p.chain_id',
      'in',
      db
        .selectFrom('chains as c')
        .select('c.id')
        .where((eb) => inChainScope(eb as never, scope)),
    );
    if (q.year) query = query.where('f.year', '=', q.year);
    if (q.chainId) query = query.where('p.chain_id', '=', q.chainId);
    if (q.state) query = query.where('f.state', '=', q.state);
    const total = await countRows(query);
    const rows = await query
      .orderBy('f.id', 'desc')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute();
    return { items: rows.map(toReserve), total };
  },

  async reserveEntry(db: Db, id: number) {
    const row = await reserveQuery(db).where('f.id', '=', id).executeTakeFirst();
    return row ? toReserve(row) : null;
  },

  async reserveExists(db: Db, projectId: number, year: number) {
    return !!(await db
      .selectFrom('fund_reserve')
      .select('id')
      .where('project_id', '=', projectId)
      .where('year', '=', year)
      .executeTakeFirst());
  },

  async insertReserve(db: Db, r: { projectId: number; year: number; gap: string; reason: string; recommendedBy: number; at: string }) {
    const row = await db
      .insertInto('fund_reserve')
      .values({
        project_id: r.projectId,
        year: r.year,
        gap: r.gap,
        reason: r.reason,
        recommended_by: r.recommendedBy,
        recommended_at: r.at,
        state: 'recommended',
        review_note: null,
        reviewed_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return Number(row.id);
  },

  async reviewReserve(db: Db, id: number, state: string, note: string | null, at: string) {
    await db.updateTable('fund_reserve').set({ state, review_note: note, reviewed_at: at }).where('id', '=', id).execute();
  },

  async visitPage(db: Db, scope: EnterpriseScope, q: { chainId?: number; cityId?: number; page: number; pageSize: number }) {
    let query = visitQuery(db);
    if (!scope.all) {
      const mine = [...scope.leadUnitIds];
      query = query.where((eb) =>
        eb.or([eb('v.lead_unit_id', 'in', mine.length ? mine : [0]), eb('v.city_id', 'in', scope.cityIds.length ? scope.cityIds : [0])]),
      );
    }
    if (q.chainId) query = query.where('v.chain_id', '=', q.chainId);
    if (q.cityId) query = query.where('v.city_id', '=', q.cityId);
    const total = await countRows(query);
    const rows = await query
      .orderBy('v.visited_on', 'desc')
      .orderBy('v.id', 'desc')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute();
    return { items: await Promise.all(rows.map((r) => this.visitFromRow(db, r))), total };
  },

  async visit(db: Db, id: number) {
    return this.visitFromRow(db, await visitQuery(db).where('v.id', '=', id).executeTakeFirstOrThrow());
  },

  async visitFromRow(db: Db, r: Awaited<ReturnType<ReturnType<typeof visitQuery>['executeTakeFirstOrThrow']>>) {
    const targets = await db
      .selectFrom('visit_targets as t')
      .leftJoin('enterprises as e', 'e.id', 't.enterprise_id')
      .leftJoin('projects as p', 'p.id', 't.project_id')
      .select(['t.enterprise_id', 'e.name as enterprise_name', 't.project_id', 'p.name as project_name'])
      .where('t.visit_id', '=', r.id)
      .execute();
    return {
      id: Number(r.id),
      leadUnitId: Number(r.lead_unit_id),
      leadUnitName: r.lead_unit_name,
      chainId: r.chain_id === null ? null : Number(r.chain_id),
      chainName: r.chain_name,
      cityId: Number(r.city_id),
      cityName: r.city_name,
      visitedOn: r.visited_on,
      people: r.people,
      summary: r.summary,
      enterprises: targets
        .filter((t) => t.enterprise_id !== null)
        .map((t) => ({ id: Number(t.enterprise_id), name: t.enterprise_name as string })),
      projects: targets.filter((t) => t.project_id !== null).map((t) => ({ id: Number(t.project_id), name: t.project_name as string })),
      problemsHeard: JSON.parse(r.problems_heard) as string[],
      createdAt: r.created_at,
    };
  },

  async insertVisit(
    db: Db,
    v: {
      leadUnitId: number;
      chainId: number | null;
      cityId: number;
      visitedOn: string;
      people: string;
      summary: string | null;
      enterpriseIds: number[];
      projectIds: number[];
      problemsHeard: string[];
      at: string;
    },
  ) {
    const row = await db
      .insertInto('visits')
      .values({
        lead_unit_id: v.leadUnitId,
        chain_id: v.chainId,
        city_id: v.cityId,
        visited_on: v.visitedOn,
        people: v.people,
        summary: v.summary,
        problems_heard: JSON.stringify(v.problemsHeard),
        created_at: v.at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const targets = [
      ...v.enterpriseIds.map((id) => ({ visit_id: row.id, enterprise_id: id, project_id: null })),
      ...v.projectIds.map((id) => ({ visit_id: row.id, enterprise_id: null, project_id: id })),
    ];
    if (targets.length) await db.insertInto('visit_targets').values(targets).execute();
    return Number(row.id);
  },

  async demonstrations(db: Db, scope: ChainScope, chainId?: number) {
    const rows = await db
      .selectFrom('mode_demonstrations as d')
      .innerJoin('chains as c', 'c.id', 'd.chain_id')
      .selectAll('d')
      .select('c.name as chain_name')
      .where(
        'd.chain_id',
        'in',
        db
          .selectFrom('chains as c')
          .select('c.id')
          .where((eb) => inChainScope(eb as never, scope)),
      )
      .$if(chainId !== undefined, (q) => q.where('d.chain_id', '=', chainId as number))
      .orderBy('d.recognised_on', 'desc')
      .execute();
    return rows.map((r) => ({
      id: Number(r.id),
      chainId: Number(r.chain_id),
      chainName: r.chain_name,
      mode: r.mode as 'projectLeaderHost' | 'leadUnitZone',
      title: r.title,
      projectId: r.project_id === null ? null : Number(r.project_id),
      zoneId: r.zone_id === null ? null : Number(r.zone_id),
      recognisedOn: r.recognised_on,
      notes: r.notes,
    }));
  },

  async insertDemonstration(
    db: Db,
    d: {
      chainId: number;
      mode: string;
      title: string;
      projectId: number | null;
      zoneId: number | null;
      recognisedOn: string;
      notes: string | null;
      at: string;
    },
  ) {
    const row = await db
      .insertInto('mode_demonstrations')
      .values({
        chain_id: d.chainId,
        mode: d.mode,
        title: d.title,
        project_id: d.projectId,
        zone_id: d.zoneId,
        recognised_on: d.recognisedOn,
        notes: d.notes,
        created_at: d.at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return Number(row.id);
  },
};
