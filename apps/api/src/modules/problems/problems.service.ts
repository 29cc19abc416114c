import {
  PROBLEM_LEVEL_LABELS,
  PROBLEM_STATE_LABELS,
  type Problem,
  type ProblemInput,
  type ProblemLevel,
  type ProblemState,
  type ProblemStepInput,
  RATING_LABELS,
} from '@chainboard/contracts';
import type { z } from 'zod';
import { type Deps, inTransaction } from '../../context.js';
import type { Db } from '../../db/database.js';
import { forbidden, invalid, notFound } from '../../lib/errors.js';
import { type RequestContext, SYSTEM_ACTOR } from '../../policy/actor.js';
import { policy } from '../../policy/policy.js';
import { chainsRepository } from '../chains/chains.repository.js';
import { enterprisesRepository } from '../enterprises/enterprises.repository.js';
import { organisationsRepository } from '../organisations/organisations.repository.js';
import { projectsRepository } from '../projects/projects.repository.js';
import { OPEN_STATES, type ProblemFilters, type ProblemRecord, problemsRepository as repo } from './problems.repository.js';

export const ESCALATION_SETTING = 'problems.escalateAfterDays';
const DEFAULT_ESCALATION_DAYS = 7;

const publicProblem = ({ chainLeadUnitId: _c, ...p }: ProblemRecord): Problem => p;

export async function escalationDays(db: Db): Promise<number> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', ESCALATION_SETTING).executeTakeFirst();
  return row ? Number(row.value) : DEFAULT_ESCALATION_DAYS;
}

/**
 * Problems overdue by more than the configured days rise from the lead unit to the chain leader.
 * Run before every read, so the next level sees them at once and nothing waits on a timer.
 */
async function escalateOverdue(deps: Deps): Promise<void> {
  const days = await escalationDays(deps.db);
  const due = await repo.overdueForEscalation(deps.db, deps.clock.today(), days);
  if (!due.length) return;
  await inTransaction(deps, async (trx) => {
    const now = deps.clock.nowIso();
    for (const p of due) {
      // the WHERE on level keeps a second process from escalating the same problem twice
      const res = await trx
        .updateTable('problems')
        .set({ level: 'chainLeader', updated_at: now })
        .where('id', '=', p.id)
        .where('level', '=', 'leadUnit')
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) === 0) continue;
      await repo.addEvent(trx, {
        problemId: Number(p.id),
        at: now,
        username: 'system',
        organisationId: null,
        kind: 'escalated',
        note: `超过办理期限 ${days} 天，自动提级至${PROBLEM_LEVEL_LABELS.chainLeader}`,
      });
      await deps.audit.record(trx, {
        actor: SYSTEM_ACTOR,
        ip: null,
        action: 'update',
        entityType: 'problem',
        entityId: Number(p.id),
        before: { level: 'leadUnit' },
        after: { level: 'chainLeader', reason: 'overdue' },
      });
    }
  });
}

export async function loadProblem(db: Db, ctx: RequestContext, id: number, today: string): Promise<ProblemRecord> {
  const p = await repo.find(db, ctx.actor, id, today);
  if (!p) throw notFound('问题');
  return p;
}

/**
 * The project, enterprise and visit a problem names must be ones the raiser may see (its own visit):
 * otherwise a problem would carry the name of a record its raiser cannot open.
 */
async function checkTies(trx: Db, deps: Deps, ctx: RequestContext, input: z.output<typeof ProblemInput>) {
  const a = ctx.actor;
  if (input.projectId !== null && !(await projectsRepository.find(trx, policy.project.scope(a), input.projectId, deps.clock.today())))
    throw invalid('所选项目不存在，或不在本单位职责范围内', { projectId: '请选择本单位可见的项目' });
  if (
    input.enterpriseId !== null &&
    !(await enterprisesRepository.findInScope(trx, policy.enterprise.scope(a), input.enterpriseId, deps.clock.today(), deps.clock.nowIso()))
  )
    throw invalid('所选企业不存在，或不在本单位职责范围内', { enterpriseId: '请选择本单位可见的企业' });
  if (input.visitId !== null) {
    const visit = await trx.selectFrom('visits').select('lead_unit_id').where('id', '=', input.visitId).executeTakeFirst();
    if (!visit || (Number(visit.lead_unit_id) !== a.organisationId && a.organisationType !== 'office'))
      throw invalid('所选走访记录不存在，或不是本单位的走访', { visitId: '请选择本单位的走访记录' });
  }
}

/** Writes a new problem with its first timeline entry and audit row, inside the caller's transaction. */
export async function insertProblem(trx: Db, deps: Deps, ctx: RequestContext, input: z.output<typeof ProblemInput>): Promise<Problem> {
  await checkTies(trx, deps, ctx, input);
  const now = deps.clock.nowIso();
  const id = await repo.insert(trx, {
    title: input.title,
    description: input.description,
    category: input.category,
    chain_id: input.chainId,
    project_id: input.projectId,
    enterprise_id: input.enterpriseId,
    raised_by_org_id: ctx.actor.organisationId,
    raised_by_user_id: ctx.actor.userId || null,
    visit_id: input.visitId,
    responsible_org_id: input.responsibleOrgId,
    responsible_person: input.responsiblePerson,
    deadline: input.deadline,
    state: 'raised',
    level: 'leadUnit',
    answer: null,
    rating: null,
    demo: false,
    created_at: now,
    updated_at: now,
    closed_at: null,
  });
  await repo.addEvent(trx, {
    problemId: id,
    at: now,
    username: ctx.actor.username,
    organisationId: ctx.actor.organisationId,
    kind: 'raised',
    note: input.description,
    to: 'raised',
  });
  const created = publicProblem((await repo.find(trx, null, id, deps.clock.today())) as ProblemRecord);
  await deps.audit.record(trx, { actor: ctx.actor, ip: ctx.ip, action: 'create', entityType: 'problem', entityId: id, after: created });
  return created;
}

type Step = ProblemStepInput['step'];
const STEP_FROM: Record<Exclude<Step, 'escalate'>, ProblemState[]> = {
  accept: ['raised', 'returned'],
  return: ['raised'],
  progress: ['accepted', 'inProgress'],
  answer: ['accepted', 'inProgress'],
  rate: ['answered'],
};
const STEP_LABELS: Record<Step, string> = {
  accept: '受理',
  return: '退回',
  progress: '报告进展',
  answer: '答复',
  rate: '评价',
  escalate: '提级',
};

export const problemsService = {
  async list(deps: Deps, ctx: RequestContext, q: ProblemFilters & { page: number; pageSize: number }) {
    await escalateOverdue(deps);
    const { items, total } = await repo.page(deps.db, deps.kind, ctx.actor, q, deps.clock.today());
    return { items: items.map(publicProblem), total, page: q.page, pageSize: q.pageSize };
  },

  async all(deps: Deps, ctx: RequestContext, q: ProblemFilters) {
    await escalateOverdue(deps);
    return (await repo.all(deps.db, deps.kind, ctx.actor, q, deps.clock.today())).map(publicProblem);
  },

  async get(deps: Deps, ctx: RequestContext, id: number) {
    await escalateOverdue(deps);
    return publicProblem(await loadProblem(deps.db, ctx, id, deps.clock.today()));
  },

  async timeline(deps: Deps, ctx: RequestContext, id: number) {
    await escalateOverdue(deps);
    await loadProblem(deps.db, ctx, id, deps.clock.today());
    return repo.events(deps.db, id);
  },

  async raise(deps: Deps, ctx: RequestContext, input: z.output<typeof ProblemInput>): Promise<Problem> {
    if (!policy.problem.raise(ctx.actor)) throw forbidden('只有业务经办人员可以反映问题');
    const chain = await chainsRepository.findInScope(deps.db, { all: true }, input.chainId);
    if (!chain) throw invalid('所选产业链不存在', { chainId: '所选产业链不存在' });
    const responsible = await organisationsRepository.findById(deps.db, input.responsibleOrgId);
    if (!responsible || responsible.type === 'enterprise')
      throw invalid('责任单位须为政府部门、市或开发区', { responsibleOrgId: '请选择责任单位' });
    if (input.deadline < deps.clock.today()) throw invalid('办理期限不能早于今天', { deadline: '办理期限已过' });
    return inTransaction(deps, (trx) => insertProblem(trx, deps, ctx, input));
  },

  /** One step of the loop; each is kept with who and when. */
  async step(deps: Deps, ctx: RequestContext, id: number, s: ProblemStepInput): Promise<Problem> {
    await escalateOverdue(deps);
    return inTransaction(deps, async (trx) => {
      const p = await loadProblem(trx, ctx, id, deps.clock.today());
      const now = deps.clock.nowIso();
      let to: ProblemState = p.state;
      const values: Record<string, unknown> = { updated_at: now };
      let note: string | null = 'note' in s ? (s.note ?? null) : null;

      if (s.step === 'escalate') {
        const next: ProblemLevel | null = p.level === 'leadUnit' ? 'chainLeader' : p.level === 'chainLeader' ? 'generalLeader' : null;
        if (!next) throw invalid('问题已在总链长协调层级，不能再提级');
        if (!OPEN_STATES.includes(p.state)) throw invalid(`问题${PROBLEM_STATE_LABELS[p.state]}，无需提级`);
        if (!policy.problem.escalate(ctx.actor, p, next))
          throw forbidden(next === 'generalLeader' ? '特别重大问题由省链长办请示总链长协调' : '提级由该链牵头单位或省链长办决定');
        values.level = next;
        note = `提级至${PROBLEM_LEVEL_LABELS[next]}：${s.note}`;
      } else {
        if (!STEP_FROM[s.step].includes(p.state)) {
          throw invalid(`问题当前为“${PROBLEM_STATE_LABELS[p.state]}”，不能${STEP_LABELS[s.step]}`);
        }
        if (s.step === 'rate') {
          if (!policy.problem.confirm(ctx.actor, p)) throw forbidden('只有反映问题的单位可以确认办结并评价');
          if (s.rating === 'unsatisfied' && !s.note) throw invalid('不满意须说明理由', { note: '请说明不满意的理由' });
          values.rating = s.rating;
          to = s.rating === 'unsatisfied' ? 'inProgress' : 'closed';
          if (to === 'closed') values.closed_at = now;
          note = `${RATING_LABELS[s.rating]}${s.note ? `：${s.note}` : ''}`;
        } else {
          if (!policy.problem.handle(ctx.actor, p)) throw forbidden('只有责任单位可以办理该问题');
          to = { accept: 'accepted', return: 'returned', progress: 'inProgress', answer: 'answered' }[s.step] as ProblemState;
          if (s.step === 'answer') values.answer = s.note;
        }
        values.state = to;
      }
      await repo.update(trx, id, values);
      const kind = s.step === 'rate' && to === 'inProgress' ? 'reopened' : s.step === 'escalate' ? 'escalated' : s.step;
      await repo.addEvent(trx, {
        problemId: id,
        at: now,
        username: ctx.actor.username,
        organisationId: ctx.actor.organisationId,
        kind,
        note,
        from: p.state,
        to,
      });
      const after = publicProblem((await repo.find(trx, null, id, deps.clock.today())) as ProblemRecord);
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'update',
        entityType: 'problem',
        entityId: id,
        before: { state: p.state, level: p.level },
        after: { state: after.state, level: after.level, step: s.step, note },
      });
      return after;
    });
  },

  async stats(deps: Deps, ctx: RequestContext, q: ProblemFilters) {
    const all = await this.all(deps, ctx, q);
    const byState: Record<string, number> = {};
    const byCategory: Record<string, number> = {};
    for (const p of all) {
      byState[p.state] = (byState[p.state] ?? 0) + 1;
      byCategory[p.category] = (byCategory[p.category] ?? 0) + 1;
    }
    const closed = all.filter((p) => p.closedAt);
    const days = closed.map((p) => (Date.parse(p.closedAt as string) - Date.parse(p.createdAt)) / 86_400_000);
    return {
      byState,
      byCategory,
      overdue: all.filter((p) => p.overdue).length,
      escalated: all.filter((p) => p.level !== 'leadUnit').length,
      averageDaysToSolve: days.length ? Math.round((days.reduce((s, d) => s + d, 0) / days.length) * 10) / 10 : null,
    };
  },

  async setEscalationDays(deps: Deps, ctx: RequestContext, days: number) {
    if (!policy.problem.configure(ctx.actor)) throw forbidden('自动提级天数由省链长办设定');
    await inTransaction(deps, async (trx) => {
      const before = await escalationDays(trx);
      await trx
        .insertInto('settings')
        .values({ key: ESCALATION_SETTING, value: String(days) })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: String(days) }))
        .execute();
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'update',
        entityType: 'setting',
        entityId: ESCALATION_SETTING,
        before,
        after: days,
      });
    });
    return { escalateAfterDays: days };
  },
};
