import type { Kysely } from 'kysely';
import { columnsFor, dialectOf } from '../dialect.js';

/**
 * Valid time for what figures depend on: a chain's status (reserve → key → retired) and a project's
 * class become histories of spans, like enterprise tiers (valid_to exclusive, null while it holds).
 * Backfill: each chain's history starts from its current status, from the first day of its batch year
 * (the year it became a key chain, as the notice's batches say) or, without one, the day it was
 * recorded; each project's from its class moves on the timeline, its first class holding from the first
 * day of its list year (or from its recording, when that came earlier).
 */
// biome-ignore lint/suspicious/noExplicitAny: the backfill reads and writes tables this file creates
export async function up(db: Kysely<any>): Promise<void> {
  const c = columnsFor(dialectOf(db));
  await c
    .id(db.schema.createTable('chain_status_history'))
    .addColumn('chain_id', 'bigint', (col) => col.notNull().references('chains.id').onDelete('cascade'))
    .addColumn('status', 'varchar(16)', (col) => col.notNull())
    .addColumn('valid_from', 'varchar(10)', (col) => col.notNull())
    .addColumn('valid_to', 'varchar(10)')
    .addColumn('recorded_at', c.timestamp, (col) => col.notNull())
    .addColumn('recorded_by', 'varchar(100)')
    .execute();
  await db.schema
    .createIndex('chain_status_history_span')
    .on('chain_status_history')
    .columns(['status', 'valid_from', 'valid_to', 'chain_id'])
    .execute();
  await db.schema.createIndex('chain_status_history_chain').on('chain_status_history').columns(['chain_id', 'valid_from']).execute();

  await c
    .id(db.schema.createTable('project_class_history'))
    .addColumn('project_id', 'bigint', (col) => col.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('class', 'varchar(16)', (col) => col.notNull())
    .addColumn('valid_from', 'varchar(10)', (col) => col.notNull())
    .addColumn('valid_to', 'varchar(10)')
    .addColumn('recorded_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('project_class_history_project')
    .on('project_class_history')
    .columns(['project_id', 'valid_from', 'valid_to', 'class'])
    .execute();

  const chains = await db.selectFrom('chains').select(['id', 'status', 'batch', 'created_at']).execute();
  for (const ch of chains) {
    const batch = Number(ch.batch);
    const from = batch >= 2000 && batch <= 2100 ? `${batch}-01-01` : String(ch.created_at).slice(0, 10);
    await db
      .insertInto('chain_status_history')
      .values({ chain_id: ch.id, status: ch.status, valid_from: from, valid_to: null, recorded_at: ch.created_at, recorded_by: 'system' })
      .execute();
  }

  const projects = await db.selectFrom('projects').select(['id', 'year', 'class', 'created_at']).orderBy('id').execute();
  const moves = await db
    .selectFrom('project_events')
    .select(['project_id', 'at', 'from_json', 'to_json'])
    .where('kind', '=', 'class')
    .orderBy('project_id')
    .orderBy('at')
    .orderBy('id')
    .execute();
  const movesOf = new Map<number, typeof moves>();
  for (const m of moves) movesOf.set(Number(m.project_id), [...(movesOf.get(Number(m.project_id)) ?? []), m]);
  for (const p of projects) {
    const recorded = String(p.created_at);
    const listed = `${p.year}-01-01`;
    let from = recorded.slice(0, 10) < listed ? recorded.slice(0, 10) : listed;
    const own = movesOf.get(Number(p.id)) ?? [];
    let cls = own.length ? (parseClass(own[0].from_json) ?? p.class) : p.class;
    for (const m of own) {
      const to = JSON.parse(String(m.to_json ?? '{}')) as { class?: string; on?: string };
      const on = to.on && to.on > from ? to.on : from;
      if (on > from) {
        await db
          .insertInto('project_class_history')
          .values({ project_id: p.id, class: cls, valid_from: from, valid_to: on, recorded_at: recorded })
          .execute();
        from = on;
      }
      cls = to.class ?? cls;
    }
    await db
      .insertInto('project_class_history')
      .values({ project_id: p.id, class: p.class, valid_from: from, valid_to: null, recorded_at: recorded })
      .execute();
  }
}

/** A class event's `from` is the JSON text of the class it left. */
function parseClass(json: unknown): string | null {
  if (json === null || json === undefined) return null;
  const v = JSON.parse(String(json));
  return typeof v === 'string' ? v : null;
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('project_class_history').execute();
  await db.schema.dropTable('chain_status_history').execute();
}
