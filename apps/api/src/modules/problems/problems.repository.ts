import type { Problem, ProblemLevel, ProblemState } from '@chainboard/contracts';
import { type ExpressionBuilder, type Insertable, sql, type Updateable } from 'kysely';
import type { Database, DatabaseKind, Db, ProblemsTable } from '../../db/database.js';
import { containsInsensitive } from '../../db/dialect.js';
import { countRows } from '../../db/paging.js';
import { type Actor, hasRole } from '../../policy/actor.js';

type Eb = ExpressionBuilder<Database & { pr: ProblemsTable }, 'pr'>;
export const OPEN_STATES: ProblemState[] = ['raised', 'accepted', 'inProgress', 'returned'];

/** Nobody outside the chain of organisations responsible for a problem sees it. */
export function problemVisibleTo(eb: Eb, a: Actor) {
  const business = hasRole(a, 'editor', 'viewer');
  if (hasRole(a, 'generalChainLeader') || (business && a.organisationType === 'office')) return sql<boolean>`1 = 1`;
  const ties = [];
  if (business) {
    ties.push(eb('pr.raised_by_org_id', '=', a.organisationId), eb('pr.responsible_org_id', '=', a.organisationId));
    if (a.organisationType === 'leadUnit')
      ties.push(eb('pr.chain_id', 'in', eb.selectFrom('chains as pc').select('pc.id').where('pc.lead_unit_id', '=', a.organisationId)));
  }
  if (hasRole(a, 'chainLeader'))
    ties.push(eb('pr.chain_id', 'in', eb.selectFrom('chains as pc').select('pc.id').where('pc.leader_user_id', '=', a.userId)));
  return ties.length ? eb.or(ties) : sql<boolean>`1 = 0`;
}

function overdue(eb: Eb, today: string) {
  return eb.and([eb('pr.state', 'in', OPEN_STATES), eb('pr.deadline', '<', today)]);
}

function baseQuery(db: Db) {
  return db
    .selectFrom('problems as pr')
    .innerJoin('chains as c', 'c.id', 'pr.chain_id')
    .innerJoin('organisations as raiser', 'raiser.id', 'pr.raised_by_org_id')
    .innerJoin('organisations as resp', 'resp.id', 'pr.responsible_org_id')
    .leftJoin('projects as p', 'p.id', 'pr.project_id')
    .leftJoin('enterprises as e', 'e.id', 'pr.enterprise_id')
    .selectAll('pr')
    .select([
      'c.name as chain_name',
      'c.lead_unit_id',
      'raiser.name as raiser_name',
      'resp.name as responsible_name',
      'p.name as project_name',
      'e.name as enterprise_name',
    ]);
}
type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;
export type ProblemRecord = Problem & { chainLeadUnitId: number | null };

const toProblem = (r: Row, today: string): ProblemRecord => ({
  id: Number(r.id),
  title: r.title,
  description: r.description,
  category: r.category as Problem['category'],
  chainId: Number(r.chain_id),
  chainName: r.chain_name,
  chainLeadUnitId: r.lead_unit_id === null ? null : Number(r.lead_unit_id),
  projectId: r.project_id === null ? null : Number(r.project_id),
  projectName: r.project_name,
  enterpriseId: r.enterprise_id === null ? null : Number(r.enterprise_id),
  enterpriseName: r.enterprise_name,
  raisedByOrgId: Number(r.raised_by_org_id),
  raisedByOrgName: r.raiser_name,
  visitId: r.visit_id === null ? null : Number(r.visit_id),
  responsibleOrgId: Number(r.responsible_org_id),
  responsibleOrgName: r.responsible_name,
  responsiblePerson: r.responsible_person,
  deadline: r.deadline,
  state: r.state as ProblemState,
  level: r.level as ProblemLevel,
  answer: r.answer,
  rating: r.rating as Problem['rating'],
  overdue: OPEN_STATES.includes(r.state as ProblemState) && r.deadline < today,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  closedAt: r.closed_at,
});

export type ProblemFilters = {
  chainId?: number;
  cityId?: number;
  state?: ProblemState;
  level?: ProblemLevel;
  category?: string;
  overdue?: boolean;
  mine?: 'toAccept' | 'toAnswer' | 'toConfirm';
  q?: string;
};

export const problemsRepository = {
  filtered(db: Db, kind: DatabaseKind, a: Actor, q: ProblemFilters, today: string) {
    let query = baseQuery(db).where((eb) => problemVisibleTo(eb as unknown as Eb, a));
    if (q.chainId) query = query.where('pr.chain_id', '=', q.chainId);
    if (q.cityId) {
      const city = q.cityId;
      query = query.where((eb) =>
        eb.or([
          eb('p.city_id', '=', city),
          eb('e.city_id', '=', city),
          eb('pr.raised_by_org_id', '=', city),
          eb('pr.responsible_org_id', '=', city),
        ]),
      );
    }
    if (q.state) query = query.where('pr.state', '=', q.state);
    if (q.level) query = query.where('pr.level', '=', q.level);
    if (q.category) query = query.where('pr.category', '=', q.category);
    if (q.overdue !== undefined)
      query = query.where((eb) => (q.overdue ? overdue(eb as unknown as Eb, today) : eb.not(overdue(eb as unknown as Eb, today))));
    if (q.mine === 'toAccept') query = query.where('pr.state', '=', 'raised').where('pr.responsible_org_id', '=', a.organisationId);
    if (q.mine === 'toAnswer')
      query = query.where('pr.state', 'in', ['accepted', 'inProgress']).where('pr.responsible_org_id', '=', a.organisationId);
    if (q.mine === 'toConfirm') query = query.where('pr.state', '=', 'answered').where('pr.raised_by_org_id', '=', a.organisationId);
    if (q.q) query = query.where(containsInsensitive(kind, 'pr.title', q.q));
    return query;
  },

  async page(db: Db, kind: DatabaseKind, a: Actor, q: ProblemFilters & { page: number; pageSize: number }, today: string) {
    const query = this.filtered(db, kind, a, q, today);
    const total = await countRows(query);
    const rows = await query
      .orderBy('pr.deadline')
      .orderBy('pr.id')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute();
    return { items: rows.map((r) => toProblem(r, today)), total };
  },

  async all(db: Db, kind: DatabaseKind, a: Actor, q: ProblemFilters, today: string) {
    return (await this.filtered(db, kind, a, q, today).orderBy('pr.id').execute()).map((r) => toProblem(r, today));
  },

  async find(db: Db, a: Actor | null, id: number, today: string): Promise<ProblemRecord | null> {
    let query = baseQuery(db).where('pr.id', '=', id);
    if (a) query = query.where((eb) => problemVisibleTo(eb as unknown as Eb, a));
    const row = await query.executeTakeFirst();
    return row ? toProblem(row, today) : null;
  },

  async insert(db: Db, values: Insertable<ProblemsTable>) {
    return Number((await db.insertInto('problems').values(values).returning('id').executeTakeFirstOrThrow()).id);
  },

  async update(db: Db, id: number, values: Updateable<ProblemsTable>) {
    await db.updateTable('problems').set(values).where('id', '=', id).execute();
  },

  async addEvent(
    db: Db,
    e: {
      problemId: number;
      at: string;
      username: string | null;
      organisationId: number | null;
      kind: string;
      note: string | null;
      from?: string | null;
      to?: string | null;
    },
  ) {
    await db
      .insertInto('problem_events')
      .values({
        problem_id: e.problemId,
        at: e.at,
        username: e.username,
        organisation_id: e.organisationId,
        kind: e.kind,
        note: e.note,
        from_state: e.from ?? null,
        to_state: e.to ?? null,
      })
      .execute();
  },

  async events(db: Db, problemId: number) {
    const rows = await db
      .selectFrom('problem_events as ev')
      .leftJoin('organisations as o', 'o.id', 'ev.organisation_id')
      .select(['ev.id', 'ev.at', 'ev.username', 'o.name', 'ev.kind', 'ev.note', 'ev.from_state', 'ev.to_state'])
      .where('ev.problem_id', '=', problemId)
      .orderBy('ev.id')
      .execute();
    return rows.map((r) => ({
      id: Number(r.id),
      at: r.at,
      username: r.username,
      organisationName: r.name,
      kind: r.kind,
      note: r.note,
      fromState: r.from_state,
      toState: r.to_state,
    }));
  },

  /** Open problems at the lead-unit level whose deadline passed more than `days` days before `today`. */
  async overdueForEscalation(db: Db, today: string, days: number) {
    const cutoff = new Date(`${today}T00:00:00Z`);
    cutoff.setUTCDate(cutoff.getUTCDate() - days);
    return db
      .selectFrom('problems')
      .select(['id', 'deadline'])
      .where('level', '=', 'leadUnit')
      .where('state', 'in', OPEN_STATES)
      .where('deadline', '<', cutoff.toISOString().slice(0, 10))
      .execute();
  },
};
