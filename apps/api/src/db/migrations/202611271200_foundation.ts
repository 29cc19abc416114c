import type { Kysely } from 'kysely';
import { columnsFor, dialectOf } from '../dialect.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const c = columnsFor(dialectOf(db));

  await c
    .id(db.schema.createTable('organisations'))
    .addColumn('name', 'varchar(100)', (col) => col.notNull().unique())
    .addColumn('type', 'varchar(20)', (col) => col.notNull())
    .addColumn('parent_id', 'bigint', (col) => col.references('organisations.id'))
    .addColumn('retired', c.boolean, (col) => col.notNull().defaultTo(false))
    .addColumn('created_at', c.timestamp, (col) => col.notNull().defaultTo(c.now))
    .addColumn('updated_at', c.timestamp, (col) => col.notNull().defaultTo(c.now))
    .execute();
  await db.schema.createIndex('organisations_type').on('organisations').columns(['type', 'parent_id']).execute();

  await c
    .id(db.schema.createTable('users'))
    .addColumn('username', 'varchar(64)', (col) => col.notNull().unique())
    .addColumn('display_name', 'varchar(50)', (col) => col.notNull())
    .addColumn('organisation_id', 'bigint', (col) => col.notNull().references('organisations.id'))
    .addColumn('password_hash', 'varchar(255)', (col) => col.notNull())
    .addColumn('must_change_password', c.boolean, (col) => col.notNull().defaultTo(true))
    .addColumn('failed_attempts', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('locked_until', c.timestamp)
    .addColumn('disabled', c.boolean, (col) => col.notNull().defaultTo(false))
    .addColumn('last_login_at', c.timestamp)
    .addColumn('created_at', c.timestamp, (col) => col.notNull().defaultTo(c.now))
    .addColumn('updated_at', c.timestamp, (col) => col.notNull().defaultTo(c.now))
    .execute();
  await db.schema.createIndex('users_organisation').on('users').column('organisation_id').execute();

  await db.schema
    .createTable('user_roles')
    .addColumn('user_id', 'bigint', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('role', 'varchar(32)', (col) => col.notNull())
    .addPrimaryKeyConstraint('user_roles_pk', ['user_id', 'role'])
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'varchar(64)', (col) => col.primaryKey())
    .addColumn('user_id', 'bigint', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('csrf_token', 'varchar(64)', (col) => col.notNull())
    .addColumn('ip', 'varchar(64)')
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .addColumn('last_seen_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

  await c
    .id(db.schema.createTable('chains'))
    .addColumn('code', 'varchar(20)', (col) => col.notNull().unique())
    .addColumn('name', 'varchar(50)', (col) => col.notNull().unique())
    .addColumn('batch', 'integer', (col) => col.notNull())
    .addColumn('status', 'varchar(16)', (col) => col.notNull())
    .addColumn('leader_name', 'varchar(50)')
    .addColumn('leader_post', 'varchar(100)')
    .addColumn('leader_user_id', 'bigint', (col) => col.references('users.id'))
    .addColumn('lead_unit_id', 'bigint', (col) => col.references('organisations.id'))
    .addColumn('notes', 'text')
    .addColumn('created_at', c.timestamp, (col) => col.notNull().defaultTo(c.now))
    .addColumn('updated_at', c.timestamp, (col) => col.notNull().defaultTo(c.now))
    .execute();
  await db.schema.createIndex('chains_lead_unit').on('chains').column('lead_unit_id').execute();

  await db.schema
    .createTable('chain_hosts')
    .addColumn('chain_id', 'bigint', (col) => col.notNull().references('chains.id').onDelete('cascade'))
    .addColumn('organisation_id', 'bigint', (col) => col.notNull().references('organisations.id'))
    .addPrimaryKeyConstraint('chain_hosts_pk', ['chain_id', 'organisation_id'])
    .execute();
  await db.schema.createIndex('chain_hosts_org').on('chain_hosts').column('organisation_id').execute();

  await c
    .id(db.schema.createTable('audit_log'))
    .addColumn('at', c.timestamp, (col) => col.notNull())
    .addColumn('actor_user_id', 'bigint')
    .addColumn('actor_username', 'varchar(64)')
    .addColumn('organisation_id', 'bigint')
    .addColumn('action', 'varchar(32)', (col) => col.notNull())
    .addColumn('entity_type', 'varchar(64)', (col) => col.notNull())
    .addColumn('entity_id', 'varchar(64)')
    .addColumn('before_json', 'text')
    .addColumn('after_json', 'text')
    .addColumn('ip', 'varchar(64)')
    .addColumn('prev_mac', 'varchar(64)', (col) => col.notNull())
    .addColumn('mac', 'varchar(64)', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('audit_log_entity').on('audit_log').columns(['entity_type', 'entity_id']).execute();
  await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();

  await db.schema
    .createTable('settings')
    .addColumn('key', 'varchar(64)', (col) => col.primaryKey())
    .addColumn('value', 'text', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['settings', 'audit_log', 'chain_hosts', 'chains', 'sessions', 'user_roles', 'users', 'organisations']) {
    await db.schema.dropTable(t).execute();
  }
}
