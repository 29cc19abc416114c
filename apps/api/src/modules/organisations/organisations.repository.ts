import type { Organisation, OrganisationQuery, OrgType } from '@chainboard/contracts';
import type { Insertable, Updateable } from 'kysely';
import type { DatabaseKind, Db, OrganisationsTable } from '../../db/database.js';
import { containsInsensitive } from '../../db/dialect.js';
import { countRows } from '../../db/paging.js';

function baseQuery(db: Db) {
  return db
    .selectFrom('organisations as o')
    .leftJoin('organisations as p', 'p.id', 'o.parent_id')
    .select(['o.id', 'o.name', 'o.type', 'o.parent_id', 'p.name as parent_name', 'o.retired', 'o.created_at', 'o.updated_at']);
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

const toOrganisation = (r: Row): Organisation => ({
  id: Number(r.id),
  name: r.name,
  type: r.type as OrgType,
  parentId: r.parent_id === null ? null : Number(r.parent_id),
  parentName: r.parent_name,
  retired: Boolean(r.retired),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const organisationsRepository = {
  async findById(db: Db, id: number): Promise<Organisation | null> {
    const row = await baseQuery(db).where('o.id', '=', id).executeTakeFirst();
    return row ? toOrganisation(row) : null;
  },

  async findByName(db: Db, name: string): Promise<Organisation | null> {
    const row = await baseQuery(db).where('o.name', '=', name).executeTakeFirst();
    return row ? toOrganisation(row) : null;
  },

  async findByIds(db: Db, ids: number[]): Promise<Organisation[]> {
    if (ids.length === 0) return [];
    return (await baseQuery(db).where('o.id', 'in', ids).execute()).map(toOrganisation);
  },

  /** Every organisation of a type, in the order they were created (cities in the reference order). */
  async ofType(db: Db, type: OrgType): Promise<Organisation[]> {
    return (await baseQuery(db).where('o.type', '=', type).orderBy('o.id').execute()).map(toOrganisation);
  },

  async page(db: Db, kind: DatabaseKind, q: OrganisationQuery): Promise<{ items: Organisation[]; total: number }> {
    let query = baseQuery(db);
    if (q.type) query = query.where('o.type', '=', q.type);
    if (q.q) query = query.where(containsInsensitive(kind, 'o.name', q.q));
    const total = await countRows(query);
    const rows = await query
      .orderBy('o.id')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute();
    return { items: rows.map(toOrganisation), total };
  },

  async insert(db: Db, values: Insertable<OrganisationsTable>): Promise<number> {
    const row = await db.insertInto('organisations').values(values).returning('id').executeTakeFirstOrThrow();
    return Number(row.id);
  },

  async update(db: Db, id: number, values: Updateable<OrganisationsTable>): Promise<void> {
    await db.updateTable('organisations').set(values).where('id', '=', id).execute();
  },
};
