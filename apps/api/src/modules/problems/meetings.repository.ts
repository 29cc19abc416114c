import type { Meeting, ProblemState } from '@chainboard/contracts';
import type { Db } from '../../db/database.js';
import { countRows } from '../../db/paging.js';
import type { ChainScope } from '../../policy/policy.js';
import { inChainScope } from '../chains/chains.repository.js';

function baseQuery(db: Db) {
  return db
    .selectFrom('meetings as m')
    .innerJoin('chains as c', 'c.id', 'm.chain_id')
    .selectAll('m')
    .select(['c.name as chain_name', 'c.lead_unit_id']);
}
type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;
export type MeetingRecord = Meeting & { chainLeadUnitId: number | null };

async function hydrate(db: Db, rows: Row[], today: string): Promise<MeetingRecord[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => Number(r.id));
  const agenda = await db
    .selectFrom('meeting_agenda as a')
    .innerJoin('problems as p', 'p.id', 'a.problem_id')
    .select(['a.meeting_id', 'p.id', 'p.title', 'p.state'])
    .where('a.meeting_id', 'in', ids)
    .orderBy('p.id')
    .execute();
  const decisions = await db
    .selectFrom('meeting_decisions as d')
    .innerJoin('organisations as o', 'o.id', 'd.owner_org_id')
    .selectAll('d')
    .select('o.name as owner_name')
    .where('d.meeting_id', 'in', ids)
    .orderBy('d.id')
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    chainId: Number(r.chain_id),
    chainName: r.chain_name,
    chainLeadUnitId: r.lead_unit_id === null ? null : Number(r.lead_unit_id),
    heldOn: r.held_on,
    title: r.title,
    location: r.location,
    attendees: r.attendees,
    notes: r.notes,
    problems: agenda
      .filter((a) => Number(a.meeting_id) === Number(r.id))
      .map((a) => ({ id: Number(a.id), title: a.title, state: a.state as ProblemState })),
    decisions: decisions
      .filter((d) => Number(d.meeting_id) === Number(r.id))
      .map((d) => ({
        id: Number(d.id),
        content: d.content,
        ownerOrgId: Number(d.owner_org_id),
        ownerOrgName: d.owner_name,
        ownerPerson: d.owner_person,
        deadline: d.deadline,
        problemId: d.problem_id === null ? null : Number(d.problem_id),
        done: Boolean(d.done),
        progress: JSON.parse(d.progress) as { at: string; note: string; username: string | null }[],
        overdue: !d.done && d.deadline < today,
      })),
    createdAt: r.created_at,
  }));
}

export const meetingsRepository = {
  async page(db: Db, scope: ChainScope, q: { chainId?: number; page: number; pageSize: number }, today: string) {
    let query = baseQuery(db).where(
      'm.chain_id',
      'in',
      db
        .selectFrom('chains as c')
        .select('c.id')
        .where((eb) => inChainScope(eb as never, scope)),
    );
    if (q.chainId) query = query.where('m.chain_id', '=', q.chainId);
    const total = await countRows(query);
    const rows = await query
      .orderBy('m.held_on', 'desc')
      .orderBy('m.id', 'desc')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute();
    return { items: await hydrate(db, rows, today), total };
  },

  async find(db: Db, scope: ChainScope, id: number, today: string): Promise<MeetingRecord | null> {
    const rows = await baseQuery(db)
      .where('m.id', '=', id)
      .where(
        'm.chain_id',
        'in',
        db
          .selectFrom('chains as c')
          .select('c.id')
          .where((eb) => inChainScope(eb as never, scope)),
      )
      .execute();
    return (await hydrate(db, rows, today))[0] ?? null;
  },

  async insert(
    db: Db,
    m: { chainId: number; heldOn: string; title: string; location: string | null; attendees: string; notes: string | null; at: string },
  ) {
    const row = await db
      .insertInto('meetings')
      .values({
        chain_id: m.chainId,
        held_on: m.heldOn,
        title: m.title,
        location: m.location,
        attendees: m.attendees,
        notes: m.notes,
        created_at: m.at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return Number(row.id);
  },

  async addAgenda(db: Db, meetingId: number, problemIds: number[]) {
    if (problemIds.length)
      await db
        .insertInto('meeting_agenda')
        .values(problemIds.map((problem_id) => ({ meeting_id: meetingId, problem_id })))
        .execute();
  },

  async addDecision(
    db: Db,
    d: { meetingId: number; content: string; ownerOrgId: number; ownerPerson: string | null; deadline: string; problemId: number | null },
  ) {
    const row = await db
      .insertInto('meeting_decisions')
      .values({
        meeting_id: d.meetingId,
        content: d.content,
        owner_org_id: d.ownerOrgId,
        owner_person: d.ownerPerson,
        deadline: d.deadline,
        problem_id: d.problemId,
        done: false,
        progress: '[]',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return Number(row.id);
  },

  async decision(db: Db, id: number) {
    return db.selectFrom('meeting_decisions').selectAll().where('id', '=', id).executeTakeFirst();
  },

  async updateDecision(db: Db, id: number, values: { done: boolean; progress: string }) {
    await db.updateTable('meeting_decisions').set(values).where('id', '=', id).execute();
  },
};
