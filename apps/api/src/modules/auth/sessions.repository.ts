import type { Db } from '../../db/database.js';

export const sessionsRepository = {
  async insert(db: Db, s: { id: string; userId: number; csrfToken: string; ip: string | null; now: string }) {
    await db
      .insertInto('sessions')
      .values({ id: s.id, user_id: s.userId, csrf_token: s.csrfToken, ip: s.ip, created_at: s.now, last_seen_at: s.now })
      .execute();
  },

  async find(db: Db, id: string) {
    return db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
  },

  async touch(db: Db, id: string, now: string) {
    await db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', id).execute();
  },

  async delete(db: Db, id: string) {
    await db.deleteFrom('sessions').where('id', '=', id).execute();
  },

  async deleteForUser(db: Db, userId: number, exceptId?: string) {
    let q = db.deleteFrom('sessions').where('user_id', '=', userId);
    if (exceptId) q = q.where('id', '!=', exceptId);
    await q.execute();
  },

  async deleteIdleBefore(db: Db, cutoff: string) {
    await db.deleteFrom('sessions').where('last_seen_at', '<', cutoff).execute();
  },
};
