import type { ChainStage, Lead, LeadStage } from '@chainboard/contracts';
import { type ExpressionBuilder, type Insertable, sql, type Updateable } from 'kysely';
import type { Database, DatabaseKind, Db, LeadsTable } from '../../db/database.js';
import { containsInsensitive } from '../../db/dialect.js';
import { countRows } from '../../db/paging.js';
import type { EnterpriseScope } from '../../policy/policy.js';

type Eb = ExpressionBuilder<Database & { l: LeadsTable }, 'l'>;

/** Leads are seen by place, by chain, and by the chain master that brought them. */
export function inLeadScope(eb: Eb, scope: EnterpriseScope) {
  if (scope.all) return sql<boolean>`1 = 1`;
  const ties = [];
  if (scope.cityIds.length) ties.push(eb('l.city_id', 'in', scope.cityIds));
  if (scope.zoneIds.length) ties.push(eb('l.zone_id', 'in', scope.zoneIds));
  if (scope.selfOrgIds.length)
    ties.push(
      eb('l.chain_master_id', 'in', eb.selectFrom('enterprises as le').select('le.id').where('le.organisation_id', 'in', scope.selfOrgIds)),
    );
  if (scope.leadUnitIds.length)
    ties.push(eb('l.chain_id', 'in', eb.selectFrom('chains as lc').select('lc.id').where('lc.lead_unit_id', 'in', scope.leadUnitIds)));
  if (scope.leaderUserIds.length)
    ties.push(eb('l.chain_id', 'in', eb.selectFrom('chains as lc').select('lc.id').where('lc.leader_user_id', 'in', scope.leaderUserIds)));
  return ties.length ? eb.or(ties) : sql<boolean>`1 = 0`;
}

function baseQuery(db: Db) {
  return db
    .selectFrom('leads as l')
    .innerJoin('chains as c', 'c.id', 'l.chain_id')
    .innerJoin('organisations as city', 'city.id', 'l.city_id')
    .leftJoin('organisations as zone', 'zone.id', 'l.zone_id')
    .leftJoin('enterprises as m', 'm.id', 'l.chain_master_id')
    .selectAll('l')
    .select(['c.name as chain_name', 'city.name as city_name', 'zone.name as zone_name', 'm.name as chain_master_name']);
}
type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

const toLead = (r: Row): Lead => ({
  id: Number(r.id),
  targetName: r.target_name,
  targetCreditCode: r.target_credit_code,
  inProvince: Boolean(r.in_province),
  enterpriseId: r.enterprise_id === null ? null : Number(r.enterprise_id),
  chainId: Number(r.chain_id),
  chainName: r.chain_name,
  stage: r.stage as ChainStage | null,
  segmentId: r.segment_id === null ? null : Number(r.segment_id),
  source: r.source as Lead['source'],
  chainMasterId: r.chain_master_id === null ? null : Number(r.chain_master_id),
  chainMasterName: r.chain_master_name,
  cityId: Number(r.city_id),
  cityName: r.city_name,
  zoneId: r.zone_id === null ? null : Number(r.zone_id),
  zoneName: r.zone_name,
  responsiblePerson: r.responsible_person,
  expectedInvestment: Number(r.expected_investment),
  pipelineStage: r.pipeline_stage as LeadStage,
  signedOn: r.signed_on,
  landedOn: r.landed_on,
  projectId: r.project_id === null ? null : Number(r.project_id),
  fillsGap: Boolean(r.fills_gap),
  notes: r.notes,
  demo: Boolean(r.demo),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export type LeadFilters = {
  chainId?: number;
  cityId?: number;
  zoneId?: number;
  pipelineStage?: LeadStage;
  source?: string;
  year?: number;
  q?: string;
};

export const leadsRepository = {
  filtered(db: Db, kind: DatabaseKind, scope: EnterpriseScope, q: LeadFilters) {
    let query = baseQuery(db).where((eb) => inLeadScope(eb as unknown as Eb, scope));
    if (q.chainId) query = query.where('l.chain_id', '=', q.chainId);
    if (q.cityId) query = query.where('l.city_id', '=', q.cityId);
    if (q.zoneId) query = query.where('l.zone_id', '=', q.zoneId);
    if (q.pipelineStage) query = query.where('l.pipeline_stage', '=', q.pipelineStage);
    if (q.source) query = query.where('l.source', '=', q.source);
    if (q.year) query = query.where((eb) => eb.or([eb('l.landed_on', 'like', `${q.year}-%`), eb('l.created_at', 'like', `${q.year}-%`)]));
    if (q.q) query = query.where(containsInsensitive(kind, 'l.target_name', q.q));
    return query;
  },

  async page(db: Db, kind: DatabaseKind, scope: EnterpriseScope, q: LeadFilters & { page: number; pageSize: number }) {
    const query = this.filtered(db, kind, scope, q);
    const total = await countRows(query);
    const rows = await query
      .orderBy('l.updated_at', 'desc')
      .orderBy('l.id', 'desc')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute();
    return { items: rows.map(toLead), total };
  },

  async all(db: Db, kind: DatabaseKind, scope: EnterpriseScope, q: LeadFilters) {
    return (await this.filtered(db, kind, scope, q).orderBy('l.id').execute()).map(toLead);
  },

  async find(db: Db, scope: EnterpriseScope, id: number) {
    const row = await baseQuery(db)
      .where('l.id', '=', id)
      .where((eb) => inLeadScope(eb as unknown as Eb, scope))
      .executeTakeFirst();
    return row ? toLead(row) : null;
  },

  async insert(db: Db, values: Insertable<LeadsTable>) {
    return Number((await db.insertInto('leads').values(values).returning('id').executeTakeFirstOrThrow()).id);
  },

  async update(db: Db, id: number, values: Updateable<LeadsTable>) {
    await db.updateTable('leads').set(values).where('id', '=', id).execute();
  },

  async addEvent(
    db: Db,
    e: { leadId: number; at: string; on: string; username: string; from: string | null; to: string; evidence: string | null },
  ) {
    await db
      .insertInto('lead_events')
      .values({
        lead_id: e.leadId,
        at: e.at,
        on_date: e.on,
        username: e.username,
        from_stage: e.from,
        to_stage: e.to,
        evidence: e.evidence,
      })
      .execute();
  },

  async events(db: Db, leadId: number) {
    const rows = await db.selectFrom('lead_events').selectAll().where('lead_id', '=', leadId).orderBy('id').execute();
    return rows.map((r) => ({
      id: Number(r.id),
      at: r.at,
      on: r.on_date,
      username: r.username,
      from: r.from_stage as LeadStage | null,
      to: r.to_stage as LeadStage,
      evidence: r.evidence,
    }));
  },

  /** The few columns progress needs, for every lead. */
  async progressRows(db: Db) {
    const rows = await db
      .selectFrom('leads')
      .select([
        'city_id',
        'zone_id',
        'chain_id',
        'chain_master_id',
        'fills_gap',
        'pipeline_stage',
        'signed_on',
        'landed_on',
        'expected_investment',
      ])
      .execute();
    return rows.map((r) => ({
      cityId: Number(r.city_id),
      zoneId: r.zone_id === null ? null : Number(r.zone_id),
      chainId: Number(r.chain_id),
      chainMasterId: r.chain_master_id === null ? null : Number(r.chain_master_id),
      fillsGap: Boolean(r.fills_gap),
      stage: r.pipeline_stage as LeadStage,
      signedOn: r.signed_on,
      landedOn: r.landed_on,
      money: Number(r.expected_investment),
    }));
  },
};
