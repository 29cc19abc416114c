import type { Kysely } from 'kysely';
import { columnsFor, dialectOf } from '../dialect.js';

/** Collaboration alliances (产业链协作联合体), their activities, and stored documents with their items. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const c = columnsFor(dialectOf(db));
  await c
    .id(db.schema.createTable('alliances'))
    .addColumn('chain_id', 'bigint', (col) => col.notNull().references('chains.id'))
    .addColumn('name', 'varchar(100)', (col) => col.notNull())
    .addColumn('leader_enterprise_id', 'bigint', (col) => col.notNull().references('enterprises.id'))
    .addColumn('fields', 'text', (col) => col.notNull())
    .addColumn('pilot', c.boolean, (col) => col.notNull())
    .addColumn('founded_on', 'varchar(10)', (col) => col.notNull())
    .addColumn('notes', 'text')
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .addColumn('updated_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema.createIndex('alliances_chain').on('alliances').column('chain_id').execute();

  await db.schema
    .createTable('alliance_members')
    .addColumn('alliance_id', 'bigint', (col) => col.notNull().references('alliances.id').onDelete('cascade'))
    .addColumn('enterprise_id', 'bigint', (col) => col.notNull().references('enterprises.id'))
    .addColumn('joined_on', 'varchar(10)', (col) => col.notNull())
    .addPrimaryKeyConstraint('alliance_members_pk', ['alliance_id', 'enterprise_id'])
    .execute();

  await c
    .id(db.schema.createTable('alliance_activities'))
    .addColumn('alliance_id', 'bigint', (col) => col.notNull().references('alliances.id').onDelete('cascade'))
    .addColumn('date', 'varchar(10)', (col) => col.notNull())
    .addColumn('field', 'varchar(20)', (col) => col.notNull())
    .addColumn('title', 'varchar(100)', (col) => col.notNull())
    .addColumn('result', 'text')
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .execute();

  // documents belong to an owner record (an alliance today; plans and reports later)
  await c
    .id(db.schema.createTable('documents'))
    .addColumn('owner_type', 'varchar(32)', (col) => col.notNull())
    .addColumn('owner_id', 'bigint', (col) => col.notNull())
    .addColumn('kind', 'varchar(32)', (col) => col.notNull())
    .addColumn('title', 'varchar(100)', (col) => col.notNull())
    .addColumn('file_name', 'varchar(200)', (col) => col.notNull())
    .addColumn('content_type', 'varchar(100)', (col) => col.notNull())
    .addColumn('size', 'integer', (col) => col.notNull())
    .addColumn('content', c.binary, (col) => col.notNull())
    .addColumn('uploaded_by', 'bigint')
    .addColumn('uploaded_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema.createIndex('documents_owner').on('documents').columns(['owner_type', 'owner_id']).execute();

  await c
    .id(db.schema.createTable('document_items'))
    .addColumn('document_id', 'bigint', (col) => col.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (col) => col.notNull())
    .addColumn('content', 'varchar(500)', (col) => col.notNull())
    .addColumn('responsible', 'varchar(100)')
    .addColumn('due_on', 'varchar(10)')
    .addColumn('status', 'varchar(16)', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['document_items', 'documents', 'alliance_activities', 'alliance_members', 'alliances'])
    await db.schema.dropTable(t).execute();
}
