/** Around the projects: the fund reserve, the lead units' visits, and mode demonstrations per chain. */
import type { ModeDemonstrationInput, ReserveInput, VisitInput } from '@chainboard/contracts';
import type { z } from 'zod';
import { type Deps, inTransaction } from '../../context.js';
import { daysAfter } from '../../lib/dates.js';
import { conflict, forbidden, invalid, notFound } from '../../lib/errors.js';
import { hasRole, type RequestContext } from '../../policy/actor.js';
import { policy } from '../../policy/policy.js';
import { chainsRepository } from '../chains/chains.repository.js';
import { enterprisesRepository } from '../enterprises/enterprises.repository.js';
import { insertProblem } from '../problems/problems.service.js';
import { supportRepository as repo } from './project-support.repository.js';
import { loadProject } from './projects.service.js';

export const projectSupportService = {
  async reserve(deps: Deps, ctx: RequestContext, q: { year?: number; chainId?: number; state?: string; page: number; pageSize: number }) {
    const scope = policy.chain.businessScope(ctx.actor);
    const { items, total } = await repo.reservePage(deps.db, scope, q);
    return { items, total, page: q.page, pageSize: q.pageSize };
  },

  async recommend(deps: Deps, ctx: RequestContext, input: z.output<typeof ReserveInput>) {
    return inTransaction(deps, async (trx) => {
      const project = await loadProject(trx, ctx, input.projectId, deps.clock.today());
      if (!policy.project.lead(ctx.actor, project)) throw forbidden('项目由链长牵头单位推荐纳入资金申报储备库');
      if (await repo.reserveExists(trx, input.projectId, input.year)) throw conflict(`该项目已推荐纳入 ${input.year} 年储备库`);
      const id = await repo.insertReserve(trx, { ...input, recommendedBy: ctx.actor.organisationId, at: deps.clock.nowIso() });
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'create',
        entityType: 'fundReserve',
        entityId: id,
        after: input,
      });
      return (await repo.reserveEntry(trx, id)) as NonNullable<Awaited<ReturnType<typeof repo.reserveEntry>>>;
    });
  },

  async review(deps: Deps, ctx: RequestContext, id: number, r: { state: 'accepted' | 'rejected'; note: string | null }) {
    if (!policy.project.reviewReserve(ctx.actor)) throw forbidden('储备库推荐由省链长办审核');
    return inTransaction(deps, async (trx) => {
      const before = await repo.reserveEntry(trx, id);
      if (!before) throw notFound('储备库推荐');
      if (before.state !== 'recommended') throw invalid('该推荐已审核');
      await repo.reviewReserve(trx, id, r.state, r.note, deps.clock.nowIso());
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'update',
        entityType: 'fundReserve',
        entityId: id,
        before,
        after: r,
      });
      return (await repo.reserveEntry(trx, id)) as NonNullable<Awaited<ReturnType<typeof repo.reserveEntry>>>;
    });
  },

  async visits(deps: Deps, ctx: RequestContext, q: { chainId?: number; cityId?: number; page: number; pageSize: number }) {
    const scope = policy.enterprise.scope(ctx.actor);
    if (!scope.all && !hasRole(ctx.actor, 'editor', 'viewer', 'chainLeader')) throw forbidden();
    const { items, total } = await repo.visitPage(deps.db, scope, q);
    return { items, total, page: q.page, pageSize: q.pageSize };
  },

  async recordVisit(deps: Deps, ctx: RequestContext, v: z.output<typeof VisitInput>) {
    if (!policy.project.recordVisit(ctx.actor)) throw forbidden('入企服务由链长牵头单位记录');
    return inTransaction(deps, async (trx) => {
      if (v.chainId) {
        const chain = await chainsRepository.findInScope(trx, { all: true }, v.chainId);
        if (chain?.leadUnitId !== ctx.actor.organisationId)
          throw invalid('只能记录本单位牵头产业链的走访', { chainId: '请选择本单位牵头的产业链' });
      }
      const city = await trx.selectFrom('organisations').select('type').where('id', '=', v.cityId).executeTakeFirst();
      if (city?.type !== 'city') throw invalid('请选择走访的市', { cityId: '请选择走访的市' });
      for (const projectId of v.projectIds) await loadProject(trx, ctx, projectId, deps.clock.today());
      const scope = policy.enterprise.scope(ctx.actor);
      for (const enterpriseId of v.enterpriseIds) {
        if (!(await enterprisesRepository.findInScope(trx, scope, enterpriseId, deps.clock.today(), deps.clock.nowIso())))
          throw invalid('走访的企业不存在，或不在本单位牵头产业链上', { enterpriseIds: '请选择本单位牵头产业链上的企业' });
      }
      if (v.problemsHeard.length && !v.chainId)
        throw invalid('走访中听到的问题要列入产业链的问题清单，请选择产业链', { chainId: '请选择产业链' });
      const id = await repo.insertVisit(trx, { ...v, leadUnitId: ctx.actor.organisationId, at: deps.clock.nowIso() });
      await deps.audit.record(trx, { actor: ctx.actor, ip: ctx.ip, action: 'create', entityType: 'visit', entityId: id, after: v });
      // every problem heard enters the problem list, with the lead unit that heard it responsible
      for (const heard of v.problemsHeard) {
        await insertProblem(trx, deps, ctx, {
          title: heard.length > 30 ? `${heard.slice(0, 30)}…` : heard,
          description: heard,
          category: 'other',
          chainId: v.chainId as number,
          projectId: v.projectIds[0] ?? null,
          enterpriseId: v.enterpriseIds[0] ?? null,
          responsibleOrgId: ctx.actor.organisationId,
          responsiblePerson: null,
          deadline: daysAfter(deps.clock.today(), 30),
          visitId: id,
        });
      }
      return repo.visit(trx, id);
    });
  },

  async demonstrations(deps: Deps, ctx: RequestContext, chainId?: number) {
    return repo.demonstrations(deps.db, policy.chain.businessScope(ctx.actor), chainId);
  },

  async recordDemonstration(deps: Deps, ctx: RequestContext, d: z.output<typeof ModeDemonstrationInput>) {
    const chain = await chainsRepository.findInScope(deps.db, { all: true }, d.chainId);
    if (!chain) throw invalid('所选产业链不存在', { chainId: '所选产业链不存在' });
    if (!policy.project.lead(ctx.actor, { chainLeadUnitId: chain.leadUnitId })) throw forbidden('示范由省链长办或该链牵头单位记录');
    return inTransaction(deps, async (trx) => {
      if (d.projectId) {
        const project = await loadProject(trx, ctx, d.projectId, deps.clock.today());
        if (project.chainId !== d.chainId) throw invalid('所选项目不在这条产业链上', { projectId: '项目不在这条产业链上' });
      }
      const id = await repo.insertDemonstration(trx, { ...d, at: deps.clock.nowIso() });
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'create',
        entityType: 'modeDemonstration',
        entityId: id,
        after: d,
      });
      return repo.demonstrations(trx, { all: true }, d.chainId);
    });
  },
};
