import type { DecisionProgressInput, MeetingDecisionInput, MeetingInput } from '@chainboard/contracts';
import type { z } from 'zod';
import { type Deps, inTransaction } from '../../context.js';
import type { Db } from '../../db/database.js';
import { forbidden, invalid, notFound } from '../../lib/errors.js';
import type { RequestContext } from '../../policy/actor.js';
import { chainScopeIsEmpty, policy } from '../../policy/policy.js';
import { chainsRepository } from '../chains/chains.repository.js';
import { organisationsRepository } from '../organisations/organisations.repository.js';
import { meetingMinutes } from './meeting-minutes.js';
import { type MeetingRecord, meetingsRepository as repo } from './meetings.repository.js';
import { problemsRepository } from './problems.repository.js';

const publicMeeting = ({ chainLeadUnitId: _c, ...m }: MeetingRecord) => m;

async function load(db: Db, ctx: RequestContext, id: number, today: string) {
  const scope = policy.chain.businessScope(ctx.actor);
  const m = chainScopeIsEmpty(scope) ? null : await repo.find(db, scope, id, today);
  if (!m) throw notFound('协调会');
  return m;
}

export const meetingsService = {
  async list(deps: Deps, ctx: RequestContext, q: { chainId?: number; page: number; pageSize: number }) {
    const scope = policy.chain.businessScope(ctx.actor);
    if (chainScopeIsEmpty(scope)) throw forbidden();
    const { items, total } = await repo.page(deps.db, scope, q, deps.clock.today());
    return { items: items.map(publicMeeting), total, page: q.page, pageSize: q.pageSize };
  },

  get: async (deps: Deps, ctx: RequestContext, id: number) => publicMeeting(await load(deps.db, ctx, id, deps.clock.today())),

  /** A chain leader's coordination meeting: the problems on its agenda go up to the chain leader's level. */
  async create(deps: Deps, ctx: RequestContext, m: z.output<typeof MeetingInput>) {
    const chain = await chainsRepository.findInScope(deps.db, { all: true }, m.chainId);
    if (!chain) throw invalid('所选产业链不存在', { chainId: '所选产业链不存在' });
    if (!policy.problem.meeting(ctx.actor, chain)) throw forbidden('协调会由该链牵头单位或省链长办记录');
    return inTransaction(deps, async (trx) => {
      const now = deps.clock.nowIso();
      const problems = [];
      for (const pid of [...new Set(m.problemIds)]) {
        const p = await problemsRepository.find(trx, ctx.actor, pid, deps.clock.today());
        if (!p || p.chainId !== m.chainId) throw invalid('议题须为本产业链的问题', { problemIds: '议题须为本产业链的问题' });
        problems.push(p);
      }
      const id = await repo.insert(trx, { ...m, at: now });
      await repo.addAgenda(
        trx,
        id,
        problems.map((p) => p.id),
      );
      for (const p of problems) {
        const rise = p.level === 'leadUnit';
        if (rise) await problemsRepository.update(trx, p.id, { level: 'chainLeader', updated_at: now });
        await problemsRepository.addEvent(trx, {
          problemId: p.id,
          at: now,
          username: ctx.actor.username,
          organisationId: ctx.actor.organisationId,
          kind: 'onAgenda',
          note: `列入${m.heldOn}“${m.title}”议题${rise ? '，提级至链长协调' : ''}`,
        });
      }
      const created = publicMeeting((await repo.find(trx, { all: true }, id, deps.clock.today())) as MeetingRecord);
      await deps.audit.record(trx, { actor: ctx.actor, ip: ctx.ip, action: 'create', entityType: 'meeting', entityId: id, after: created });
      return created;
    });
  },

  async addDecision(deps: Deps, ctx: RequestContext, meetingId: number, d: z.output<typeof MeetingDecisionInput>) {
    const meeting = await load(deps.db, ctx, meetingId, deps.clock.today());
    if (!policy.problem.meeting(ctx.actor, { leadUnitId: meeting.chainLeadUnitId }))
      throw forbidden('议定事项由该链牵头单位或省链长办记录');
    const owner = await organisationsRepository.findById(deps.db, d.ownerOrgId);
    if (!owner) throw invalid('责任单位不存在', { ownerOrgId: '请选择责任单位' });
    if (d.problemId !== null && !meeting.problems.some((p) => p.id === d.problemId))
      throw invalid('关联的问题须是本次会议的议题', { problemId: '不是本次会议的议题' });
    return inTransaction(deps, async (trx) => {
      const id = await repo.addDecision(trx, { meetingId, ...d });
      if (d.problemId !== null) {
        await problemsRepository.addEvent(trx, {
          problemId: d.problemId,
          at: deps.clock.nowIso(),
          username: ctx.actor.username,
          organisationId: ctx.actor.organisationId,
          kind: 'decision',
          note: `会议议定：${d.content}（责任单位：${owner.name}，时限 ${d.deadline}）`,
        });
      }
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'create',
        entityType: 'meetingDecision',
        entityId: id,
        after: { meetingId, ...d },
      });
      return publicMeeting((await repo.find(trx, { all: true }, meetingId, deps.clock.today())) as MeetingRecord);
    });
  },

  /** A decision is tracked like a problem: its owner reports progress until it is done. */
  async decisionProgress(deps: Deps, ctx: RequestContext, decisionId: number, p: z.output<typeof DecisionProgressInput>) {
    return inTransaction(deps, async (trx) => {
      const d = await repo.decision(trx, decisionId);
      if (!d) throw notFound('议定事项');
      const meeting = await load(trx, ctx, Number(d.meeting_id), deps.clock.today());
      const mayReport =
        policy.problem.meeting(ctx.actor, { leadUnitId: meeting.chainLeadUnitId }) ||
        policy.problem.handle(ctx.actor, { responsibleOrgId: Number(d.owner_org_id) });
      if (!mayReport) throw forbidden('只有责任单位可以报告议定事项进展');
      if (d.done) throw invalid('该议定事项已完成');
      const progress = [...(JSON.parse(d.progress) as unknown[]), { at: deps.clock.nowIso(), note: p.note, username: ctx.actor.username }];
      await repo.updateDecision(trx, decisionId, { done: p.done, progress: JSON.stringify(progress) });
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'update',
        entityType: 'meetingDecision',
        entityId: decisionId,
        after: p,
      });
      return publicMeeting((await repo.find(trx, { all: true }, Number(d.meeting_id), deps.clock.today())) as MeetingRecord);
    });
  },

  async minutes(deps: Deps, ctx: RequestContext, id: number) {
    const meeting = await load(deps.db, ctx, id, deps.clock.today());
    return { fileName: `${meeting.chainName}产业链链长协调会议纪要（${meeting.heldOn}）.docx`, content: await meetingMinutes(meeting) };
  },
};
