import type { Kysely } from 'kysely';
import { columnsFor, dialectOf } from '../dialect.js';

/**
 * Cockpit snapshots: the figures as they stood at a quarter's end (taken automatically the first time
 * the cockpit is read after the quarter ends) or whenever the office takes one, kept as JSON so what
 * was reported stays fixed after the records change.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const c = columnsFor(dialectOf(db));
  await c
    .id(db.schema.createTable('cockpit_snapshots'))
    .addColumn('period', 'varchar(6)', (col) => col.notNull())
    .addColumn('as_of', 'varchar(10)', (col) => col.notNull())
    /** The period for the automatic quarter-end snapshot (one per quarter); null for snapshots taken on demand. */
    .addColumn('auto_period', 'varchar(6)', (col) => col.unique())
    .addColumn('figures', 'text', (col) => col.notNull())
    .addColumn('taken_by', 'varchar(100)')
    .addColumn('taken_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema.createIndex('cockpit_snapshots_period').on('cockpit_snapshots').columns(['period', 'taken_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('cockpit_snapshots').execute();
}
