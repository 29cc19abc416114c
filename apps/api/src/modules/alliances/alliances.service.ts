import type { Alliance, AllianceInput as AllianceInputSchema, AlliancePatch as AlliancePatchSchema, Paged } from '@chainboard/contracts';
import type { z } from 'zod';
import { type Deps, inTransaction } from '../../context.js';
import type { Db } from '../../db/database.js';
import { conflict, forbidden, invalid, notFound } from '../../lib/errors.js';
import type { RequestContext } from '../../policy/actor.js';
import { policy } from '../../policy/policy.js';
import { chainsRepository } from '../chains/chains.repository.js';
import { enterprisesRepository } from '../enterprises/enterprises.repository.js';
import { type AllianceRecord, alliancesRepository as repo } from './alliances.repository.js';

type AllianceValues = z.output<typeof AllianceInputSchema>;
type AllianceChanges = z.output<typeof AlliancePatchSchema>;

const enterpriseOrgOf = (ctx: RequestContext) => (ctx.actor.organisationType === 'enterprise' ? ctx.actor.organisationId : null);

export async function loadAlliance(db: Db, ctx: RequestContext, id: number): Promise<AllianceRecord> {
  const alliance = await repo.find(db, policy.chain.businessScope(ctx.actor), enterpriseOrgOf(ctx), id);
  if (!alliance) throw notFound('协作联合体');
  return alliance;
}

const publicAlliance = ({ leadUnitId: _l, leaderOrgId: _o, ...a }: AllianceRecord): Alliance => a;

async function tierOn(db: Db, enterpriseId: number, chainId: number, on: string) {
  const [holder] = (await enterprisesRepository.holders(db, chainId, on)).filter((h) => h.enterpriseId === enterpriseId);
  return holder?.tier ?? null;
}

export const alliancesService = {
  async list(deps: Deps, ctx: RequestContext, q: Parameters<typeof repo.page>[3]): Promise<Paged<Alliance>> {
    const { items, total } = await repo.page(deps.db, policy.chain.businessScope(ctx.actor), enterpriseOrgOf(ctx), q);
    return { items: items.map(publicAlliance), total, page: q.page, pageSize: q.pageSize };
  },

  async get(deps: Deps, ctx: RequestContext, id: number) {
    return publicAlliance(await loadAlliance(deps.db, ctx, id));
  },

  async create(deps: Deps, ctx: RequestContext, input: AllianceValues): Promise<Alliance> {
    const chain = await chainsRepository.findInScope(deps.db, { all: true }, input.chainId);
    if (!chain) throw invalid('所选产业链不存在', { chainId: '所选产业链不存在' });
    if (!policy.alliance.manage(ctx.actor, chain)) throw forbidden('只有省链长办或该链牵头单位可以组建协作联合体');
    return inTransaction(deps, async (trx) => {
      if ((await tierOn(trx, input.leaderEnterpriseId, input.chainId, deps.clock.today())) !== 'master') {
        throw invalid('协作联合体须由该产业链的链主企业牵头', { leaderEnterpriseId: '请选择该链的链主企业' });
      }
      const now = deps.clock.nowIso();
      const id = await repo.insert(trx, {
        chain_id: input.chainId,
        name: input.name,
        leader_enterprise_id: input.leaderEnterpriseId,
        fields: JSON.stringify(input.fields),
        pilot: input.pilot,
        founded_on: input.foundedOn,
        notes: input.notes,
        created_at: now,
        updated_at: now,
      });
      const created = publicAlliance((await repo.find(trx, { all: true }, null, id)) as AllianceRecord);
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'create',
        entityType: 'alliance',
        entityId: id,
        after: created,
      });
      return created;
    });
  },

  async update(deps: Deps, ctx: RequestContext, id: number, patch: AllianceChanges): Promise<Alliance> {
    return changeAlliance(deps, ctx, id, async (trx, before) => {
      await repo.update(trx, before.id, {
        name: patch.name,
        fields: patch.fields ? JSON.stringify(patch.fields) : undefined,
        pilot: patch.pilot,
        notes: patch.notes,
        updated_at: deps.clock.nowIso(),
      });
    });
  },

  async addMember(deps: Deps, ctx: RequestContext, id: number, m: { enterpriseId: number; joinedOn: string }): Promise<Alliance> {
    return changeAlliance(deps, ctx, id, async (trx, before) => {
      if (m.enterpriseId === before.leaderEnterpriseId || before.members.some((x) => x.enterpriseId === m.enterpriseId)) {
        throw conflict('该企业已在联合体中');
      }
      if (!(await enterprisesRepository.isPlaced(trx, m.enterpriseId, before.chainId))) {
        throw invalid(`成员须为“${before.chainName}”产业链上的企业`, { enterpriseId: '企业不在这条产业链上' });
      }
      await repo.addMember(trx, id, m.enterpriseId, m.joinedOn);
    });
  },

  async removeMember(deps: Deps, ctx: RequestContext, id: number, enterpriseId: number): Promise<Alliance> {
    return changeAlliance(deps, ctx, id, async (trx) => {
      if (Number(await repo.removeMember(trx, id, enterpriseId)) === 0) throw notFound('联合体成员');
    });
  },

  async activities(deps: Deps, ctx: RequestContext, id: number) {
    await loadAlliance(deps.db, ctx, id);
    return repo.activities(deps.db, id);
  },

  async addActivity(deps: Deps, ctx: RequestContext, id: number, a: { date: string; field: string; title: string; result: string | null }) {
    return inTransaction(deps, async (trx) => {
      const alliance = await loadAlliance(trx, ctx, id);
      if (!policy.alliance.work(ctx.actor, { leadUnitId: alliance.leadUnitId }, alliance.leaderOrgId))
        throw forbidden('没有记录该联合体活动的权限');
      const activityId = await repo.addActivity(trx, { allianceId: id, ...a, now: deps.clock.nowIso() });
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'create',
        entityType: 'allianceActivity',
        entityId: activityId,
        after: { allianceId: id, ...a },
      });
      return repo.activities(trx, id);
    });
  },
};

async function changeAlliance(
  deps: Deps,
  ctx: RequestContext,
  id: number,
  change: (trx: Db, before: AllianceRecord) => Promise<void>,
): Promise<Alliance> {
  return inTransaction(deps, async (trx) => {
    const before = await loadAlliance(trx, ctx, id);
    if (!policy.alliance.manage(ctx.actor, { leadUnitId: before.leadUnitId }))
      throw forbidden('只有省链长办或该链牵头单位可以修改协作联合体');
    await change(trx, before);
    const after = publicAlliance((await repo.find(trx, { all: true }, null, id)) as AllianceRecord);
    await deps.audit.record(trx, {
      actor: ctx.actor,
      ip: ctx.ip,
      action: 'update',
      entityType: 'alliance',
      entityId: id,
      before: publicAlliance(before),
      after,
    });
    return after;
  });
}
