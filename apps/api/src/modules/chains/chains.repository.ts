import type { Chain, ChainQuery, ChainStatus } from '@chainboard/contracts';
import { type ExpressionBuilder, type Insertable, sql, type Updateable } from 'kysely';
import type { ChainsTable, Database, DatabaseKind, Db } from '../../db/database.js';
import { containsInsensitive } from '../../db/dialect.js';
import { countRows } from '../../db/paging.js';
import type { ChainScope } from '../../policy/policy.js';

type Eb = ExpressionBuilder<Database & { c: ChainsTable }, 'c'>;

/** The chains a scope may see, as one WHERE condition on alias `c`. */
export function inChainScope(eb: Eb, scope: ChainScope) {
  if (scope.all) return sql<boolean>`1 = 1`;
  const ties = [];
  if (scope.leadUnitIds.length) ties.push(eb('c.lead_unit_id', 'in', scope.leadUnitIds));
  if (scope.leaderUserIds.length) ties.push(eb('c.leader_user_id', 'in', scope.leaderUserIds));
  if (scope.hostOrgIds.length) {
    ties.push(
      eb.exists(
        eb
          .selectFrom('chain_hosts as h')
          .select('h.chain_id')
          .whereRef('h.chain_id', '=', 'c.id')
          .where('h.organisation_id', 'in', scope.hostOrgIds),
      ),
    );
  }
  if (scope.hostCityIds.length) {
    const cities = scope.hostCityIds;
    ties.push(
      eb.exists(
        eb
          .selectFrom('chain_hosts as h')
          .innerJoin('organisations as ho', 'ho.id', 'h.organisation_id')
          .select('h.chain_id')
          .whereRef('h.chain_id', '=', 'c.id')
          .where((w) => w.or([w('ho.id', 'in', cities), w('ho.parent_id', 'in', cities)])),
      ),
    );
  }
  return ties.length ? eb.or(ties) : sql<boolean>`1 = 0`;
}

function baseQuery(db: Db) {
  return db
    .selectFrom('chains as c')
    .leftJoin('organisations as lu', 'lu.id', 'c.lead_unit_id')
    .leftJoin('chain_status_history as sh', (join) => join.onRef('sh.chain_id', '=', 'c.id').on('sh.valid_to', 'is', null))
    .select([
      'sh.valid_from as status_since',
      'c.id',
      'c.code',
      'c.name',
      'c.batch',
      'c.status',
      'c.leader_name',
      'c.leader_post',
      'c.leader_user_id',
      'c.lead_unit_id',
      'lu.name as lead_unit_name',
      'c.notes',
      'c.created_at',
      'c.updated_at',
    ]);
}
type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

async function withHosts(db: Db, rows: Row[]): Promise<Chain[]> {
  const ids = rows.map((r) => Number(r.id));
  const hosts = ids.length
    ? await db
        .selectFrom('chain_hosts as h')
        .innerJoin('organisations as o', 'o.id', 'h.organisation_id')
        .select(['h.chain_id', 'o.id', 'o.name', 'o.type'])
        .where('h.chain_id', 'in', ids)
        .orderBy('o.id')
        .execute()
    : [];
  return rows.map((r) => ({
    id: Number(r.id),
    code: r.code,
    name: r.name,
    batch: Number(r.batch),
    status: r.status as ChainStatus,
    statusSince: r.status_since,
    leaderName: r.leader_name,
    leaderPost: r.leader_post,
    leaderUserId: r.leader_user_id === null ? null : Number(r.leader_user_id),
    leadUnitId: r.lead_unit_id === null ? null : Number(r.lead_unit_id),
    leadUnitName: r.lead_unit_name,
    hosts: hosts
      .filter((h) => Number(h.chain_id) === Number(r.id))
      .map((h) => ({ id: Number(h.id), name: h.name, type: h.type as 'city' | 'zone' })),
    notes: r.notes,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
}

const SORT_COLUMNS = { code: 'c.code', name: 'c.name', batch: 'c.batch', updatedAt: 'c.updated_at' } as const;

export const chainsRepository = {
  async page(db: Db, kind: DatabaseKind, scope: ChainScope, q: ChainQuery): Promise<{ items: Chain[]; total: number }> {
    let query = baseQuery(db).where((eb) => inChainScope(eb as unknown as Eb, scope));
    if (q.status) query = query.where('c.status', '=', q.status);
    if (q.batch) query = query.where('c.batch', '=', q.batch);
    if (q.leadUnitId) query = query.where('c.lead_unit_id', '=', q.leadUnitId);
    if (q.q) query = query.where(containsInsensitive(kind, 'c.name', q.q));
    const total = await countRows(query);
    const rows = await query
      .orderBy(SORT_COLUMNS[q.sort], q.order)
      .orderBy('c.id')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute();
    return { items: await withHosts(db, rows), total };
  },

  async findInScope(db: Db, scope: ChainScope, id: number): Promise<Chain | null> {
    const row = await baseQuery(db)
      .where('c.id', '=', id)
      .where((eb) => inChainScope(eb as unknown as Eb, scope))
      .executeTakeFirst();
    return row ? (await withHosts(db, [row]))[0] : null;
  },

  async findByCodeOrName(db: Db, code: string | undefined, name: string | undefined) {
    return db
      .selectFrom('chains')
      .select(['id', 'code', 'name'])
      .where((eb) => eb.or([eb('code', '=', code ?? ''), eb('name', '=', name ?? '')]))
      .execute();
  },

  async insert(db: Db, values: Insertable<ChainsTable>): Promise<number> {
    const row = await db.insertInto('chains').values(values).returning('id').executeTakeFirstOrThrow();
    return Number(row.id);
  },

  async update(db: Db, id: number, values: Updateable<ChainsTable>): Promise<void> {
    await db.updateTable('chains').set(values).where('id', '=', id).execute();
  },

  /** The span of the chain's history that holds now (the current status), if any. */
  async openStatus(db: Db, chainId: number) {
    return db
      .selectFrom('chain_status_history')
      .select(['id', 'status', 'valid_from'])
      .where('chain_id', '=', chainId)
      .where('valid_to', 'is', null)
      .executeTakeFirst();
  },

  /**
   * The chain holds `status` from `on`: the open span closes that day and a new one opens. A change on
   * the very day its predecessor began replaces it, so no span is empty.
   */
  async setStatus(db: Db, chainId: number, status: string, on: string, recordedAt: string, by: string | null): Promise<void> {
    const open = await chainsRepository.openStatus(db, chainId);
    if (open?.status === status) return;
    if (open && open.valid_from >= on) await db.deleteFrom('chain_status_history').where('id', '=', open.id).execute();
    else if (open) await db.updateTable('chain_status_history').set({ valid_to: on }).where('id', '=', open.id).execute();
    await db
      .insertInto('chain_status_history')
      .values({ chain_id: chainId, status, valid_from: on, valid_to: null, recorded_at: recordedAt, recorded_by: by })
      .execute();
  },

  async setHosts(db: Db, chainId: number, orgIds: readonly number[]): Promise<void> {
    await db.deleteFrom('chain_hosts').where('chain_id', '=', chainId).execute();
    if (orgIds.length) {
      await db
        .insertInto('chain_hosts')
        .values(orgIds.map((organisation_id) => ({ chain_id: chainId, organisation_id })))
        .execute();
    }
  },
};
