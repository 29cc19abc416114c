import type { Kysely } from 'kysely';
import { columnsFor, dialectOf } from '../dialect.js';

/**
 * The planning documents a plan asks for (who owes which document by when), the documents given,
 * chain masters' own attraction targets, and the office's edited text of each quarterly report.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const c = columnsFor(dialectOf(db));
  await c
    .id(db.schema.createTable('plan_document_requirements'))
    .addColumn('plan_id', 'bigint', (col) => col.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (col) => col.notNull())
    .addColumn('kind', 'varchar(40)', (col) => col.notNull())
    .addColumn('title', 'varchar(200)', (col) => col.notNull())
    .addColumn('owed_by', 'varchar(20)', (col) => col.notNull())
    .addColumn('due_on', 'varchar(10)', (col) => col.notNull())
    .addColumn('evidence_task_seq', 'integer')
    .addColumn('evidence_quarter', 'integer')
    .addColumn('source', 'varchar(200)')
    .execute();
  await c
    .id(db.schema.createTable('planning_documents'))
    .addColumn('requirement_id', 'bigint', (col) => col.notNull().references('plan_document_requirements.id').onDelete('cascade'))
    .addColumn('organisation_id', 'bigint', (col) => col.references('organisations.id'))
    .addColumn('enterprise_id', 'bigint', (col) => col.references('enterprises.id'))
    .addColumn('chain_id', 'bigint', (col) => col.references('chains.id'))
    .addColumn('title', 'varchar(200)', (col) => col.notNull())
    .addColumn('issued_on', 'varchar(10)', (col) => col.notNull())
    .addColumn('note', 'text')
    .addColumn('submitted_by', 'bigint', (col) => col.references('users.id'))
    .addColumn('submitted_at', c.timestamp, (col) => col.notNull())
    .addColumn('updated_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('planning_documents_owner')
    .on('planning_documents')
    .columns(['requirement_id', 'organisation_id', 'enterprise_id', 'chain_id'])
    .execute();

  await db.schema
    .alterTable('attraction_targets')
    .addColumn('enterprise_id', 'bigint', (col) => col.references('enterprises.id'))
    .execute();
  // a chain master's target sits with its city and chain: the enterprise is part of what makes a target one
  await db.schema.dropIndex('attraction_targets_once').execute();
  await db.schema
    .createIndex('attraction_targets_once')
    .on('attraction_targets')
    .columns(['year', 'organisation_id', 'chain_id', 'enterprise_id'])
    .unique()
    .execute();

  await db.schema
    .createTable('quarterly_report_texts')
    .addColumn('period', 'varchar(6)', (col) => col.primaryKey())
    .addColumn('overview', 'text', (col) => col.notNull())
    .addColumn('next_steps', 'text', (col) => col.notNull())
    .addColumn('saved_by', 'bigint', (col) => col.references('users.id'))
    .addColumn('saved_at', c.timestamp, (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('quarterly_report_texts').execute();
  await db.schema.dropIndex('attraction_targets_once').execute();
  await db.schema.alterTable('attraction_targets').dropColumn('enterprise_id').execute();
  await db.schema
    .createIndex('attraction_targets_once')
    .on('attraction_targets')
    .columns(['year', 'organisation_id', 'chain_id'])
    .unique()
    .execute();
  await db.schema.dropTable('planning_documents').execute();
  await db.schema.dropTable('plan_document_requirements').execute();
}
