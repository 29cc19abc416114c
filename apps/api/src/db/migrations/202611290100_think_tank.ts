import type { Kysely } from 'kysely';
import { columnsFor, dialectOf } from '../dialect.js';

/** The think tank: experts, a consultation group per chain, consultations, reports and flexible pairings. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const c = columnsFor(dialectOf(db));
  await c
    .id(db.schema.createTable('experts'))
    .addColumn('name', 'varchar(50)', (col) => col.notNull())
    .addColumn('field', 'varchar(100)', (col) => col.notNull())
    .addColumn('work_unit', 'varchar(100)', (col) => col.notNull())
    .addColumn('title', 'varchar(50)')
    .addColumn('phone', 'varchar(30)')
    .addColumn('email', 'varchar(100)')
    .addColumn('notes', 'text')
    .addColumn('user_id', 'bigint', (col) => col.references('users.id').unique())
    .addColumn('demo', c.boolean, (col) => col.notNull())
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .addColumn('updated_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema
    .createTable('expert_chains')
    .addColumn('expert_id', 'bigint', (col) => col.notNull().references('experts.id').onDelete('cascade'))
    .addColumn('chain_id', 'bigint', (col) => col.notNull().references('chains.id'))
    .addPrimaryKeyConstraint('expert_chains_pk', ['expert_id', 'chain_id'])
    .execute();
  await db.schema
    .createTable('expert_groups')
    .addColumn('chain_id', 'bigint', (col) => col.primaryKey().references('chains.id'))
    .addColumn('published_at', 'varchar(10)')
    .addColumn('updated_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema
    .createTable('expert_group_members')
    .addColumn('chain_id', 'bigint', (col) => col.notNull().references('expert_groups.chain_id').onDelete('cascade'))
    .addColumn('expert_id', 'bigint', (col) => col.notNull().references('experts.id'))
    .addColumn('role', 'varchar(10)', (col) => col.notNull())
    .addPrimaryKeyConstraint('expert_group_members_pk', ['chain_id', 'expert_id'])
    .execute();
  await db.schema.createIndex('expert_group_members_expert').on('expert_group_members').column('expert_id').execute();
  await c
    .id(db.schema.createTable('consultations'))
    .addColumn('chain_id', 'bigint', (col) => col.notNull().references('chains.id'))
    .addColumn('held_on', 'varchar(10)', (col) => col.notNull())
    .addColumn('topic', 'varchar(200)', (col) => col.notNull())
    .addColumn('outcome', 'text')
    .addColumn('recorded_by_org_id', 'bigint', (col) => col.references('organisations.id'))
    .addColumn('demo', c.boolean, (col) => col.notNull())
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema.createIndex('consultations_chain').on('consultations').columns(['chain_id', 'held_on']).execute();
  await db.schema
    .createTable('consultation_experts')
    .addColumn('consultation_id', 'bigint', (col) => col.notNull().references('consultations.id').onDelete('cascade'))
    .addColumn('expert_id', 'bigint', (col) => col.notNull().references('experts.id'))
    .addPrimaryKeyConstraint('consultation_experts_pk', ['consultation_id', 'expert_id'])
    .execute();
  await db.schema
    .createTable('consultation_enterprises')
    .addColumn('consultation_id', 'bigint', (col) => col.notNull().references('consultations.id').onDelete('cascade'))
    .addColumn('enterprise_id', 'bigint', (col) => col.notNull().references('enterprises.id'))
    .addPrimaryKeyConstraint('consultation_enterprises_pk', ['consultation_id', 'enterprise_id'])
    .execute();
  await c
    .id(db.schema.createTable('expert_reports'))
    .addColumn('chain_id', 'bigint', (col) => col.notNull().references('chains.id'))
    .addColumn('title', 'varchar(200)', (col) => col.notNull())
    .addColumn('reported_on', 'varchar(10)', (col) => col.notNull())
    .addColumn('recommendations', 'text', (col) => col.notNull())
    .addColumn('follow_up', 'text')
    .addColumn('follow_up_state', 'varchar(20)', (col) => col.notNull())
    .addColumn('demo', c.boolean, (col) => col.notNull())
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema
    .createTable('expert_report_authors')
    .addColumn('report_id', 'bigint', (col) => col.notNull().references('expert_reports.id').onDelete('cascade'))
    .addColumn('expert_id', 'bigint', (col) => col.notNull().references('experts.id'))
    .addPrimaryKeyConstraint('expert_report_authors_pk', ['report_id', 'expert_id'])
    .execute();
  await c
    .id(db.schema.createTable('expert_pairings'))
    .addColumn('expert_id', 'bigint', (col) => col.notNull().references('experts.id'))
    .addColumn('enterprise_id', 'bigint', (col) => col.notNull().references('enterprises.id'))
    .addColumn('chain_id', 'bigint', (col) => col.notNull().references('chains.id'))
    .addColumn('from_on', 'varchar(10)', (col) => col.notNull())
    .addColumn('to_on', 'varchar(10)')
    .addColumn('notes', 'text')
    .addColumn('demo', c.boolean, (col) => col.notNull())
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema.createIndex('expert_pairings_expert').on('expert_pairings').column('expert_id').execute();
  await c
    .id(db.schema.createTable('pairing_services'))
    .addColumn('pairing_id', 'bigint', (col) => col.notNull().references('expert_pairings.id').onDelete('cascade'))
    .addColumn('served_on', 'varchar(10)', (col) => col.notNull())
    .addColumn('content', 'text', (col) => col.notNull())
    .addColumn('recorded_by', 'varchar(100)', (col) => col.notNull())
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'pairing_services',
    'expert_pairings',
    'expert_report_authors',
    'expert_reports',
    'consultation_enterprises',
    'consultation_experts',
    'consultations',
    'expert_group_members',
    'expert_groups',
    'expert_chains',
    'experts',
  ])
    await db.schema.dropTable(t).execute();
}
