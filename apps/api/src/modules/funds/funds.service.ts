import {
  type CooperationInput,
  type FundDetail,
  type FundInput,
  type FundUpdate,
  INVESTMENT_STAGE_LABELS,
  type InvestmentInput,
  type InvestmentLeadInput,
  type InvestmentUpdate,
} from '@chainboard/contracts';
import type { z } from 'zod';
import { type Deps, inTransaction } from '../../context.js';
import type { Db } from '../../db/database.js';
import { conflict, forbidden, invalid, notFound } from '../../lib/errors.js';
import type { RequestContext } from '../../policy/actor.js';
import { policy } from '../../policy/policy.js';
import { leadsRepository } from '../attraction/leads.repository.js';
import { auditService } from '../audit/audit.service.js';
import { checkEnterprisePlace } from '../enterprises/enterprises.service.js';
import { organisationsRepository } from '../organisations/organisations.repository.js';
import { type FundFilters, fundsRepository as repo } from './funds.repository.js';

const scopeOf = (ctx: RequestContext) => policy.fund.recordsScope(ctx.actor);

async function loadFund(db: Db, ctx: RequestContext, id: number) {
  if (!policy.fund.read(ctx.actor)) throw notFound('产业基金');
  const fund = await repo.find(db, scopeOf(ctx), id);
  if (!fund) throw notFound('产业基金');
  return fund;
}

async function loadInvestment(db: Db, ctx: RequestContext, id: number) {
  const inv = policy.fund.read(ctx.actor) ? await repo.investment(db, scopeOf(ctx), id) : null;
  if (!inv) throw notFound('基金投资');
  return inv;
}

async function checkChains(db: Db, chainIds: number[], field = 'chainIds') {
  const ids = [...new Set(chainIds)];
  if (!ids.length) return;
  const found = await db.selectFrom('chains').select('id').where('id', 'in', ids).execute();
  if (found.length !== ids.length) throw invalid('所选产业链不存在', { [field]: '所选产业链不存在' });
}

async function checkKeeper(db: Db, keeperOrgId: number | null) {
  if (keeperOrgId === null) return;
  const org = await organisationsRepository.findById(db, keeperOrgId);
  if (org?.type !== 'memberUnit') throw invalid('负责单位须为领导小组成员单位', { keeperOrgId: '请选择成员单位' });
}

async function nameTaken(db: Db, name: string, selfId?: number) {
  const row = await db.selectFrom('funds').select('id').where('name', '=', name).executeTakeFirst();
  if (row && Number(row.id) !== selfId) throw conflict(`基金“${name}”已登记`, { name: '该基金已登记' });
}

/** Where the money goes: an enterprise on the chain, or a key project (whose chain it takes). */
async function investmentTarget(db: Db, i: { enterpriseId: number | null; projectId: number | null; chainId: number | null }) {
  if ((i.enterpriseId === null) === (i.projectId === null))
    throw invalid('请选择被投企业或重点项目（二选一）', { enterpriseId: '企业和项目须选其一', projectId: '企业和项目须选其一' });
  if (i.projectId !== null) {
    const project = await db.selectFrom('projects').select(['id', 'chain_id']).where('id', '=', i.projectId).executeTakeFirst();
    if (!project) throw invalid('所选重点项目不存在', { projectId: '所选重点项目不存在' });
    if (i.chainId !== null && i.chainId !== Number(project.chain_id))
      throw invalid('产业链须与项目所在产业链一致', { chainId: '与项目所在产业链不一致' });
    return { chainId: Number(project.chain_id), enterpriseId: null, projectId: i.projectId };
  }
  if (i.chainId === null) throw invalid('投资企业须选择产业链', { chainId: '请选择产业链' });
  const placed = await db
    .selectFrom('enterprise_chains')
    .select('enterprise_id')
    .where('enterprise_id', '=', i.enterpriseId as number)
    .where('chain_id', '=', i.chainId)
    .executeTakeFirst();
  if (!placed) throw invalid('所选企业不在该产业链上', { enterpriseId: '请选择该产业链上的企业' });
  return { chainId: i.chainId, enterpriseId: i.enterpriseId, projectId: null };
}

export const fundsService = {
  async list(deps: Deps, ctx: RequestContext, q: FundFilters & { page: number; pageSize: number }) {
    if (!policy.fund.read(ctx.actor)) throw forbidden();
    const { items, total } = await repo.page(deps.db, deps.kind, scopeOf(ctx), q);
    return { items, total, page: q.page, pageSize: q.pageSize };
  },

  /** Funds with the cooperation and investments the caller may see, for the export. */
  async exportAll(deps: Deps, ctx: RequestContext, q: FundFilters) {
    if (!policy.fund.read(ctx.actor)) throw forbidden();
    const funds = await repo.all(deps.db, deps.kind, scopeOf(ctx), q);
    const fundIds = funds.map((f) => f.id);
    return {
      funds,
      investments: await repo.investments(deps.db, scopeOf(ctx), { fundIds }),
      cooperations: await repo.cooperations(deps.db, scopeOf(ctx), { fundIds }),
    };
  },

  async get(deps: Deps, ctx: RequestContext, id: number): Promise<FundDetail> {
    const fund = await loadFund(deps.db, ctx, id);
    return {
      ...fund,
      cooperations: await repo.cooperations(deps.db, scopeOf(ctx), { fundId: id }),
      investments: await repo.investments(deps.db, scopeOf(ctx), { fundId: id }),
    };
  },

  /** 变更记录: the fund, and the cooperation and investments of it the caller may see. */
  async history(deps: Deps, ctx: RequestContext, id: number) {
    const fund = await fundsService.get(deps, ctx, id);
    return auditService.history(deps, [
      { type: 'fund', ids: [String(id)] },
      { type: 'fundCooperation', ids: fund.cooperations.map((c) => String(c.id)) },
      { type: 'fundInvestment', ids: fund.investments.map((i) => String(i.id)) },
    ]);
  },

  async byChain(deps: Deps, ctx: RequestContext, year: number) {
    if (!policy.fund.read(ctx.actor)) throw forbidden();
    return repo.chainSummary(deps.db, policy.chain.businessScope(ctx.actor), year);
  },

  async create(deps: Deps, ctx: RequestContext, input: z.output<typeof FundInput>): Promise<FundDetail> {
    if (!policy.fund.create(ctx.actor)) throw forbidden('产业基金由省链长办或负责的成员单位登记');
    // a member unit registers the funds it is in charge of; the office names the member unit
    const keeperOrgId = ctx.actor.organisationType === 'memberUnit' ? ctx.actor.organisationId : input.keeperOrgId;
    const id = await inTransaction(deps, async (trx) => {
      await checkChains(trx, input.chainIds);
      await checkKeeper(trx, keeperOrgId);
      await nameTaken(trx, input.name);
      const id = await repo.insert(trx, { ...input, keeperOrgId, at: deps.clock.nowIso() });
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'create',
        entityType: 'fund',
        entityId: id,
        after: { ...input, keeperOrgId },
      });
      return id;
    });
    return fundsService.get(deps, ctx, id);
  },

  async update(deps: Deps, ctx: RequestContext, id: number, patch: z.output<typeof FundUpdate>): Promise<FundDetail> {
    await inTransaction(deps, async (trx) => {
      const before = await loadFund(trx, ctx, id);
      if (!policy.fund.keep(ctx.actor, before)) throw forbidden('产业基金由省链长办和负责的成员单位维护');
      if (patch.keeperOrgId !== undefined && patch.keeperOrgId !== before.keeperOrgId && ctx.actor.organisationType !== 'office')
        throw forbidden('负责单位由省链长办调整');
      if (patch.chainIds) await checkChains(trx, patch.chainIds);
      if (patch.keeperOrgId !== undefined) await checkKeeper(trx, patch.keeperOrgId);
      if (patch.name) await nameTaken(trx, patch.name, id);
      const values: Parameters<typeof repo.update>[2] = {};
      if (patch.name !== undefined) values.name = patch.name;
      if (patch.manager !== undefined) values.manager = patch.manager;
      if (patch.level !== undefined) values.level = patch.level;
      if (patch.size !== undefined) values.size = patch.size;
      if (patch.establishedOn !== undefined) values.established_on = patch.establishedOn;
      if (patch.keeperOrgId !== undefined) values.keeper_org_id = patch.keeperOrgId;
      if (patch.notes !== undefined) values.notes = patch.notes;
      await repo.update(trx, id, values, deps.clock.nowIso());
      if (patch.chainIds) await repo.setChains(trx, id, patch.chainIds);
      const after = await repo.find(trx, { chains: { all: true }, selfOrgIds: [] }, id);
      await deps.audit.record(trx, { actor: ctx.actor, ip: ctx.ip, action: 'update', entityType: 'fund', entityId: id, before, after });
    });
    return fundsService.get(deps, ctx, id);
  },

  /** 资本合作 of a fund with a chain master of the chain. */
  async addCooperation(deps: Deps, ctx: RequestContext, fundId: number, c: z.output<typeof CooperationInput>): Promise<FundDetail> {
    await inTransaction(deps, async (trx) => {
      const fund = await loadFund(trx, ctx, fundId);
      if (!policy.fund.keep(ctx.actor, fund)) throw forbidden('资本合作由省链长办和负责该基金的成员单位记录');
      const master = await trx
        .selectFrom('enterprise_tiers')
        .select('id')
        .where('enterprise_id', '=', c.enterpriseId)
        .where('chain_id', '=', c.chainId)
        .where('tier', '=', 'master')
        .where('valid_to', 'is', null)
        .executeTakeFirst();
      if (!master) throw invalid('资本合作的对象须为该产业链的链主企业', { enterpriseId: '请选择该链的链主企业' });
      const id = await repo.insertCooperation(trx, { ...c, fundId, at: deps.clock.nowIso() });
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'create',
        entityType: 'fundCooperation',
        entityId: id,
        after: { fundId, ...c },
      });
    });
    return fundsService.get(deps, ctx, fundId);
  },

  async addInvestment(deps: Deps, ctx: RequestContext, fundId: number, i: z.output<typeof InvestmentInput>): Promise<FundDetail> {
    await inTransaction(deps, async (trx) => {
      const fund = await loadFund(trx, ctx, fundId);
      if (!policy.fund.keep(ctx.actor, fund)) throw forbidden('基金投资由省链长办和负责该基金的成员单位记录');
      const target = await investmentTarget(trx, i);
      const at = deps.clock.nowIso();
      const id = await repo.insertInvestment(trx, { ...i, ...target, fundId, at });
      await repo.addInvestmentEvent(trx, {
        investmentId: id,
        at,
        username: ctx.actor.username,
        summary: `登记投资（${INVESTMENT_STAGE_LABELS[i.stage]}，${i.investedOn}）`,
      });
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'create',
        entityType: 'fundInvestment',
        entityId: id,
        after: { fundId, ...i, ...target },
      });
    });
    return fundsService.get(deps, ctx, fundId);
  },

  /** Stage, amount and date change as the deal moves; each change is kept in the investment's history. */
  async updateInvestment(deps: Deps, ctx: RequestContext, id: number, patch: z.output<typeof InvestmentUpdate>) {
    return inTransaction(deps, async (trx) => {
      const before = await loadInvestment(trx, ctx, id);
      const fund = await loadFund(trx, ctx, before.fundId);
      if (!policy.fund.keep(ctx.actor, fund)) throw forbidden('基金投资由省链长办和负责该基金的成员单位维护');
      const changes: string[] = [];
      const values: Parameters<typeof repo.updateInvestment>[2] = {};
      if (patch.stage !== undefined && patch.stage !== before.stage) {
        values.stage = patch.stage;
        changes.push(`阶段：${INVESTMENT_STAGE_LABELS[before.stage]} → ${INVESTMENT_STAGE_LABELS[patch.stage]}`);
      }
      if (patch.amount !== undefined && patch.amount !== before.amount) {
        values.amount = patch.amount;
        changes.push(`金额：${before.amount} → ${patch.amount} 元`);
      }
      if (patch.investedOn !== undefined && patch.investedOn !== before.investedOn) {
        values.invested_on = patch.investedOn;
        changes.push(`日期：${before.investedOn} → ${patch.investedOn}`);
      }
      if (patch.notes !== undefined && patch.notes !== before.notes) {
        values.notes = patch.notes;
        changes.push('修改备注');
      }
      if (!changes.length) return before;
      const at = deps.clock.nowIso();
      await repo.updateInvestment(trx, id, values, at);
      await repo.addInvestmentEvent(trx, { investmentId: id, at, username: ctx.actor.username, summary: changes.join('；') });
      const after = await repo.investment(trx, { chains: { all: true }, selfOrgIds: [] }, id);
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'update',
        entityType: 'fundInvestment',
        entityId: id,
        before,
        after,
      });
      return after ?? before;
    });
  },

  /**
   * 基金招商: the investment becomes an attraction lead (source fund) kept by the city or zone that
   * will host it, and the investment links to it. Both land or neither.
   */
  async createLead(deps: Deps, ctx: RequestContext, id: number, input: z.output<typeof InvestmentLeadInput>) {
    return inTransaction(deps, async (trx) => {
      const inv = await loadInvestment(trx, ctx, id);
      if (!policy.attraction.writeLead(ctx.actor, input)) throw forbidden('招商线索由负责的市或开发区登记');
      if (inv.leadId !== null) throw conflict(`该投资已生成招商线索（编号 ${inv.leadId}）`);
      await checkEnterprisePlace(trx, { cityId: input.cityId, zoneId: input.zoneId });
      const enterprise =
        inv.enterpriseId !== null
          ? await trx.selectFrom('enterprises').select(['name', 'credit_code']).where('id', '=', inv.enterpriseId).executeTakeFirst()
          : null;
      const at = deps.clock.nowIso();
      const leadId = await leadsRepository.insert(trx, {
        target_name: enterprise?.name ?? inv.projectName ?? inv.fundName,
        target_credit_code: enterprise?.credit_code ?? null,
        in_province: enterprise !== null,
        enterprise_id: inv.enterpriseId,
        chain_id: inv.chainId,
        stage: null,
        source: 'fund',
        chain_master_id: null,
        city_id: input.cityId,
        zone_id: input.zoneId,
        responsible_person: input.responsiblePerson,
        expected_investment: inv.amount,
        pipeline_stage: 'lead',
        signed_on: null,
        landed_on: null,
        project_id: null,
        fills_gap: false,
        notes: [`${inv.fundName}投资（${INVESTMENT_STAGE_LABELS[inv.stage]}）`, input.notes].filter(Boolean).join('\n'),
        demo: false,
        created_at: at,
        updated_at: at,
      });
      await leadsRepository.addEvent(trx, {
        leadId,
        at,
        on: deps.clock.today(),
        username: ctx.actor.username,
        from: null,
        to: 'lead',
        evidence: null,
      });
      if (!(await repo.linkLead(trx, id, leadId, at))) throw conflict('该投资已生成招商线索');
      await repo.addInvestmentEvent(trx, { investmentId: id, at, username: ctx.actor.username, summary: `生成招商线索（编号 ${leadId}）` });
      const lead = await leadsRepository.find(trx, { all: true }, leadId);
      await deps.audit.record(trx, { actor: ctx.actor, ip: ctx.ip, action: 'create', entityType: 'lead', entityId: leadId, after: lead });
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'update',
        entityType: 'fundInvestment',
        entityId: id,
        before: { leadId: null },
        after: { leadId },
      });
      return (await repo.investment(trx, { chains: { all: true }, selfOrgIds: [] }, id)) ?? inv;
    });
  },
};
