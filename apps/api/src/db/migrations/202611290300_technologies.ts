import type { Kysely } from 'kysely';
import { columnsFor, dialectOf } from '../dialect.js';

/**
 * Key technologies (关键性技术): each chain's list of key technologies with the enterprises tackling
 * them, innovation consortia (创新联合体) and their members, innovation platforms (创新平台), and the
 * quarterly summaries of breakthroughs.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const c = columnsFor(dialectOf(db));
  await c
    .id(db.schema.createTable('key_technologies'))
    .addColumn('chain_id', 'bigint', (col) => col.notNull().references('chains.id'))
    .addColumn('segment_id', 'bigint', (col) => col.references('chain_segments.id'))
    .addColumn('name', 'varchar(100)', (col) => col.notNull())
    .addColumn('gap', 'text', (col) => col.notNull())
    .addColumn('institutes', 'text')
    .addColumn('state', 'varchar(20)', (col) => col.notNull())
    .addColumn('target_on', 'varchar(10)')
    .addColumn('broken_through_on', 'varchar(10)')
    .addColumn('demo', c.boolean, (col) => col.notNull())
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .addColumn('updated_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema.createIndex('key_technologies_chain').on('key_technologies').columns(['chain_id', 'state']).execute();
  await db.schema
    .createTable('technology_enterprises')
    .addColumn('technology_id', 'bigint', (col) => col.notNull().references('key_technologies.id').onDelete('cascade'))
    .addColumn('enterprise_id', 'bigint', (col) => col.notNull().references('enterprises.id'))
    .addPrimaryKeyConstraint('technology_enterprises_pk', ['technology_id', 'enterprise_id'])
    .execute();
  await db.schema.createIndex('technology_enterprises_enterprise').on('technology_enterprises').column('enterprise_id').execute();

  await c
    .id(db.schema.createTable('innovation_consortia'))
    .addColumn('chain_id', 'bigint', (col) => col.notNull().references('chains.id'))
    .addColumn('name', 'varchar(100)', (col) => col.notNull())
    .addColumn('leader_enterprise_id', 'bigint', (col) => col.notNull().references('enterprises.id'))
    .addColumn('jinchuanggu', c.boolean, (col) => col.notNull())
    .addColumn('founded_on', 'varchar(10)')
    .addColumn('notes', 'text')
    .addColumn('demo', c.boolean, (col) => col.notNull())
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .addColumn('updated_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema.createIndex('innovation_consortia_chain').on('innovation_consortia').column('chain_id').execute();
  await c
    .id(db.schema.createTable('consortium_members'))
    .addColumn('consortium_id', 'bigint', (col) => col.notNull().references('innovation_consortia.id').onDelete('cascade'))
    .addColumn('enterprise_id', 'bigint', (col) => col.references('enterprises.id'))
    .addColumn('name', 'varchar(100)')
    .addColumn('kind', 'varchar(20)', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('consortium_members_consortium').on('consortium_members').column('consortium_id').execute();
  await db.schema
    .createTable('consortium_technologies')
    .addColumn('consortium_id', 'bigint', (col) => col.notNull().references('innovation_consortia.id').onDelete('cascade'))
    .addColumn('technology_id', 'bigint', (col) => col.notNull().references('key_technologies.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('consortium_technologies_pk', ['consortium_id', 'technology_id'])
    .execute();

  await c
    .id(db.schema.createTable('innovation_platforms'))
    .addColumn('chain_id', 'bigint', (col) => col.notNull().references('chains.id'))
    .addColumn('name', 'varchar(100)', (col) => col.notNull())
    .addColumn('kind', 'varchar(20)', (col) => col.notNull())
    .addColumn('level', 'varchar(20)', (col) => col.notNull())
    .addColumn('host_enterprise_id', 'bigint', (col) => col.references('enterprises.id'))
    .addColumn('host_name', 'varchar(100)')
    .addColumn('recognised_on', 'varchar(10)')
    .addColumn('demo', c.boolean, (col) => col.notNull())
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .addColumn('updated_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema.createIndex('innovation_platforms_chain').on('innovation_platforms').column('chain_id').execute();

  await c
    .id(db.schema.createTable('breakthrough_summaries'))
    .addColumn('chain_id', 'bigint', (col) => col.notNull().references('chains.id'))
    .addColumn('quarter', 'varchar(6)', (col) => col.notNull())
    .addColumn('summary', 'text', (col) => col.notNull())
    .addColumn('written_by', 'bigint', (col) => col.references('organisations.id'))
    .addColumn('demo', c.boolean, (col) => col.notNull())
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .addColumn('updated_at', c.timestamp, (col) => col.notNull())
    .addUniqueConstraint('breakthrough_summaries_chain_quarter', ['chain_id', 'quarter'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'breakthrough_summaries',
    'innovation_platforms',
    'consortium_technologies',
    'consortium_members',
    'innovation_consortia',
    'technology_enterprises',
    'key_technologies',
  ])
    await db.schema.dropTable(t).execute();
}
