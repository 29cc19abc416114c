import type { HonourKind, HonourLevel, HonourRecord } from '@chainboard/contracts';
import type { Db } from '../../db/database.js';

export const honoursRepository = {
  async list(db: Db, enterpriseId: number): Promise<HonourRecord[]> {
    const rows = await db
      .selectFrom('enterprise_honours')
      .selectAll()
      .where('enterprise_id', '=', enterpriseId)
      .orderBy('year', 'desc')
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      id: Number(r.id),
      kind: r.kind as HonourKind,
      level: r.level as HonourLevel,
      year: Number(r.year),
      revokedOn: r.revoked_on,
      note: r.note,
    }));
  },

  async find(db: Db, enterpriseId: number, id: number) {
    return db
      .selectFrom('enterprise_honours')
      .selectAll()
      .where('enterprise_id', '=', enterpriseId)
      .where('id', '=', id)
      .executeTakeFirst();
  },

  async insert(
    db: Db,
    h: { enterpriseId: number; kind: HonourKind; level: HonourLevel; year: number; note: string | null; now: string },
  ): Promise<number> {
    const row = await db
      .insertInto('enterprise_honours')
      .values({
        enterprise_id: h.enterpriseId,
        kind: h.kind,
        level: h.level,
        year: h.year,
        revoked_on: null,
        note: h.note,
        created_at: h.now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return Number(row.id);
  },

  /** An honour is never deleted: it is revoked from a date, and the record keeps it. */
  async revoke(db: Db, id: number, revokedOn: string, note: string | null) {
    await db.updateTable('enterprise_honours').set({ revoked_on: revokedOn, note }).where('id', '=', id).execute();
  },
};
