import type { Kysely } from 'kysely';
import { columnsFor, dialectOf } from '../dialect.js';

/** Work information and quarterly summaries from the member and lead units. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const c = columnsFor(dialectOf(db));
  await c
    .id(db.schema.createTable('work_reports'))
    .addColumn('organisation_id', 'bigint', (col) => col.notNull().references('organisations.id'))
    .addColumn('kind', 'varchar(16)', (col) => col.notNull())
    .addColumn('period', 'varchar(7)')
    .addColumn('title', 'varchar(100)', (col) => col.notNull())
    .addColumn('content', 'text', (col) => col.notNull())
    .addColumn('submitted_by', 'varchar(64)')
    .addColumn('submitted_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema.createIndex('work_reports_org').on('work_reports').columns(['organisation_id', 'kind', 'period']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('work_reports').execute();
}
