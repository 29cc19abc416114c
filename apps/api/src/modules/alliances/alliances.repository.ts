import { type Alliance, type CooperationField, HONOUR_LABELS, type HonourKind } from '@chainboard/contracts';
import type { Insertable, Updateable } from 'kysely';
import type { AlliancesTable, Db } from '../../db/database.js';
import { countRows } from '../../db/paging.js';
import type { ChainScope } from '../../policy/policy.js';
import { inChainScope } from '../chains/chains.repository.js';

export type AllianceRecord = Alliance & { leadUnitId: number | null; leaderOrgId: number | null };

function baseQuery(db: Db) {
  return db
    .selectFrom('alliances as a')
    .innerJoin('chains as c', 'c.id', 'a.chain_id')
    .innerJoin('enterprises as le', 'le.id', 'a.leader_enterprise_id')
    .selectAll('a')
    .select(['c.name as chain_name', 'c.lead_unit_id', 'le.name as leader_name', 'le.organisation_id as leader_org_id']);
}

/** Alliances of the chains in scope, and those an enterprise organisation leads or belongs to. */
function visible(db: Db, scope: ChainScope, enterpriseOrgId: number | null) {
  return baseQuery(db).where((eb) => {
    const ties = [
      eb(
        'a.chain_id',
        'in',
        eb
          .selectFrom('chains as c')
          .select('c.id')
          .where((w) => inChainScope(w as never, scope)),
      ),
    ];
    if (enterpriseOrgId !== null) {
      ties.push(eb('le.organisation_id', '=', enterpriseOrgId));
      ties.push(
        eb.exists(
          eb
            .selectFrom('alliance_members as m')
            .innerJoin('enterprises as me', 'me.id', 'm.enterprise_id')
            .select('m.alliance_id')
            .whereRef('m.alliance_id', '=', 'a.id')
            .where('me.organisation_id', '=', enterpriseOrgId),
        ),
      );
    }
    return eb.or(ties);
  });
}

async function hydrate(db: Db, rows: Awaited<ReturnType<ReturnType<typeof baseQuery>['execute']>>): Promise<AllianceRecord[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => Number(r.id));
  const members = await db
    .selectFrom('alliance_members as m')
    .innerJoin('enterprises as e', 'e.id', 'm.enterprise_id')
    .select(['m.alliance_id', 'm.enterprise_id', 'm.joined_on', 'e.name'])
    .where('m.alliance_id', 'in', ids)
    .orderBy('m.joined_on')
    .execute();
  const memberIds = [...new Set(members.map((m) => Number(m.enterprise_id)))];
  const honours = memberIds.length
    ? await db
        .selectFrom('enterprise_honours')
        .select(['enterprise_id', 'kind'])
        .where('enterprise_id', 'in', memberIds)
        .where('revoked_on', 'is', null)
        .execute()
    : [];
  return rows.map((r) => ({
    id: Number(r.id),
    chainId: Number(r.chain_id),
    chainName: r.chain_name,
    name: r.name,
    leaderEnterpriseId: Number(r.leader_enterprise_id),
    leaderName: r.leader_name,
    fields: JSON.parse(r.fields) as CooperationField[],
    pilot: Boolean(r.pilot),
    foundedOn: r.founded_on,
    notes: r.notes,
    members: members
      .filter((m) => Number(m.alliance_id) === Number(r.id))
      .map((m) => ({
        enterpriseId: Number(m.enterprise_id),
        name: m.name,
        joinedOn: m.joined_on,
        honours: [
          ...new Set(
            honours.filter((h) => Number(h.enterprise_id) === Number(m.enterprise_id)).map((h) => HONOUR_LABELS[h.kind as HonourKind]),
          ),
        ],
      })),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    leadUnitId: r.lead_unit_id === null ? null : Number(r.lead_unit_id),
    leaderOrgId: r.leader_org_id === null ? null : Number(r.leader_org_id),
  }));
}

export const alliancesRepository = {
  async page(
    db: Db,
    scope: ChainScope,
    enterpriseOrgId: number | null,
    q: { chainId?: number; enterpriseId?: number; pilot?: boolean; page: number; pageSize: number },
  ) {
    let query = visible(db, scope, enterpriseOrgId);
    if (q.enterpriseId) {
      const id = q.enterpriseId;
      query = query.where((eb) =>
        eb.or([
          eb('a.leader_enterprise_id', '=', id),
          eb.exists(
            eb
              .selectFrom('alliance_members as m')
              .select('m.alliance_id')
              .whereRef('m.alliance_id', '=', 'a.id')
              .where('m.enterprise_id', '=', id),
          ),
        ]),
      );
    }
    if (q.chainId) query = query.where('a.chain_id', '=', q.chainId);
    if (q.pilot !== undefined) query = query.where('a.pilot', '=', q.pilot);
    const total = await countRows(query);
    const rows = await query
      .orderBy('a.id', 'desc')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute();
    return { items: await hydrate(db, rows), total };
  },

  async find(db: Db, scope: ChainScope, enterpriseOrgId: number | null, id: number): Promise<AllianceRecord | null> {
    const rows = await visible(db, scope, enterpriseOrgId).where('a.id', '=', id).execute();
    return (await hydrate(db, rows))[0] ?? null;
  },

  async insert(db: Db, values: Insertable<AlliancesTable>) {
    return Number((await db.insertInto('alliances').values(values).returning('id').executeTakeFirstOrThrow()).id);
  },

  async update(db: Db, id: number, values: Updateable<AlliancesTable>) {
    await db.updateTable('alliances').set(values).where('id', '=', id).execute();
  },

  async addMember(db: Db, allianceId: number, enterpriseId: number, joinedOn: string) {
    await db.insertInto('alliance_members').values({ alliance_id: allianceId, enterprise_id: enterpriseId, joined_on: joinedOn }).execute();
  },

  async removeMember(db: Db, allianceId: number, enterpriseId: number) {
    return (
      await db
        .deleteFrom('alliance_members')
        .where('alliance_id', '=', allianceId)
        .where('enterprise_id', '=', enterpriseId)
        .executeTakeFirst()
    ).numDeletedRows;
  },

  async activities(db: Db, allianceId: number) {
    const rows = await db
      .selectFrom('alliance_activities')
      .selectAll()
      .where('alliance_id', '=', allianceId)
      .orderBy('date', 'desc')
      .orderBy('id', 'desc')
      .execute();
    return rows.map((r) => ({
      id: Number(r.id),
      allianceId: Number(r.alliance_id),
      date: r.date,
      field: r.field as CooperationField,
      title: r.title,
      result: r.result,
      createdAt: r.created_at,
    }));
  },

  async addActivity(db: Db, a: { allianceId: number; date: string; field: string; title: string; result: string | null; now: string }) {
    return Number(
      (
        await db
          .insertInto('alliance_activities')
          .values({ alliance_id: a.allianceId, date: a.date, field: a.field, title: a.title, result: a.result, created_at: a.now })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id,
    );
  },
};
