import {
  CHAIN_STATUS_LABELS,
  type ChainStatus,
  type DrillEntity,
  type DrillRow,
  LEAD_STAGE_LABELS,
  type LeadStage,
  MILESTONE_STATE_LABELS,
  PROBLEM_STATE_LABELS,
  PROJECT_CLASS_LABELS,
  type ProblemState,
  type ProjectClass,
  type SnapshotSummary,
} from '@chainboard/contracts';
import type { Db } from '../../db/database.js';
import { chunk } from '../../db/dialect.js';
import { staleBefore } from '../figures/index.js';

const label = <T extends string>(labels: Record<T, string>, v: string | null) =>
  v === null ? null : ((labels as Record<string, string>)[v] ?? v);
const place = (city: string | null, zone: string | null) => [city, zone].filter(Boolean).join(' · ') || null;
const blank = { chain: null, place: null, state: null, date: null, value: null, owner: null, stale: null };

/** The rows a drill-down shows, for records given by id, in the order of the ids. */
async function describe(db: Db, entity: DrillEntity, ids: number[], today: string): Promise<Map<number, Omit<DrillRow, 'value'>>> {
  const out = new Map<number, Omit<DrillRow, 'value'>>();
  if (ids.length === 0) return out;
  for (const part of chunk(ids)) {
    switch (entity) {
      case 'enterprise': {
        const before = staleBefore(today);
        const rows = await db
          .selectFrom('enterprises as e')
          .innerJoin('organisations as city', 'city.id', 'e.city_id')
          .leftJoin('organisations as zone', 'zone.id', 'e.zone_id')
          .innerJoin('organisations as owner', 'owner.id', 'e.owner_org_id')
          .select(['e.id', 'e.name', 'e.last_confirmed_at', 'city.name as city', 'zone.name as zone', 'owner.name as owner'])
          .where('e.id', 'in', part)
          .execute();
        const chains = await db
          .selectFrom('enterprise_chains as ec')
          .innerJoin('chains as c', 'c.id', 'ec.chain_id')
          .select(['ec.enterprise_id', 'c.name'])
          .where('ec.enterprise_id', 'in', part)
          .orderBy('c.code')
          .execute();
        for (const r of rows) {
          const names = chains.filter((c) => Number(c.enterprise_id) === Number(r.id)).map((c) => c.name);
          out.set(Number(r.id), {
            ...blank,
            id: Number(r.id),
            entity,
            name: r.name,
            chain: names.join('、') || null,
            place: place(r.city, r.zone),
            date: r.last_confirmed_at.slice(0, 10),
            owner: r.owner,
            stale: r.last_confirmed_at < before,
          });
        }
        break;
      }
      case 'project': {
        const rows = await db
          .selectFrom('projects as p')
          .innerJoin('chains as c', 'c.id', 'p.chain_id')
          .innerJoin('organisations as city', 'city.id', 'p.city_id')
          .leftJoin('organisations as zone', 'zone.id', 'p.zone_id')
          .select([
            'p.id',
            'p.name',
            'p.class',
            'p.planned_start_on',
            'p.builder',
            'c.name as chain',
            'city.name as city',
            'zone.name as zone',
          ])
          .where('p.id', 'in', part)
          .execute();
        for (const r of rows)
          out.set(Number(r.id), {
            ...blank,
            id: Number(r.id),
            entity,
            name: r.name,
            chain: r.chain,
            place: place(r.city, r.zone),
            state: label(PROJECT_CLASS_LABELS as Record<ProjectClass, string>, r.class),
            date: r.planned_start_on,
            owner: r.builder,
          });
        break;
      }
      case 'lead': {
        const rows = await db
          .selectFrom('leads as l')
          .innerJoin('chains as c', 'c.id', 'l.chain_id')
          .innerJoin('organisations as city', 'city.id', 'l.city_id')
          .leftJoin('organisations as zone', 'zone.id', 'l.zone_id')
          .select([
            'l.id',
            'l.target_name',
            'l.pipeline_stage',
            'l.landed_on',
            'l.responsible_person',
            'c.name as chain',
            'city.name as city',
            'zone.name as zone',
          ])
          .where('l.id', 'in', part)
          .execute();
        for (const r of rows)
          out.set(Number(r.id), {
            ...blank,
            id: Number(r.id),
            entity,
            name: r.target_name,
            chain: r.chain,
            place: place(r.city, r.zone),
            state: label(LEAD_STAGE_LABELS as Record<LeadStage, string>, r.pipeline_stage),
            date: r.landed_on,
            owner: r.responsible_person,
          });
        break;
      }
      case 'problem': {
        const rows = await db
          .selectFrom('problems as pr')
          .innerJoin('chains as c', 'c.id', 'pr.chain_id')
          .innerJoin('organisations as resp', 'resp.id', 'pr.responsible_org_id')
          .innerJoin('organisations as raiser', 'raiser.id', 'pr.raised_by_org_id')
          .select(['pr.id', 'pr.title', 'pr.state', 'pr.deadline', 'c.name as chain', 'resp.name as owner', 'raiser.name as raiser'])
          .where('pr.id', 'in', part)
          .execute();
        for (const r of rows)
          out.set(Number(r.id), {
            ...blank,
            id: Number(r.id),
            entity,
            name: r.title,
            chain: r.chain,
            place: r.raiser,
            state: label(PROBLEM_STATE_LABELS as Record<ProblemState, string>, r.state),
            date: r.deadline,
            owner: r.owner,
          });
        break;
      }
      case 'chain': {
        const rows = await db
          .selectFrom('chains as c')
          .leftJoin('organisations as lu', 'lu.id', 'c.lead_unit_id')
          .select(['c.id', 'c.name', 'c.status', 'c.leader_name', 'lu.name as owner'])
          .where('c.id', 'in', part)
          .execute();
        for (const r of rows)
          out.set(Number(r.id), {
            ...blank,
            id: Number(r.id),
            entity,
            name: r.name,
            chain: r.leader_name,
            state: label(CHAIN_STATUS_LABELS as Record<ChainStatus, string>, r.status),
            owner: r.owner,
          });
        break;
      }
      case 'event': {
        const rows = await db
          .selectFrom('matchmaking_events as ev')
          .innerJoin('organisations as o', 'o.id', 'ev.organiser_id')
          .select(['ev.id', 'ev.title', 'ev.place', 'ev.held_on', 'o.name as owner'])
          .where('ev.id', 'in', part)
          .execute();
        for (const r of rows)
          out.set(Number(r.id), { ...blank, id: Number(r.id), entity, name: r.title, place: r.place, date: r.held_on, owner: r.owner });
        break;
      }
      case 'milestone': {
        const rows = await db
          .selectFrom('plan_milestones as ms')
          .innerJoin('plan_tasks as pt', 'pt.id', 'ms.task_id')
          .select(['ms.id', 'ms.title', 'ms.state', 'ms.due_on', 'ms.responsible', 'pt.title as task'])
          .where('ms.id', 'in', part)
          .execute();
        for (const r of rows)
          out.set(Number(r.id), {
            ...blank,
            id: Number(r.id),
            entity,
            name: r.title,
            chain: r.task,
            state: label(MILESTONE_STATE_LABELS, r.state),
            date: r.due_on,
            owner: (JSON.parse(r.responsible) as string[]).join('、'),
          });
        break;
      }
    }
  }
  return out;
}

type SnapshotRow = { id: number; period: string; as_of: string; auto_period: string | null; taken_at: string; taken_by: string | null };
const summary = (r: SnapshotRow): SnapshotSummary => ({
  id: Number(r.id),
  period: r.period,
  asOf: r.as_of,
  auto: r.auto_period !== null,
  takenAt: r.taken_at,
  takenBy: r.taken_by,
});

export const cockpitRepository = {
  describe,

  /** Rises with every recorded change: every write goes through the audit trail in its own transaction. */
  async version(db: Db): Promise<number> {
    const row = await db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.max('id').as('v'))
      .executeTakeFirst();
    return Number(row?.v ?? 0);
  },

  async chainById(db: Db, id: number) {
    const c = await db
      .selectFrom('chains')
      .select(['id', 'name', 'lead_unit_id', 'leader_user_id'])
      .where('id', '=', id)
      .executeTakeFirst();
    return c
      ? {
          id: Number(c.id),
          name: c.name,
          leadUnitId: c.lead_unit_id === null ? null : Number(c.lead_unit_id),
          leaderUserId: c.leader_user_id === null ? null : Number(c.leader_user_id),
        }
      : null;
  },

  async cityById(db: Db, id: number) {
    const c = await db
      .selectFrom('organisations')
      .select(['id', 'name'])
      .where('id', '=', id)
      .where('type', '=', 'city')
      .executeTakeFirst();
    return c ? { id: Number(c.id), name: c.name } : null;
  },

  keyChains: (db: Db) =>
    db
      .selectFrom('chains as c')
      .leftJoin('organisations as lu', 'lu.id', 'c.lead_unit_id')
      .select(['c.id', 'c.name', 'lu.name as lead_unit_name'])
      .where('c.status', '=', 'key')
      .orderBy('c.code')
      .execute(),

  /** The latest plan not after `year`. */
  async planFor(db: Db, year: number) {
    return db.selectFrom('plans').select(['id', 'year', 'title']).where('year', '<=', year).orderBy('year', 'desc').executeTakeFirst();
  },

  async earliestPlanYear(db: Db): Promise<number | null> {
    const row = await db
      .selectFrom('plans')
      .select((eb) => eb.fn.min('year').as('y'))
      .executeTakeFirst();
    return row?.y == null ? null : Number(row.y);
  },

  async snapshots(db: Db): Promise<SnapshotSummary[]> {
    const rows = await db
      .selectFrom('cockpit_snapshots')
      .select(['id', 'period', 'as_of', 'auto_period', 'taken_at', 'taken_by'])
      .orderBy('period', 'desc')
      .orderBy('taken_at', 'desc')
      .execute();
    return rows.map(summary);
  },

  async snapshot(db: Db, id: number) {
    const r = await db.selectFrom('cockpit_snapshots').selectAll().where('id', '=', id).executeTakeFirst();
    return r ? { ...summary(r), figures: r.figures } : null;
  },

  async autoPeriods(db: Db): Promise<Set<string>> {
    const rows = await db.selectFrom('cockpit_snapshots').select('auto_period').where('auto_period', 'is not', null).execute();
    return new Set(rows.map((r) => r.auto_period as string));
  },

  /** Inserts a snapshot; an automatic one that another request already took is left as it is (null). */
  async insertSnapshot(
    db: Db,
    s: { period: string; asOf: string; auto: boolean; figures: string; takenBy: string | null; takenAt: string },
  ): Promise<number | null> {
    const row = await db
      .insertInto('cockpit_snapshots')
      .values({
        period: s.period,
        as_of: s.asOf,
        auto_period: s.auto ? s.period : null,
        figures: s.figures,
        taken_by: s.takenBy,
        taken_at: s.takenAt,
      })
      .onConflict((oc) => oc.column('auto_period').doNothing())
      .returning('id')
      .executeTakeFirst();
    return row ? Number(row.id) : null;
  },
};
