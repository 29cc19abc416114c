import type { Kysely } from 'kysely';
import { columnsFor, dialectOf } from '../dialect.js';

/**
 * Where an enterprise sits on a chain's map (its segment) becomes a history of spans, so a past day's
 * map and its shares can be rebuilt. Backfill: each current placement holds from the day the
 * enterprise first sat on the chain (its earliest tier span there), or from when it was recorded.
 */
// biome-ignore lint/suspicious/noExplicitAny: the backfill reads and writes tables this file creates
export async function up(db: Kysely<any>): Promise<void> {
  const c = columnsFor(dialectOf(db));
  await c
    .id(db.schema.createTable('enterprise_segment_history'))
    .addColumn('enterprise_id', 'bigint', (col) => col.notNull().references('enterprises.id').onDelete('cascade'))
    .addColumn('chain_id', 'bigint', (col) => col.notNull().references('chains.id'))
    .addColumn('segment_id', 'bigint', (col) => col.notNull().references('chain_segments.id'))
    .addColumn('valid_from', 'varchar(10)', (col) => col.notNull())
    .addColumn('valid_to', 'varchar(10)')
    .addColumn('recorded_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('enterprise_segment_history_chain')
    .on('enterprise_segment_history')
    .columns(['chain_id', 'valid_from', 'valid_to', 'enterprise_id', 'segment_id'])
    .execute();

  const placed = await db
    .selectFrom('enterprise_chains as ec')
    .innerJoin('enterprises as e', 'e.id', 'ec.enterprise_id')
    .select(['ec.enterprise_id', 'ec.chain_id', 'ec.segment_id', 'e.created_at'])
    .where('ec.segment_id', 'is not', null)
    .execute();
  const firstSpans = await db
    .selectFrom('enterprise_tiers')
    .select(['enterprise_id', 'chain_id', (eb) => eb.fn.min('valid_from').as('first')])
    .groupBy(['enterprise_id', 'chain_id'])
    .execute();
  const first = new Map(firstSpans.map((r) => [`${r.enterprise_id}:${r.chain_id}`, String(r.first)]));
  for (const p of placed) {
    await db
      .insertInto('enterprise_segment_history')
      .values({
        enterprise_id: p.enterprise_id,
        chain_id: p.chain_id,
        segment_id: p.segment_id,
        valid_from: first.get(`${p.enterprise_id}:${p.chain_id}`) ?? String(p.created_at).slice(0, 10),
        valid_to: null,
        recorded_at: p.created_at,
      })
      .execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('enterprise_segment_history').execute();
}
