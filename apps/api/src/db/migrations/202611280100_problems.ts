import type { Kysely } from 'kysely';
import { columnsFor, dialectOf } from '../dialect.js';

/** The problem list with its loop and escalation, and the chain leaders' coordination meetings. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const c = columnsFor(dialectOf(db));
  await c
    .id(db.schema.createTable('problems'))
    .addColumn('title', 'varchar(100)', (col) => col.notNull())
    .addColumn('description', 'text', (col) => col.notNull())
    .addColumn('category', 'varchar(16)', (col) => col.notNull())
    .addColumn('chain_id', 'bigint', (col) => col.notNull().references('chains.id'))
    .addColumn('project_id', 'bigint', (col) => col.references('projects.id'))
    .addColumn('enterprise_id', 'bigint', (col) => col.references('enterprises.id'))
    .addColumn('raised_by_org_id', 'bigint', (col) => col.notNull().references('organisations.id'))
    .addColumn('raised_by_user_id', 'bigint')
    .addColumn('visit_id', 'bigint', (col) => col.references('visits.id'))
    .addColumn('responsible_org_id', 'bigint', (col) => col.notNull().references('organisations.id'))
    .addColumn('responsible_person', 'varchar(50)')
    .addColumn('deadline', 'varchar(10)', (col) => col.notNull())
    .addColumn('state', 'varchar(16)', (col) => col.notNull())
    .addColumn('level', 'varchar(16)', (col) => col.notNull())
    .addColumn('answer', 'text')
    .addColumn('rating', 'varchar(16)')
    .addColumn('demo', c.boolean, (col) => col.notNull())
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .addColumn('updated_at', c.timestamp, (col) => col.notNull())
    .addColumn('closed_at', c.timestamp)
    .execute();
  await db.schema.createIndex('problems_chain').on('problems').columns(['chain_id', 'state']).execute();
  await db.schema.createIndex('problems_orgs').on('problems').columns(['responsible_org_id', 'raised_by_org_id']).execute();

  await c
    .id(db.schema.createTable('problem_events'))
    .addColumn('problem_id', 'bigint', (col) => col.notNull().references('problems.id').onDelete('cascade'))
    .addColumn('at', c.timestamp, (col) => col.notNull())
    .addColumn('username', 'varchar(64)')
    .addColumn('organisation_id', 'bigint')
    .addColumn('kind', 'varchar(16)', (col) => col.notNull())
    .addColumn('note', 'text')
    .addColumn('from_state', 'varchar(16)')
    .addColumn('to_state', 'varchar(16)')
    .execute();
  await db.schema.createIndex('problem_events_problem').on('problem_events').column('problem_id').execute();

  await c
    .id(db.schema.createTable('meetings'))
    .addColumn('chain_id', 'bigint', (col) => col.notNull().references('chains.id'))
    .addColumn('held_on', 'varchar(10)', (col) => col.notNull())
    .addColumn('title', 'varchar(100)', (col) => col.notNull())
    .addColumn('location', 'varchar(100)')
    .addColumn('attendees', 'text', (col) => col.notNull())
    .addColumn('notes', 'text')
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema
    .createTable('meeting_agenda')
    .addColumn('meeting_id', 'bigint', (col) => col.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('problem_id', 'bigint', (col) => col.notNull().references('problems.id'))
    .addPrimaryKeyConstraint('meeting_agenda_pk', ['meeting_id', 'problem_id'])
    .execute();
  await c
    .id(db.schema.createTable('meeting_decisions'))
    .addColumn('meeting_id', 'bigint', (col) => col.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('content', 'text', (col) => col.notNull())
    .addColumn('owner_org_id', 'bigint', (col) => col.notNull().references('organisations.id'))
    .addColumn('owner_person', 'varchar(50)')
    .addColumn('deadline', 'varchar(10)', (col) => col.notNull())
    .addColumn('problem_id', 'bigint', (col) => col.references('problems.id'))
    .addColumn('done', c.boolean, (col) => col.notNull())
    .addColumn('progress', 'text', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['meeting_decisions', 'meeting_agenda', 'meetings', 'problem_events', 'problems']) await db.schema.dropTable(t).execute();
}
