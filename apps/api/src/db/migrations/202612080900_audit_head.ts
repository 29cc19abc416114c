import { type Kysely, sql } from 'kysely';
import { dialectOf } from '../dialect.js';

/**
 * The audit trail proves its length: `audit_head` holds the chain's head (last id, row count, last
 * MAC), kept by every audit write in its transaction and signed with the audit key, and the key's
 * fingerprint, so a process with another key refuses to start. Backfill: the head of the rows already
 * there, unsigned (a migration has no key); the first process to start signs it. Triggers make
 * audit_log append-only and the head row undeletable and unable to move backwards.
 */
// biome-ignore lint/suspicious/noExplicitAny: the backfill reads a table the typed schema describes
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('audit_head')
    .addColumn('id', 'integer', (col) => col.primaryKey())
    .addColumn('last_id', 'bigint', (col) => col.notNull())
    .addColumn('row_count', 'bigint', (col) => col.notNull())
    .addColumn('last_mac', 'varchar(64)', (col) => col.notNull())
    .addColumn('key_fingerprint', 'varchar(64)')
    .addColumn('at', 'varchar(32)', (col) => col.notNull())
    .addColumn('signature', 'varchar(64)')
    .execute();

  const counted = await db
    .selectFrom('audit_log')
    .select((eb) => [eb.fn.countAll().as('n'), eb.fn.max('id').as('last')])
    .executeTakeFirstOrThrow();
  const last = await db.selectFrom('audit_log').select(['mac', 'at']).orderBy('id', 'desc').limit(1).executeTakeFirst();
  await db
    .insertInto('audit_head')
    .values({
      id: 1,
      last_id: Number(counted.last ?? 0),
      row_count: Number(counted.n),
      last_mac: last?.mac ?? '0'.repeat(64),
      key_fingerprint: null,
      at: last ? String(last.at) : '1970-01-01T00:00:00.000Z',
      signature: null,
    })
    .execute();

  await createAuditGuards(db);
}

/** The triggers. Exported so a test can put them back after dropping them, as an owner could. */
// biome-ignore lint/suspicious/noExplicitAny: raw DDL
export async function createAuditGuards(db: Kysely<any>): Promise<void> {
  const refused = 'audit_log is append-only: its rows cannot be updated or deleted';
  const backwards = 'audit_head cannot be deleted, move backwards or change its key fingerprint';
  if (dialectOf(db) === 'postgres') {
    await sql`create or replace function audit_log_refuse() returns trigger language plpgsql as $$
      begin raise exception '${sql.raw(refused)}'; end $$`.execute(db);
    await sql`create or replace function audit_head_forward() returns trigger language plpgsql as $$
      begin
        if tg_op <> 'UPDATE' then raise exception '${sql.raw(backwards)}'; end if;
        if new.row_count < old.row_count or new.last_id < old.last_id
           or (old.key_fingerprint is not null and new.key_fingerprint is distinct from old.key_fingerprint) then
          raise exception '${sql.raw(backwards)}';
        end if;
        return new;
      end $$`.execute(db);
    await sql`create trigger audit_log_append_only before update or delete on audit_log for each row execute function audit_log_refuse()`.execute(
      db,
    );
    await sql`create trigger audit_log_no_truncate before truncate on audit_log for each statement execute function audit_log_refuse()`.execute(
      db,
    );
    await sql`create trigger audit_head_forward_only before update or delete on audit_head for each row execute function audit_head_forward()`.execute(
      db,
    );
    await sql`create trigger audit_head_no_truncate before truncate on audit_head for each statement execute function audit_head_forward()`.execute(
      db,
    );
    return;
  }
  await sql`create trigger audit_log_no_update before update on audit_log begin select raise(abort, '${sql.raw(refused)}'); end`.execute(
    db,
  );
  await sql`create trigger audit_log_no_delete before delete on audit_log begin select raise(abort, '${sql.raw(refused)}'); end`.execute(
    db,
  );
  await sql`create trigger audit_head_no_delete before delete on audit_head begin select raise(abort, '${sql.raw(backwards)}'); end`.execute(
    db,
  );
  await sql`create trigger audit_head_forward_only before update on audit_head
    when new.row_count < old.row_count or new.last_id < old.last_id
      or (old.key_fingerprint is not null and new.key_fingerprint is not old.key_fingerprint)
    begin select raise(abort, '${sql.raw(backwards)}'); end`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    await sql`drop trigger if exists audit_log_append_only on audit_log`.execute(db);
    await sql`drop trigger if exists audit_log_no_truncate on audit_log`.execute(db);
    await sql`drop function if exists audit_log_refuse()`.execute(db);
  } else {
    await sql`drop trigger if exists audit_log_no_update`.execute(db);
    await sql`drop trigger if exists audit_log_no_delete`.execute(db);
  }
  await db.schema.dropTable('audit_head').execute();
  if (dialectOf(db) === 'postgres') await sql`drop function if exists audit_head_forward()`.execute(db);
}
