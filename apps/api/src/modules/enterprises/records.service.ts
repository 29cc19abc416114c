/** Honours and figures of one enterprise: both kept as history, both changed only within scope. */
import type { FigureInput, HonourKind, HonourLevel } from '@chainboard/contracts';
import { type Deps, inTransaction } from '../../context.js';
import { forbidden, invalid, notFound } from '../../lib/errors.js';
import type { RequestContext } from '../../policy/actor.js';
import { policy } from '../../policy/policy.js';
import { enterprisesService } from './enterprises.service.js';
import { figuresRepository } from './figures.repository.js';
import { honoursRepository } from './honours.repository.js';

async function loadForChange(deps: Deps, ctx: RequestContext, id: number, what: string, may = policy.enterprise.update) {
  const e = await enterprisesService.loadInScope(deps.db, ctx, id, deps.clock);
  if (!may(ctx.actor, e)) throw forbidden(`没有修改该企业${what}的权限`);
  return e;
}

export const recordsService = {
  async honours(deps: Deps, ctx: RequestContext, id: number) {
    await enterprisesService.loadInScope(deps.db, ctx, id, deps.clock);
    return honoursRepository.list(deps.db, id);
  },

  async addHonour(
    deps: Deps,
    ctx: RequestContext,
    id: number,
    h: { kind: HonourKind; level: HonourLevel; year: number; note: string | null },
  ) {
    await loadForChange(deps, ctx, id, '荣誉', policy.enterprise.recordHonour);
    return inTransaction(deps, async (trx) => {
      const honourId = await honoursRepository.insert(trx, { enterpriseId: id, ...h, now: deps.clock.nowIso() });
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'create',
        entityType: 'enterpriseHonour',
        entityId: honourId,
        after: { enterpriseId: id, ...h },
      });
      return honoursRepository.list(trx, id);
    });
  },

  async revokeHonour(deps: Deps, ctx: RequestContext, id: number, honourId: number, r: { revokedOn: string; note: string | null }) {
    await loadForChange(deps, ctx, id, '荣誉', policy.enterprise.recordHonour);
    return inTransaction(deps, async (trx) => {
      const before = await honoursRepository.find(trx, id, honourId);
      if (!before) throw notFound('荣誉记录');
      if (before.revoked_on) throw invalid(`该荣誉已于 ${before.revoked_on} 撤销`);
      await honoursRepository.revoke(trx, honourId, r.revokedOn, r.note ?? before.note);
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'update',
        entityType: 'enterpriseHonour',
        entityId: honourId,
        before,
        after: { revokedOn: r.revokedOn, note: r.note },
      });
      return honoursRepository.list(trx, id);
    });
  },

  async figures(deps: Deps, ctx: RequestContext, id: number) {
    await enterprisesService.loadInScope(deps.db, ctx, id, deps.clock);
    return figuresRepository.list(deps.db, id);
  },

  async reportFigures(deps: Deps, ctx: RequestContext, id: number, f: FigureInput) {
    await loadForChange(deps, ctx, id, '经营数据');
    return inTransaction(deps, async (trx) => {
      const before = (await figuresRepository.find(trx, id, f.period)) ?? null;
      await figuresRepository.upsert(trx, id, f, ctx.actor.userId || null, deps.clock.nowIso());
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: before ? 'update' : 'create',
        entityType: 'enterpriseFigure',
        entityId: `${id}:${f.period}`,
        before,
        after: f,
      });
      return figuresRepository.list(trx, id);
    });
  },
};
