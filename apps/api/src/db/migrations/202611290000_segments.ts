import type { Kysely } from 'kysely';
import { columnsFor, dialectOf } from '../dialect.js';

/**
 * A chain's segments (环节): a tree under the three stages, upstream to downstream. Enterprises,
 * projects and leads are placed on segments; a retired segment keeps its id for the records on it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const c = columnsFor(dialectOf(db));
  await c
    .id(db.schema.createTable('chain_segments'))
    .addColumn('chain_id', 'bigint', (col) => col.notNull().references('chains.id'))
    .addColumn('parent_id', 'bigint', (col) => col.references('chain_segments.id'))
    .addColumn('stage', 'varchar(20)', (col) => col.notNull())
    .addColumn('name', 'varchar(100)', (col) => col.notNull())
    .addColumn('products', 'text')
    .addColumn('sort_order', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('retired_at', c.timestamp)
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .addColumn('updated_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema.createIndex('chain_segments_chain').on('chain_segments').columns(['chain_id', 'parent_id']).execute();
  for (const table of ['enterprise_chains', 'projects', 'leads']) {
    await db.schema
      .alterTable(table)
      .addColumn('segment_id', 'bigint', (col) => col.references('chain_segments.id'))
      .execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['enterprise_chains', 'projects', 'leads']) await db.schema.alterTable(table).dropColumn('segment_id').execute();
  await db.schema.dropTable('chain_segments').execute();
}
