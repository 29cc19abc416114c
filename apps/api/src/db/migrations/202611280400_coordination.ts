import type { Kysely } from 'kysely';
import { columnsFor, dialectOf } from '../dialect.js';

/** Matchmaking events with their signings, and the lead units' working contacts with zones. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const c = columnsFor(dialectOf(db));
  await c
    .id(db.schema.createTable('matchmaking_events'))
    .addColumn('title', 'varchar(100)', (col) => col.notNull())
    .addColumn('held_on', 'varchar(10)', (col) => col.notNull())
    .addColumn('place', 'varchar(100)', (col) => col.notNull())
    .addColumn('organiser_id', 'bigint', (col) => col.notNull().references('organisations.id'))
    .addColumn('notes', 'text')
    .addColumn('demo', c.boolean, (col) => col.notNull())
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema.createIndex('matchmaking_events_organiser').on('matchmaking_events').columns(['organiser_id', 'held_on']).execute();
  await db.schema
    .createTable('event_chains')
    .addColumn('event_id', 'bigint', (col) => col.notNull().references('matchmaking_events.id').onDelete('cascade'))
    .addColumn('chain_id', 'bigint', (col) => col.notNull().references('chains.id'))
    .addPrimaryKeyConstraint('event_chains_pk', ['event_id', 'chain_id'])
    .execute();
  await db.schema
    .createTable('event_participants')
    .addColumn('event_id', 'bigint', (col) => col.notNull().references('matchmaking_events.id').onDelete('cascade'))
    .addColumn('enterprise_id', 'bigint', (col) => col.notNull().references('enterprises.id'))
    .addPrimaryKeyConstraint('event_participants_pk', ['event_id', 'enterprise_id'])
    .execute();
  await c
    .id(db.schema.createTable('signings'))
    .addColumn('event_id', 'bigint', (col) => col.notNull().references('matchmaking_events.id').onDelete('cascade'))
    .addColumn('buyer_enterprise_id', 'bigint', (col) => col.references('enterprises.id'))
    .addColumn('buyer_name', 'varchar(100)', (col) => col.notNull())
    .addColumn('supplier_enterprise_id', 'bigint', (col) => col.references('enterprises.id'))
    .addColumn('supplier_name', 'varchar(100)', (col) => col.notNull())
    .addColumn('product', 'varchar(100)', (col) => col.notNull())
    .addColumn('amount', 'bigint', (col) => col.notNull())
    .execute();
  await c
    .id(db.schema.createTable('forging_contacts'))
    .addColumn('lead_unit_id', 'bigint', (col) => col.notNull().references('organisations.id'))
    .addColumn('chain_id', 'bigint', (col) => col.notNull().references('chains.id'))
    .addColumn('zone_id', 'bigint', (col) => col.notNull().references('organisations.id'))
    .addColumn('contacted_on', 'varchar(10)', (col) => col.notNull())
    .addColumn('subject', 'varchar(200)', (col) => col.notNull())
    .addColumn('outcome', 'text')
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['forging_contacts', 'signings', 'event_participants', 'event_chains', 'matchmaking_events'])
    await db.schema.dropTable(t).execute();
}
