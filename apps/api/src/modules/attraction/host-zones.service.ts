import type { HostZoneProposal, HostZoneProposalInput, OpinionInput } from '@chainboard/contracts';
import type { z } from 'zod';
import { type Deps, inTransaction } from '../../context.js';
import { conflict, forbidden, invalid, notFound } from '../../lib/errors.js';
import type { RequestContext } from '../../policy/actor.js';
import { chainScopeIsEmpty, policy } from '../../policy/policy.js';
import { chainsRepository } from '../chains/chains.repository.js';
import { organisationsRepository } from '../organisations/organisations.repository.js';
import { OPINION_DEPARTMENTS, type ProposalRecord, hostZonesRepository as repo } from './host-zones.repository.js';

const publicProposal = ({ leadUnitId: _l, ...p }: ProposalRecord): HostZoneProposal => p;

async function load(deps: Deps, ctx: RequestContext, id: number) {
  const p = await repo.find(deps.db, id);
  const scope = policy.chain.businessScope(ctx.actor);
  if (!p || chainScopeIsEmpty(scope) || !(await chainsRepository.findInScope(deps.db, scope, p.chainId))) throw notFound('开发区推荐');
  return p;
}

export const hostZonesService = {
  async list(deps: Deps, ctx: RequestContext, q: { chainId?: number; state?: string; page: number; pageSize: number }) {
    const scope = policy.chain.businessScope(ctx.actor);
    if (chainScopeIsEmpty(scope)) throw forbidden();
    const { items, total } = await repo.page(deps.db, scope, q);
    return { items: items.map(publicProposal), total, page: q.page, pageSize: q.pageSize };
  },

  async propose(deps: Deps, ctx: RequestContext, input: z.output<typeof HostZoneProposalInput>) {
    const chain = await chainsRepository.findInScope(deps.db, { all: true }, input.chainId);
    if (!chain) throw invalid('所选产业链不存在', { chainId: '所选产业链不存在' });
    if (!policy.attraction.propose(ctx.actor, chain)) throw forbidden('承载示范开发区由该链的链长牵头单位研提');
    const zone = await organisationsRepository.findById(deps.db, input.zoneId);
    if (zone?.type !== 'zone') throw invalid('请选择开发区或园区', { zoneId: '请选择开发区或园区' });
    return inTransaction(deps, async (trx) => {
      if (await repo.exists(trx, input.chainId, input.zoneId)) throw conflict(`${zone.name}已被推荐为“${chain.name}”的承载示范开发区`);
      const id = await repo.insert(trx, { ...input, proposedBy: ctx.actor.organisationId, at: deps.clock.nowIso() });
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'create',
        entityType: 'hostZoneProposal',
        entityId: id,
        after: input,
      });
      return publicProposal((await repo.find(trx, id)) as ProposalRecord);
    });
  },

  async giveOpinion(deps: Deps, ctx: RequestContext, id: number, o: z.output<typeof OpinionInput>) {
    const proposal = await load(deps, ctx, id);
    if (proposal.state !== 'proposed') throw invalid('该推荐已研究确定，不再征求意见');
    const org = await organisationsRepository.findById(deps.db, o.organisationId);
    const expected = [proposal.cityName, ...OPINION_DEPARTMENTS];
    if (!org || !expected.includes(org.name))
      throw invalid(`意见须来自：${expected.join('、')}`, { organisationId: '不是需征求意见的单位' });
    if (!policy.attraction.giveOpinion(ctx.actor, o.organisationId)) throw forbidden('只能提出本单位的意见');
    return inTransaction(deps, async (trx) => {
      await repo.putOpinion(trx, { proposalId: id, ...o, at: deps.clock.nowIso() });
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'update',
        entityType: 'hostZoneProposal',
        entityId: id,
        after: { opinion: o },
      });
      return publicProposal((await repo.find(trx, id)) as ProposalRecord);
    });
  },

  /** The office decides once the city, 省商务厅 and 省投促局 have given their opinions. */
  async decide(deps: Deps, ctx: RequestContext, id: number, d: { state: 'accepted' | 'rejected'; note: string | null }) {
    if (!policy.attraction.decide(ctx.actor)) throw forbidden('承载示范开发区由省链长办研究确定');
    const proposal = await load(deps, ctx, id);
    if (proposal.state !== 'proposed') throw invalid('该推荐已研究确定');
    if (proposal.missingOpinions.length) throw invalid(`还需记录以下单位的意见：${proposal.missingOpinions.join('、')}`);
    return inTransaction(deps, async (trx) => {
      await repo.decide(trx, id, d.state, d.note);
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'update',
        entityType: 'hostZoneProposal',
        entityId: id,
        before: { state: proposal.state },
        after: d,
      });
      return publicProposal((await repo.find(trx, id)) as ProposalRecord);
    });
  },

  async publish(deps: Deps, ctx: RequestContext) {
    if (!policy.attraction.decide(ctx.actor)) throw forbidden('承载示范开发区名单由省链长办向社会公布');
    return inTransaction(deps, async (trx) => {
      const published = await repo.publish(trx, deps.clock.nowIso());
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'update',
        entityType: 'hostZoneList',
        entityId: null,
        after: { published },
      });
      return { published };
    });
  },

  /** The public page: each chain with its published host zones, nothing else. */
  async publicList(deps: Deps) {
    const rows = await repo.published(deps.db);
    const byChain = new Map<string, { zone: string; city: string }[]>();
    for (const r of rows) byChain.set(r.chain, [...(byChain.get(r.chain) ?? []), { zone: r.zone, city: r.city }]);
    return [...byChain.entries()].map(([chain, zones]) => ({ chain, zones }));
  },
};
