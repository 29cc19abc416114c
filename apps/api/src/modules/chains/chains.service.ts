import type { Chain, ChainInput as ChainInputSchema, ChainPatch as ChainPatchSchema, ChainQuery, Paged } from '@chainboard/contracts';
import type { z } from 'zod';
import { type Deps, inTransaction } from '../../context.js';
import type { Db } from '../../db/database.js';
import { conflict, forbidden, invalid, notFound } from '../../lib/errors.js';
import type { RequestContext } from '../../policy/actor.js';
import { policy } from '../../policy/policy.js';
import { auditService } from '../audit/audit.service.js';
import { organisationsRepository } from '../organisations/organisations.repository.js';
import { usersRepository } from '../users/users.repository.js';
import { chainsRepository as repo } from './chains.repository.js';

type ChainValues = z.output<typeof ChainInputSchema>;
type ChainChanges = z.output<typeof ChainPatchSchema>;

/** Fields only the office changes; a lead unit edits the rest of its own chains. */
const OFFICE_ONLY: (keyof ChainChanges)[] = ['code', 'name', 'batch', 'status', 'leadUnitId', 'leaderUserId'];

async function checkReferences(db: Db, v: ChainChanges, selfId?: number): Promise<void> {
  if (v.code !== undefined || v.name !== undefined) {
    for (const other of await repo.findByCodeOrName(db, v.code, v.name)) {
      if (Number(other.id) === selfId) continue;
      if (other.code === v.code) throw conflict(`编码 ${v.code} 已被“${other.name}”使用`, { code: '编码已被使用' });
      throw conflict(`产业链“${v.name}”已存在`, { name: '产业链名称已存在' });
    }
  }
  if (v.leadUnitId) {
    const unit = await organisationsRepository.findById(db, v.leadUnitId);
    if (unit?.type !== 'leadUnit') {
      throw invalid('牵头单位须为“链长牵头单位”类型的单位', { leadUnitId: '请选择链长牵头单位' });
    }
  }
  if (v.hostIds?.length) {
    const ids = [...new Set(v.hostIds)];
    const found = await organisationsRepository.findByIds(db, ids);
    const bad = ids.filter((id) => !found.some((o) => o.id === id && (o.type === 'city' || o.type === 'zone')));
    if (bad.length) throw invalid(`承载单位须为市或开发区，以下编号不符：${bad.join('、')}`, { hostIds: '承载单位须为市或开发区' });
  }
  if (v.leaderUserId) {
    const user = await usersRepository.findById(db, v.leaderUserId);
    if (!user?.roles.includes('chainLeader')) {
      throw invalid('链长账号须为具有“链长”角色的用户', { leaderUserId: '请选择具有链长角色的用户' });
    }
  }
}

/** The day a status change takes effect: given or today, never in the future nor before the current status began. */
function statusDay(on: string | undefined, today: string, since: string | null): string {
  const day = on ?? today;
  if (day > today) throw invalid(`状态生效日期 ${day} 晚于今天`, { statusOn: `请选择不晚于 ${today} 的日期` });
  if (since !== null && day < since)
    throw invalid(`状态生效日期 ${day} 早于当前状态的开始日期 ${since}`, { statusOn: `请选择 ${since} 及以后的日期` });
  return day;
}

export const chainsService = {
  async list(deps: Deps, ctx: RequestContext, q: ChainQuery): Promise<Paged<Chain>> {
    if (!policy.chain.read(ctx.actor)) throw forbidden();
    const { items, total } = await repo.page(deps.db, deps.kind, { all: true }, q);
    return { items, total, page: q.page, pageSize: q.pageSize };
  },

  async get(deps: Deps, ctx: RequestContext, id: number): Promise<Chain> {
    if (!policy.chain.read(ctx.actor)) throw forbidden();
    const chain = await repo.findInScope(deps.db, { all: true }, id);
    if (!chain) throw notFound('产业链');
    return chain;
  },

  async history(deps: Deps, ctx: RequestContext, id: number) {
    await chainsService.get(deps, ctx, id);
    return auditService.history(deps, [{ type: 'chain', ids: [String(id)] }]);
  },

  async create(deps: Deps, ctx: RequestContext, input: ChainValues): Promise<Chain> {
    if (!policy.chain.create(ctx.actor)) throw forbidden('只有省链长办可以新增产业链');
    return inTransaction(deps, async (trx) => {
      await checkReferences(trx, input);
      const now = deps.clock.nowIso();
      const id = await repo.insert(trx, {
        code: input.code,
        name: input.name,
        batch: input.batch,
        status: input.status,
        leader_name: input.leaderName,
        leader_post: input.leaderPost,
        leader_user_id: input.leaderUserId,
        lead_unit_id: input.leadUnitId,
        notes: input.notes,
        created_at: now,
        updated_at: now,
      });
      await repo.setHosts(trx, id, [...new Set(input.hostIds)]);
      const today = deps.clock.today();
      await repo.setStatus(trx, id, input.status, statusDay(input.statusOn, today, null), deps.clock.nowIso(), ctx.actor.username);
      const created = (await repo.findInScope(trx, { all: true }, id)) as Chain;
      await deps.audit.record(trx, { actor: ctx.actor, ip: ctx.ip, action: 'create', entityType: 'chain', entityId: id, after: created });
      return created;
    });
  },

  async update(deps: Deps, ctx: RequestContext, id: number, patch: ChainChanges): Promise<Chain> {
    if (!policy.chain.read(ctx.actor)) throw forbidden();
    return inTransaction(deps, async (trx) => {
      const before = await repo.findInScope(trx, { all: true }, id);
      if (!before) throw notFound('产业链');
      if (!policy.chain.update(ctx.actor, before)) throw forbidden('没有修改这条产业链的权限');
      if (!policy.chain.manage(ctx.actor)) {
        const touched = OFFICE_ONLY.filter((k) => patch[k] !== undefined && patch[k] !== before[k as keyof Chain]);
        if (touched.length) throw forbidden(`只有省链长办可以修改：${touched.join('、')}`);
      }
      await checkReferences(trx, patch, id);
      await repo.update(trx, id, {
        code: patch.code,
        name: patch.name,
        batch: patch.batch,
        status: patch.status,
        leader_name: patch.leaderName,
        leader_post: patch.leaderPost,
        leader_user_id: patch.leaderUserId,
        lead_unit_id: patch.leadUnitId,
        notes: patch.notes,
        updated_at: deps.clock.nowIso(),
      });
      if (patch.hostIds) await repo.setHosts(trx, id, [...new Set(patch.hostIds)]);
      if (patch.status !== undefined && patch.status !== before.status) {
        const on = statusDay(patch.statusOn, deps.clock.today(), before.statusSince);
        await repo.setStatus(trx, id, patch.status, on, deps.clock.nowIso(), ctx.actor.username);
      }
      const after = (await repo.findInScope(trx, { all: true }, id)) as Chain;
      await deps.audit.record(trx, { actor: ctx.actor, ip: ctx.ip, action: 'update', entityType: 'chain', entityId: id, before, after });
      return after;
    });
  },
};
