import type {
  Candidate,
  CandidateInput,
  CandidateToLeadInput,
  ChainSupply,
  GapSettings,
  GapStatus,
  Lead,
  MapQuery,
} from '@chainboard/contracts';
import type { z } from 'zod';
import { type Deps, inTransaction } from '../../context.js';
import { conflict, forbidden, notFound } from '../../lib/errors.js';
import type { RequestContext } from '../../policy/actor.js';
import { policy } from '../../policy/policy.js';
import { leadsService } from '../attraction/leads.service.js';
import { checkedAsOf } from '../figures/index.js';
import { candidatesRepository as candidates } from './candidates.repository.js';
import { chainMapRepository as repo } from './chainmap.repository.js';
import { chainGaps, chainMap } from './gaps.js';
import { checkSegmentOfChain } from './segments.repository.js';
import { loadChain } from './segments.service.js';

/** The map's year and day: a year asked for holds on its default day (its last once over), a day asked for names its year. */
function mapDay(q: MapQuery, today: string): { year?: number; asOf: string } {
  const year = q.year ?? (q.asOf ? Number(q.asOf.slice(0, 4)) : undefined);
  return { year, asOf: year === undefined ? today : checkedAsOf(year, q.asOf, today) };
}

const share = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : null);

export const chainMapService = {
  async map(deps: Deps, ctx: RequestContext, chainId: number, q: MapQuery = {}) {
    const chain = await loadChain(deps.db, ctx, chainId);
    const { year, asOf } = mapDay(q, deps.clock.today());
    return chainMap(deps.db, chain, asOf, year);
  },

  async gaps(deps: Deps, ctx: RequestContext, chainId: number, q: MapQuery = {}) {
    const chain = await loadChain(deps.db, ctx, chainId);
    const { year, asOf } = mapDay(q, deps.clock.today());
    return chainGaps(deps.db, chain, year, asOf);
  },

  async settings(deps: Deps, ctx: RequestContext) {
    if (!policy.chainMap.read(ctx.actor)) throw forbidden();
    return repo.settings(deps.db);
  },

  async setSettings(deps: Deps, ctx: RequestContext, s: GapSettings) {
    if (!policy.chainMap.configure(ctx.actor)) throw forbidden('断点堵点的判定标准由省链长办设定');
    return inTransaction(deps, async (trx) => {
      const before = await repo.settings(trx);
      await repo.saveSettings(trx, s);
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'update',
        entityType: 'setting',
        entityId: 'chainmap.gapThresholds',
        before,
        after: s,
      });
      return s;
    });
  },

  /** The chain's candidate pool, each with the status of its segment; `matched` keeps those on a 断点 or 堵点. */
  async candidates(
    deps: Deps,
    ctx: RequestContext,
    q: { chainId: number; segmentId?: number; only: 'matched' | 'open' | 'all'; page: number; pageSize: number },
  ) {
    const chain = await loadChain(deps.db, ctx, q.chainId);
    const map = await chainMap(deps.db, chain, deps.clock.today());
    const statusOf = new Map<number, GapStatus>(map.segments.map((s) => [s.id, s.figures.status]));
    let items: Candidate[] = (await candidates.ofChain(deps.db, chain.id)).map((c) => ({
      ...c,
      segmentStatus: c.segmentId === null ? null : (statusOf.get(c.segmentId) ?? null),
    }));
    if (q.segmentId) items = items.filter((c) => c.segmentId === q.segmentId);
    if (q.only === 'open') items = items.filter((c) => c.leadId === null);
    if (q.only === 'matched') {
      items = items.filter((c) => c.segmentStatus === 'gap' || c.segmentStatus === 'bottleneck');
      items.sort((a, b) => (a.segmentStatus === b.segmentStatus ? 0 : a.segmentStatus === 'gap' ? -1 : 1));
    }
    return { items: items.slice((q.page - 1) * q.pageSize, q.page * q.pageSize), total: items.length, page: q.page, pageSize: q.pageSize };
  },

  async addCandidate(deps: Deps, ctx: RequestContext, input: z.output<typeof CandidateInput>) {
    const chain = await loadChain(deps.db, ctx, input.chainId);
    if (!policy.chainMap.keepCandidates(ctx.actor, chain)) throw forbidden('补链招商候选由该链的牵头单位或省链长办维护');
    return inTransaction(deps, async (trx) => {
      const segmentId = await checkSegmentOfChain(trx, chain.id, input.segmentId);
      if ((await candidates.codesOf(trx, chain.id)).has(input.creditCode)) {
        throw conflict('该企业已在本链的候选名单中', { creditCode: '统一社会信用代码重复' });
      }
      const now = deps.clock.nowIso();
      const id = await candidates.insert(trx, {
        chain_id: chain.id,
        segment_id: segmentId,
        name: input.name,
        credit_code: input.creditCode,
        province: input.province,
        products: input.products,
        size: input.size,
        lead_id: null,
        demo: false,
        created_at: now,
        updated_at: now,
      });
      await deps.audit.record(trx, { actor: ctx.actor, ip: ctx.ip, action: 'create', entityType: 'candidate', entityId: id, after: input });
      return { ...((await candidates.find(trx, id)) as Omit<Candidate, 'segmentStatus'>), segmentStatus: null };
    });
  },

  /**
   * 转为招商线索: one step from a candidate to a 补链 lead of the chosen city or zone, through the
   * leads' own rules (who may register a lead there, the place, the chain), then linked back.
   */
  async toLead(deps: Deps, ctx: RequestContext, id: number, input: z.output<typeof CandidateToLeadInput>): Promise<Lead> {
    const candidate = await candidates.find(deps.db, id);
    if (!candidate) throw notFound('候选企业');
    await loadChain(deps.db, ctx, candidate.chainId).catch(() => {
      throw notFound('候选企业');
    });
    if (candidate.leadId !== null) throw conflict(`该候选企业已转为招商线索（编号 ${candidate.leadId}）`);
    const lead = await leadsService.create(deps, ctx, {
      targetName: candidate.name,
      targetCreditCode: candidate.creditCode,
      inProvince: false,
      enterpriseId: null,
      chainId: candidate.chainId,
      stage: null,
      segmentId: candidate.segmentId,
      source: 'other',
      chainMasterId: null,
      cityId: input.cityId,
      zoneId: input.zoneId,
      responsiblePerson: input.responsiblePerson,
      expectedInvestment: input.expectedInvestment,
      notes: [`补链招商候选：${candidate.province}${candidate.products ? `，主要产品 ${candidate.products}` : ''}`, input.notes]
        .filter(Boolean)
        .join('\n'),
      fillsGap: true,
    });
    await inTransaction(deps, async (trx) => {
      if (!(await candidates.linkLead(trx, id, lead.id, deps.clock.nowIso()))) throw conflict('该候选企业已由他人转为招商线索');
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'update',
        entityType: 'candidate',
        entityId: id,
        after: { leadId: lead.id },
      });
    });
    return lead;
  },

  /**
   * 本地配套率 per chain: of the purchases each chain master signed at matchmaking events, the share
   * whose supplier is an enterprise in the province's register; beside it the share the master
   * declared in its latest declaration.
   */
  async supply(deps: Deps, ctx: RequestContext, chainId?: number): Promise<ChainSupply[]> {
    if (!policy.chainMap.read(ctx.actor)) throw forbidden();
    const chains = await repo.chainsInScope(deps.db, policy.chain.businessScope(ctx.actor), chainId);
    if (chainId && !chains.length) throw notFound('产业链');
    const rows = await repo.supply(
      deps.db,
      chains.map((c) => Number(c.id)),
      deps.clock.today(),
    );
    return chains.map((c) => {
      const masters = rows
        .filter((r) => r.chainId === Number(c.id))
        .map(({ chainId: _c, ...m }) => ({ ...m, signedShare: share(m.signedLocal, m.signedPurchases) }));
      const purchases = masters.reduce((sum, m) => sum + m.signedPurchases, 0);
      const local = masters.reduce((sum, m) => sum + m.signedLocal, 0);
      const declared = masters.filter((m) => m.declaredShare !== null).map((m) => m.declaredShare as number);
      return {
        chainId: Number(c.id),
        chainName: c.name,
        masters,
        signedPurchases: purchases,
        signedLocal: local,
        signedShare: share(local, purchases),
        declaredShare: declared.length ? Math.round((declared.reduce((s, d) => s + d, 0) / declared.length) * 10) / 10 : null,
      };
    });
  },
};
