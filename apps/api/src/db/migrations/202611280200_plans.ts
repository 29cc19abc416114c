import type { Kysely } from 'kysely';
import { columnsFor, dialectOf } from '../dialect.js';

/** Each year's action plan as data: targets bound to metrics, tasks and their quarterly milestones. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const c = columnsFor(dialectOf(db));
  await c
    .id(db.schema.createTable('plans'))
    .addColumn('year', 'integer', (col) => col.notNull().unique())
    .addColumn('title', 'varchar(200)', (col) => col.notNull())
    .addColumn('issuer', 'varchar(200)', (col) => col.notNull())
    .addColumn('issued_on', 'varchar(10)', (col) => col.notNull())
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .execute();
  await c
    .id(db.schema.createTable('plan_targets'))
    .addColumn('plan_id', 'bigint', (col) => col.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (col) => col.notNull())
    .addColumn('key', 'varchar(64)', (col) => col.notNull())
    .addColumn('label', 'varchar(200)', (col) => col.notNull())
    .addColumn('metric', 'varchar(64)', (col) => col.notNull())
    .addColumn('comparison', 'varchar(2)', (col) => col.notNull())
    .addColumn('value', 'real', (col) => col.notNull())
    .addColumn('unit', 'varchar(10)', (col) => col.notNull())
    .addColumn('per_unit', 'varchar(16)')
    .addColumn('source', 'varchar(200)')
    .execute();
  await c
    .id(db.schema.createTable('plan_tasks'))
    .addColumn('plan_id', 'bigint', (col) => col.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (col) => col.notNull())
    .addColumn('title', 'varchar(200)', (col) => col.notNull())
    .addColumn('expected_result', 'text', (col) => col.notNull())
    .addColumn('lead_units', 'text', (col) => col.notNull())
    .addColumn('supporting_units', 'text', (col) => col.notNull())
    .execute();
  await c
    .id(db.schema.createTable('plan_milestones'))
    .addColumn('task_id', 'bigint', (col) => col.notNull().references('plan_tasks.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (col) => col.notNull())
    .addColumn('quarter', 'integer', (col) => col.notNull())
    .addColumn('title', 'varchar(300)', (col) => col.notNull())
    .addColumn('responsible', 'text', (col) => col.notNull())
    .addColumn('due_on', 'varchar(10)', (col) => col.notNull())
    .addColumn('state', 'varchar(16)', (col) => col.notNull())
    .addColumn('evidence', 'text')
    .addColumn('reported_by', 'varchar(100)')
    .addColumn('reported_at', c.timestamp)
    .addColumn('confirmed_at', c.timestamp)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['plan_milestones', 'plan_tasks', 'plan_targets', 'plans']) await db.schema.dropTable(t).execute();
}
