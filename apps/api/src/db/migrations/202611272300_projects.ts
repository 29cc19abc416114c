import type { Kysely } from 'kysely';
import { columnsFor, dialectOf } from '../dialect.js';

/** Key projects with their timeline and progress reports, demonstrations, the fund reserve, and visits. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const c = columnsFor(dialectOf(db));
  const date = 'varchar(10)';
  await c
    .id(db.schema.createTable('projects'))
    .addColumn('name', 'varchar(100)', (col) => col.notNull())
    .addColumn('year', 'integer', (col) => col.notNull())
    .addColumn('chain_id', 'bigint', (col) => col.notNull().references('chains.id'))
    .addColumn('stage', 'varchar(16)')
    .addColumn('city_id', 'bigint', (col) => col.notNull().references('organisations.id'))
    .addColumn('zone_id', 'bigint', (col) => col.references('organisations.id'))
    .addColumn('enterprise_id', 'bigint', (col) => col.references('enterprises.id'))
    .addColumn('builder', 'varchar(100)', (col) => col.notNull())
    .addColumn('partners', 'varchar(200)')
    .addColumn('content', 'text')
    .addColumn('total_investment', 'bigint', (col) => col.notNull())
    .addColumn('annual_plan_investment', 'bigint', (col) => col.notNull())
    .addColumn('completed_investment', 'bigint', (col) => col.notNull())
    .addColumn('class', 'varchar(16)', (col) => col.notNull())
    .addColumn('build_type', 'varchar(16)')
    .addColumn('planned_sign_on', date)
    .addColumn('planned_start_on', date)
    .addColumn('planned_complete_on', date)
    .addColumn('planned_production_on', date)
    .addColumn('actual_sign_on', date)
    .addColumn('actual_start_on', date)
    .addColumn('actual_complete_on', date)
    .addColumn('actual_production_on', date)
    .addColumn('liaison_official', 'varchar(50)')
    .addColumn('liaison_phone', 'varchar(20)')
    .addColumn('lead_unit_contact', 'varchar(50)')
    .addColumn('report_cycle_months', 'integer', (col) => col.notNull())
    .addColumn('demonstration', c.boolean, (col) => col.notNull())
    .addColumn('demo', c.boolean, (col) => col.notNull())
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .addColumn('updated_at', c.timestamp, (col) => col.notNull())
    .execute();
  for (const [name, cols] of [
    ['projects_chain', ['chain_id', 'class']],
    ['projects_city', ['city_id', 'zone_id']],
    ['projects_enterprise', ['enterprise_id']],
  ] as const) {
    await db.schema
      .createIndex(name)
      .on('projects')
      .columns([...cols])
      .execute();
  }

  await c
    .id(db.schema.createTable('project_events'))
    .addColumn('project_id', 'bigint', (col) => col.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('at', c.timestamp, (col) => col.notNull())
    .addColumn('user_id', 'bigint')
    .addColumn('username', 'varchar(64)')
    .addColumn('kind', 'varchar(16)', (col) => col.notNull())
    .addColumn('summary', 'varchar(500)', (col) => col.notNull())
    .addColumn('from_json', 'text')
    .addColumn('to_json', 'text')
    .execute();
  await db.schema.createIndex('project_events_project').on('project_events').column('project_id').execute();

  await c
    .id(db.schema.createTable('project_reports'))
    .addColumn('project_id', 'bigint', (col) => col.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('period', 'varchar(7)', (col) => col.notNull())
    .addColumn('progress', 'text', (col) => col.notNull())
    .addColumn('investment_in_period', 'bigint', (col) => col.notNull())
    .addColumn('problems', 'text')
    .addColumn('reported_by', 'varchar(64)')
    .addColumn('reported_at', c.timestamp, (col) => col.notNull())
    .addColumn('late', c.boolean, (col) => col.notNull())
    .addUniqueConstraint('project_reports_once', ['project_id', 'period'])
    .execute();

  // recorded demonstrations of the notice's modes, per chain: 项目+链长+属地, 链长牵头单位+园区 …
  await c
    .id(db.schema.createTable('mode_demonstrations'))
    .addColumn('chain_id', 'bigint', (col) => col.notNull().references('chains.id'))
    .addColumn('mode', 'varchar(32)', (col) => col.notNull())
    .addColumn('title', 'varchar(100)', (col) => col.notNull())
    .addColumn('project_id', 'bigint', (col) => col.references('projects.id'))
    .addColumn('zone_id', 'bigint', (col) => col.references('organisations.id'))
    .addColumn('recognised_on', date, (col) => col.notNull())
    .addColumn('notes', 'text')
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .execute();

  await c
    .id(db.schema.createTable('fund_reserve'))
    .addColumn('project_id', 'bigint', (col) => col.notNull().references('projects.id'))
    .addColumn('year', 'integer', (col) => col.notNull())
    .addColumn('gap', 'varchar(16)', (col) => col.notNull())
    .addColumn('reason', 'text', (col) => col.notNull())
    .addColumn('recommended_by', 'bigint', (col) => col.notNull().references('organisations.id'))
    .addColumn('recommended_at', c.timestamp, (col) => col.notNull())
    .addColumn('state', 'varchar(16)', (col) => col.notNull())
    .addColumn('review_note', 'text')
    .addColumn('reviewed_at', c.timestamp)
    .addUniqueConstraint('fund_reserve_once', ['project_id', 'year'])
    .execute();

  await c
    .id(db.schema.createTable('visits'))
    .addColumn('lead_unit_id', 'bigint', (col) => col.notNull().references('organisations.id'))
    .addColumn('chain_id', 'bigint', (col) => col.references('chains.id'))
    .addColumn('city_id', 'bigint', (col) => col.notNull().references('organisations.id'))
    .addColumn('visited_on', date, (col) => col.notNull())
    .addColumn('people', 'varchar(200)', (col) => col.notNull())
    .addColumn('summary', 'text')
    .addColumn('problems_heard', 'text', (col) => col.notNull())
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema
    .createTable('visit_targets')
    .addColumn('visit_id', 'bigint', (col) => col.notNull().references('visits.id').onDelete('cascade'))
    .addColumn('enterprise_id', 'bigint', (col) => col.references('enterprises.id'))
    .addColumn('project_id', 'bigint', (col) => col.references('projects.id'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['visit_targets', 'visits', 'fund_reserve', 'mode_demonstrations', 'project_reports', 'project_events', 'projects'])
    await db.schema.dropTable(t).execute();
}
