import type { Kysely } from 'kysely';
import { columnsFor, dialectOf } from '../dialect.js';

/**
 * The chain map: each segment's expected share of the chain's revenue (for the gap analysis), the
 * history of segment edits, and the pool of enterprises outside the province that could fill a gap.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const c = columnsFor(dialectOf(db));
  // percent of the chain's revenue the segment should carry; null: an equal share of the leaf segments
  await db.schema.alterTable('chain_segments').addColumn('expected_share', 'real').execute();
  await c
    .id(db.schema.createTable('segment_events'))
    .addColumn('segment_id', 'bigint', (col) => col.notNull().references('chain_segments.id'))
    .addColumn('at', c.timestamp, (col) => col.notNull())
    .addColumn('username', 'varchar(100)')
    .addColumn('kind', 'varchar(20)', (col) => col.notNull())
    .addColumn('summary', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('segment_events_segment').on('segment_events').column('segment_id').execute();
  await c
    .id(db.schema.createTable('chain_candidates'))
    .addColumn('chain_id', 'bigint', (col) => col.notNull().references('chains.id'))
    .addColumn('segment_id', 'bigint', (col) => col.references('chain_segments.id'))
    .addColumn('name', 'varchar(100)', (col) => col.notNull())
    .addColumn('credit_code', 'varchar(18)', (col) => col.notNull())
    .addColumn('province', 'varchar(20)', (col) => col.notNull())
    .addColumn('products', 'text')
    .addColumn('size', 'varchar(20)', (col) => col.notNull())
    .addColumn('lead_id', 'bigint', (col) => col.references('leads.id'))
    .addColumn('demo', c.boolean, (col) => col.notNull())
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .addColumn('updated_at', c.timestamp, (col) => col.notNull())
    .addUniqueConstraint('chain_candidates_code', ['chain_id', 'credit_code'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('chain_candidates').execute();
  await db.schema.dropTable('segment_events').execute();
  await db.schema.alterTable('chain_segments').dropColumn('expected_share').execute();
}
