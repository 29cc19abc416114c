import type { OrgType, Role, User, UserQuery } from '@chainboard/contracts';
import { type Insertable, sql, type Updateable } from 'kysely';
import type { DatabaseKind, Db, UsersTable } from '../../db/database.js';
import { containsInsensitive } from '../../db/dialect.js';
import { countRows } from '../../db/paging.js';

function baseQuery(db: Db) {
  return db
    .selectFrom('users as u')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select([
      'u.id',
      'u.username',
      'u.display_name',
      'u.organisation_id',
      'u.password_hash',
      'u.must_change_password',
      'u.failed_attempts',
      'u.locked_until',
      'u.disabled',
      'u.last_login_at',
      'u.created_at',
      'o.name as organisation_name',
      'o.type as organisation_type',
    ]);
}

type UserRow = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;
export type UserRecord = User & { passwordHash: string; failedAttempts: number };

function toRecord(row: UserRow, roles: Role[]): UserRecord {
  return {
    id: Number(row.id),
    username: row.username,
    displayName: row.display_name,
    organisationId: Number(row.organisation_id),
    organisationName: row.organisation_name,
    organisationType: row.organisation_type as OrgType,
    roles,
    disabled: Boolean(row.disabled),
    lockedUntil: row.locked_until,
    mustChangePassword: Boolean(row.must_change_password),
    lastLoginAt: row.last_login_at,
    createdAt: row.created_at,
    passwordHash: row.password_hash,
    failedAttempts: Number(row.failed_attempts),
  };
}

async function rolesByUser(db: Db, ids: number[]): Promise<Map<number, Role[]>> {
  const map = new Map<number, Role[]>();
  if (ids.length === 0) return map;
  const rows = await db.selectFrom('user_roles').select(['user_id', 'role']).where('user_id', 'in', ids).execute();
  for (const r of rows) {
    const list = map.get(Number(r.user_id)) ?? [];
    list.push(r.role as Role);
    map.set(Number(r.user_id), list);
  }
  for (const list of map.values()) list.sort();
  return map;
}

export const usersRepository = {
  async findById(db: Db, id: number): Promise<UserRecord | null> {
    const row = await baseQuery(db).where('u.id', '=', id).executeTakeFirst();
    if (!row) return null;
    return toRecord(row, (await rolesByUser(db, [id])).get(id) ?? []);
  },

  async findByUsername(db: Db, username: string): Promise<UserRecord | null> {
    const row = await baseQuery(db).where('u.username', '=', username).executeTakeFirst();
    if (!row) return null;
    const id = Number(row.id);
    return toRecord(row, (await rolesByUser(db, [id])).get(id) ?? []);
  },

  async page(db: Db, kind: DatabaseKind, q: UserQuery): Promise<{ items: UserRecord[]; total: number }> {
    let query = baseQuery(db);
    if (q.organisationId) query = query.where('u.organisation_id', '=', q.organisationId);
    if (q.role) {
      const role = q.role;
      query = query.where((eb) =>
        eb.exists(eb.selectFrom('user_roles as r').whereRef('r.user_id', '=', 'u.id').where('r.role', '=', role).select('r.user_id')),
      );
    }
    if (q.q) {
      const needle = q.q;
      query = query.where((eb) =>
        eb.or([containsInsensitive(kind, 'u.username', needle), containsInsensitive(kind, 'u.display_name', needle)]),
      );
    }
    const total = await countRows(query);
    const rows = await query
      .orderBy('u.id')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute();
    const roles = await rolesByUser(
      db,
      rows.map((r) => Number(r.id)),
    );
    return { items: rows.map((r) => toRecord(r, roles.get(Number(r.id)) ?? [])), total };
  },

  async insert(db: Db, values: Insertable<UsersTable>): Promise<number> {
    const row = await db.insertInto('users').values(values).returning('id').executeTakeFirstOrThrow();
    return Number(row.id);
  },

  async update(db: Db, id: number, values: Updateable<UsersTable>): Promise<void> {
    await db.updateTable('users').set(values).where('id', '=', id).execute();
  },

  /**
   * Takes the next place in the account's failure count before its password is checked, in one
   * atomic statement: `null` when the account is locked. The place that reaches `max` sets the lock;
   * once a lock has expired the count starts again at 1. `lockedUntil` is the lock this place set.
   */
  async reserveAttempt(
    db: Db,
    id: number,
    a: { now: string; lockUntil: string; max: number },
  ): Promise<{ attempts: number; lockedUntil: string | null } | null> {
    const place = sql<number>`(case when locked_until is null then failed_attempts + 1 else 1 end)`;
    const row = await db
      .updateTable('users')
      .set({
        failed_attempts: place,
        // the column itself in the second branch gives the CASE its type on PostgreSQL
        locked_until: sql<
          string | null
        >`case when ${place} >= ${a.max} then ${a.lockUntil} when locked_until is null then locked_until end`,
      })
      .where('id', '=', id)
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', a.now)]))
      .returning(['failed_attempts', 'locked_until'])
      .executeTakeFirst();
    return row ? { attempts: Number(row.failed_attempts), lockedUntil: row.locked_until } : null;
  },

  /** An attempt refused by the lock still counts; the lock it found, or null when it has just ended. */
  async countRefusedAttempt(db: Db, id: number, now: string): Promise<string | null> {
    const row = await db
      .updateTable('users')
      .set((eb) => ({ failed_attempts: eb('failed_attempts', '+', 1) }))
      .where('id', '=', id)
      .where('locked_until', '>', now)
      .returning('locked_until')
      .executeTakeFirst();
    return row?.locked_until ?? null;
  },

  /**
   * A right password clears the count it took a place in, unless another attempt reached the lock
   * meanwhile: true when the count was cleared. `values` are written in the same statement.
   */
  async releaseAttempt(db: Db, id: number, a: { attempts: number; max: number }, values: Updateable<UsersTable> = {}): Promise<boolean> {
    const row = await db
      .updateTable('users')
      .set({ ...values, failed_attempts: 0, locked_until: null })
      .where('id', '=', id)
      .where((eb) => eb.or([eb('failed_attempts', '<', a.max), eb('failed_attempts', '=', a.attempts)]))
      .returning('id')
      .executeTakeFirst();
    return row !== undefined;
  },

  async setRoles(db: Db, userId: number, roles: readonly Role[]): Promise<void> {
    await db.deleteFrom('user_roles').where('user_id', '=', userId).execute();
    if (roles.length > 0) {
      await db
        .insertInto('user_roles')
        .values(roles.map((role) => ({ user_id: userId, role })))
        .execute();
    }
  },

  async countActiveWithRole(db: Db, role: Role): Promise<number> {
    const row = await db
      .selectFrom('user_roles as r')
      .innerJoin('users as u', 'u.id', 'r.user_id')
      .where('r.role', '=', role)
      .where('u.disabled', '=', false)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },
};

/** The public shape of a user: never the hash. */
export function publicUser(u: UserRecord): User {
  const { passwordHash: _hash, failedAttempts: _attempts, ...user } = u;
  return user;
}
