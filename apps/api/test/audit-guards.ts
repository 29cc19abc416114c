import { sql } from 'kysely';
import type { DatabaseKind, Db } from '../src/db/database.js';

/** What an operator with the database owner's rights can do: drop the triggers that keep audit rows. */
export async function dropAuditGuards(db: Db, kind: DatabaseKind): Promise<void> {
  if (kind === 'postgres') {
    for (const [trigger, table] of [
      ['audit_log_append_only', 'audit_log'],
      ['audit_log_no_truncate', 'audit_log'],
      ['audit_head_forward_only', 'audit_head'],
      ['audit_head_no_truncate', 'audit_head'],
    ]) {
      await sql`drop trigger if exists ${sql.raw(trigger)} on ${sql.raw(table)}`.execute(db);
    }
    return;
  }
  for (const trigger of ['audit_log_no_update', 'audit_log_no_delete', 'audit_head_no_delete', 'audit_head_forward_only']) {
    await sql`drop trigger if exists ${sql.raw(trigger)}`.execute(db);
  }
}
