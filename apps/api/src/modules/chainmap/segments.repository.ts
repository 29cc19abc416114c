import type { ChainStage, Segment } from '@chainboard/contracts';
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { ChainSegmentsTable, Db } from '../../db/database.js';
import { invalid } from '../../lib/errors.js';

type SegmentRow = Selectable<ChainSegmentsTable>;

const STAGE_ORDER: Record<string, number> = { upstream: 0, midstream: 1, downstream: 2 };

/** Rows as a tree in display order (stage, then sort order, parents before children), with depth and path. */
export function asTree(rows: SegmentRow[]): Segment[] {
  const byParent = new Map<number | null, SegmentRow[]>();
  for (const r of rows) {
    const parent = r.parent_id === null ? null : Number(r.parent_id);
    byParent.set(parent, [...(byParent.get(parent) ?? []), r]);
  }
  const order = (a: SegmentRow, b: SegmentRow) =>
    (STAGE_ORDER[a.stage] ?? 9) - (STAGE_ORDER[b.stage] ?? 9) || a.sort_order - b.sort_order || Number(a.id) - Number(b.id);
  const out: Segment[] = [];
  const walk = (parent: number | null, depth: number, path: string[]) => {
    for (const r of (byParent.get(parent) ?? []).sort(order)) {
      const names = [...path, r.name];
      out.push({
        id: Number(r.id),
        chainId: Number(r.chain_id),
        parentId: r.parent_id === null ? null : Number(r.parent_id),
        stage: r.stage as ChainStage,
        name: r.name,
        products: r.products,
        sortOrder: Number(r.sort_order),
        expectedShare: r.expected_share === null ? null : Math.round(Number(r.expected_share) * 10) / 10,
        retiredAt: r.retired_at,
        depth,
        path: names.join(' / '),
      });
      walk(Number(r.id), depth + 1, names);
    }
  };
  walk(null, 1, []);
  return out;
}

export const segmentsRepository = {
  async tree(db: Db, chainId: number, includeRetired: boolean): Promise<Segment[]> {
    const rows = await db.selectFrom('chain_segments').selectAll().where('chain_id', '=', chainId).execute();
    const all = asTree(rows);
    if (includeRetired) return all;
    // a retired segment hides its sub-segments too
    const retired = new Set<number>();
    return all.filter((s) => {
      if (s.retiredAt || (s.parentId !== null && retired.has(s.parentId))) {
        retired.add(s.id);
        return false;
      }
      return true;
    });
  },

  async find(db: Db, id: number): Promise<Segment | null> {
    const row = await db.selectFrom('chain_segments').select('chain_id').where('id', '=', id).executeTakeFirst();
    if (!row) return null;
    const tree = await segmentsRepository.tree(db, Number(row.chain_id), true);
    return tree.find((s) => s.id === id) ?? null;
  },

  async insert(db: Db, values: Insertable<ChainSegmentsTable>): Promise<number> {
    const row = await db.insertInto('chain_segments').values(values).returning('id').executeTakeFirstOrThrow();
    return Number(row.id);
  },

  async update(db: Db, id: number, values: Updateable<ChainSegmentsTable>): Promise<void> {
    await db.updateTable('chain_segments').set(values).where('id', '=', id).execute();
  },

  async placement(db: Db, enterpriseId: number, chainId: number) {
    return db
      .selectFrom('enterprise_chains as ec')
      .innerJoin('enterprises as e', 'e.id', 'ec.enterprise_id')
      .select(['ec.segment_id', 'e.name', 'e.city_id', 'e.zone_id', 'e.organisation_id'])
      .where('ec.enterprise_id', '=', enterpriseId)
      .where('ec.chain_id', '=', chainId)
      .executeTakeFirst();
  },

  /** The day the enterprise's current segment placement on the chain began, if it has one. */
  async placedSince(db: Db, enterpriseId: number, chainId: number): Promise<string | null> {
    const open = await db
      .selectFrom('enterprise_segment_history')
      .select('valid_from')
      .where('enterprise_id', '=', enterpriseId)
      .where('chain_id', '=', chainId)
      .where('valid_to', 'is', null)
      .executeTakeFirst();
    return open?.valid_from ?? null;
  },

  /**
   * The enterprise sits on `segmentId` (none: null) from `on`: the open span of its placement closes
   * that day (or is replaced when it began that day) and the new one opens.
   */
  async place(db: Db, enterpriseId: number, chainId: number, segmentId: number | null, on: string, now: string) {
    await db
      .updateTable('enterprise_chains')
      .set({ segment_id: segmentId })
      .where('enterprise_id', '=', enterpriseId)
      .where('chain_id', '=', chainId)
      .execute();
    const open = db
      .selectFrom('enterprise_segment_history')
      .select('id')
      .where('enterprise_id', '=', enterpriseId)
      .where('chain_id', '=', chainId)
      .where('valid_to', 'is', null);
    await db
      .deleteFrom('enterprise_segment_history')
      .where('id', 'in', open.where('valid_from', '>=', on))
      .execute();
    await db.updateTable('enterprise_segment_history').set({ valid_to: on }).where('id', 'in', open).execute();
    if (segmentId === null) return;
    await db
      .insertInto('enterprise_segment_history')
      .values({ enterprise_id: enterpriseId, chain_id: chainId, segment_id: segmentId, valid_from: on, valid_to: null, recorded_at: now })
      .execute();
  },

  async addEvent(db: Db, e: { segmentId: number; at: string; username: string | null; kind: string; summary: string }) {
    await db
      .insertInto('segment_events')
      .values({ segment_id: e.segmentId, at: e.at, username: e.username, kind: e.kind, summary: e.summary })
      .execute();
  },

  async events(db: Db, segmentId: number) {
    const rows = await db.selectFrom('segment_events').selectAll().where('segment_id', '=', segmentId).orderBy('id', 'desc').execute();
    return rows.map((r) => ({ id: Number(r.id), at: r.at, username: r.username, kind: r.kind, summary: r.summary }));
  },
};

/**
 * The segment a record is placed on, checked: it must be an active segment of the record's chain.
 * Returns the id to store (null when none is given).
 */
export async function checkSegmentOfChain(db: Db, chainId: number, segmentId: number | null | undefined): Promise<number | null> {
  if (segmentId === null || segmentId === undefined) return null;
  const row = await db.selectFrom('chain_segments').select(['chain_id', 'retired_at']).where('id', '=', segmentId).executeTakeFirst();
  if (!row || Number(row.chain_id) !== chainId) throw invalid('所选环节不属于该产业链', { segmentId: '请选择该产业链的环节' });
  if (row.retired_at) throw invalid('所选环节已停用，请选择其他环节', { segmentId: '该环节已停用' });
  return segmentId;
}
