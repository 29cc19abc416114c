import type { AuditQuery } from '@chainboard/contracts';
import type { Insertable, Selectable } from 'kysely';
import type { AuditLogTable, DatabaseKind, Db } from '../../db/database.js';
import { containsInsensitive } from '../../db/dialect.js';
import type { AuditHead } from './audit-head.js';

export type AuditRow = Selectable<AuditLogTable>;

export const auditRepository = {
  async insert(db: Db, row: Insertable<AuditLogTable>): Promise<number> {
    const { id } = await db.insertInto('audit_log').values(row).returning('id').executeTakeFirstOrThrow();
    return Number(id);
  },

  async macAt(db: Db, id: number): Promise<string | null> {
    const row = await db.selectFrom('audit_log').select('mac').where('id', '=', id).executeTakeFirst();
    return row?.mac ?? null;
  },

  async head(db: Db): Promise<AuditHead | null> {
    const r = await db.selectFrom('audit_head').selectAll().where('id', '=', 1).executeTakeFirst();
    if (!r) return null;
    return {
      lastId: Number(r.last_id),
      rowCount: Number(r.row_count),
      lastMac: r.last_mac,
      fingerprint: r.key_fingerprint,
      at: r.at,
      signature: r.signature,
    };
  },

  async setHead(db: Db, h: AuditHead): Promise<void> {
    await db
      .updateTable('audit_head')
      .set({
        last_id: h.lastId,
        row_count: h.rowCount,
        last_mac: h.lastMac,
        key_fingerprint: h.fingerprint,
        at: h.at,
        signature: h.signature,
      })
      .where('id', '=', 1)
      .execute();
  },

  async page(db: Db, kind: DatabaseKind, q: AuditQuery): Promise<{ rows: AuditRow[]; total: number }> {
    let query = db.selectFrom('audit_log');
    if (q.actor) query = query.where(containsInsensitive(kind, 'actor_username', q.actor));
    if (q.action) query = query.where('action', '=', q.action);
    if (q.entityType) query = query.where('entity_type', '=', q.entityType);
    if (q.entityId) query = query.where('entity_id', '=', q.entityId);
    if (q.from) query = query.where('at', '>=', `${q.from}T00:00:00.000Z`);
    if (q.to) query = query.where('at', '<', nextDay(q.to));
    const [{ total }] = await query.select((eb) => eb.fn.countAll<number>().as('total')).execute();
    const rows = await query
      .selectAll()
      .orderBy('id', 'desc')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute();
    return { rows, total: Number(total) };
  },

  /** The rows about some records: exact ids per entity type, or ids starting with a prefix. */
  async forRecords(db: Db, refs: { type: string; ids?: string[]; prefix?: string }[], limit = 500): Promise<AuditRow[]> {
    return db
      .selectFrom('audit_log')
      .selectAll()
      .where((eb) =>
        eb.or(
          refs.map((r) =>
            eb.and([
              eb('entity_type', '=', r.type),
              r.prefix !== undefined ? eb('entity_id', 'like', `${r.prefix}%`) : eb('entity_id', 'in', r.ids?.length ? r.ids : ['']),
            ]),
          ),
        ),
      )
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
  },

  /** Rows in chain order, a batch at a time, so verifying a long trail needs little memory. */
  async batchAfter(db: Db, afterId: number, size: number): Promise<AuditRow[]> {
    return db.selectFrom('audit_log').selectAll().where('id', '>', afterId).orderBy('id').limit(size).execute();
  },
};

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString();
}
