import type { Kysely } from 'kysely';
import { columnsFor, dialectOf } from '../dialect.js';

/** Investment attraction: host zones with their opinions, targets, and the lead pipeline. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const c = columnsFor(dialectOf(db));
  await c
    .id(db.schema.createTable('host_zone_proposals'))
    .addColumn('chain_id', 'bigint', (col) => col.notNull().references('chains.id'))
    .addColumn('zone_id', 'bigint', (col) => col.notNull().references('organisations.id'))
    .addColumn('proposed_by', 'bigint', (col) => col.notNull().references('organisations.id'))
    .addColumn('reason', 'text', (col) => col.notNull())
    .addColumn('state', 'varchar(16)', (col) => col.notNull())
    .addColumn('decision_note', 'text')
    .addColumn('published_at', c.timestamp)
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .addUniqueConstraint('host_zone_once', ['chain_id', 'zone_id'])
    .execute();

  await db.schema
    .createTable('proposal_opinions')
    .addColumn('proposal_id', 'bigint', (col) => col.notNull().references('host_zone_proposals.id').onDelete('cascade'))
    .addColumn('organisation_id', 'bigint', (col) => col.notNull().references('organisations.id'))
    .addColumn('verdict', 'varchar(16)', (col) => col.notNull())
    .addColumn('note', 'text')
    .addColumn('at', c.timestamp, (col) => col.notNull())
    .addPrimaryKeyConstraint('proposal_opinions_pk', ['proposal_id', 'organisation_id'])
    .execute();

  await c
    .id(db.schema.createTable('attraction_targets'))
    .addColumn('year', 'integer', (col) => col.notNull())
    .addColumn('organisation_id', 'bigint', (col) => col.notNull().references('organisations.id'))
    .addColumn('chain_id', 'bigint', (col) => col.references('chains.id'))
    .addColumn('landed_target', 'integer', (col) => col.notNull())
    .addColumn('note', 'text')
    .addColumn('updated_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('attraction_targets_once')
    .on('attraction_targets')
    .columns(['year', 'organisation_id', 'chain_id'])
    .unique()
    .execute();

  await c
    .id(db.schema.createTable('leads'))
    .addColumn('target_name', 'varchar(100)', (col) => col.notNull())
    .addColumn('target_credit_code', 'varchar(18)')
    .addColumn('in_province', c.boolean, (col) => col.notNull())
    .addColumn('enterprise_id', 'bigint', (col) => col.references('enterprises.id'))
    .addColumn('chain_id', 'bigint', (col) => col.notNull().references('chains.id'))
    .addColumn('stage', 'varchar(16)')
    .addColumn('source', 'varchar(20)', (col) => col.notNull())
    .addColumn('chain_master_id', 'bigint', (col) => col.references('enterprises.id'))
    .addColumn('city_id', 'bigint', (col) => col.notNull().references('organisations.id'))
    .addColumn('zone_id', 'bigint', (col) => col.references('organisations.id'))
    .addColumn('responsible_person', 'varchar(50)', (col) => col.notNull())
    .addColumn('expected_investment', 'bigint', (col) => col.notNull())
    .addColumn('pipeline_stage', 'varchar(16)', (col) => col.notNull())
    .addColumn('signed_on', 'varchar(10)')
    .addColumn('landed_on', 'varchar(10)')
    .addColumn('project_id', 'bigint', (col) => col.references('projects.id'))
    .addColumn('fills_gap', c.boolean, (col) => col.notNull())
    .addColumn('notes', 'text')
    .addColumn('demo', c.boolean, (col) => col.notNull())
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .addColumn('updated_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema.createIndex('leads_place').on('leads').columns(['city_id', 'zone_id', 'pipeline_stage']).execute();
  await db.schema.createIndex('leads_chain').on('leads').columns(['chain_id', 'pipeline_stage']).execute();

  await c
    .id(db.schema.createTable('lead_events'))
    .addColumn('lead_id', 'bigint', (col) => col.notNull().references('leads.id').onDelete('cascade'))
    .addColumn('at', c.timestamp, (col) => col.notNull())
    .addColumn('on_date', 'varchar(10)', (col) => col.notNull())
    .addColumn('username', 'varchar(64)')
    .addColumn('from_stage', 'varchar(16)')
    .addColumn('to_stage', 'varchar(16)', (col) => col.notNull())
    .addColumn('evidence', 'text')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['lead_events', 'leads', 'attraction_targets', 'proposal_opinions', 'host_zone_proposals'])
    await db.schema.dropTable(t).execute();
}
