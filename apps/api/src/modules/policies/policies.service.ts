import type { GrantInput, PolicyDetail, PolicyEvaluation, PolicyInput, PolicyUpdate } from '@chainboard/contracts';
import type { z } from 'zod';
import { type Deps, inTransaction } from '../../context.js';
import type { Db } from '../../db/database.js';
import { forbidden, invalid, notFound } from '../../lib/errors.js';
import type { RequestContext } from '../../policy/actor.js';
import { policy } from '../../policy/policy.js';
import { auditService } from '../audit/audit.service.js';
import { organisationsRepository } from '../organisations/organisations.repository.js';
import { type PolicyFilters, policiesRepository as repo } from './policies.repository.js';

const scopeOf = (ctx: RequestContext) => policy.supportPolicy.recordsScope(ctx.actor);
const ALL = { chains: { all: true as const }, selfOrgIds: [] };

/** A policy the caller may see, or 404. */
export async function loadPolicy(db: Db, ctx: RequestContext, id: number) {
  const found = policy.supportPolicy.read(ctx.actor) ? await repo.find(db, scopeOf(ctx), id) : null;
  if (!found) throw notFound('政策');
  return found;
}

/** Whether the caller keeps the policy: the office, or the lead unit of every chain it applies to. */
export async function keepsPolicy(db: Db, ctx: RequestContext, chainIds: number[]) {
  return policy.supportPolicy.keep(ctx.actor, await repo.chainLeadUnits(db, chainIds));
}

async function checkChains(db: Db, chainIds: number[]) {
  const ids = [...new Set(chainIds)];
  if (!ids.length) return;
  const found = await db.selectFrom('chains').select('id').where('id', 'in', ids).execute();
  if (found.length !== ids.length) throw invalid('所选产业链不存在', { chainIds: '所选产业链不存在' });
}

/** The issuer: an organisation of the platform (its name is kept), or a name as text. */
async function issuerOf(db: Db, issuerOrgId: number | null, issuerName: string | null) {
  if (issuerOrgId !== null) {
    const org = await organisationsRepository.findById(db, issuerOrgId);
    if (!org) throw invalid('发文单位不存在', { issuerOrgId: '请选择发文单位' });
    return { issuerOrgId, issuerName: org.name };
  }
  if (!issuerName) throw invalid('请选择或填写发文单位', { issuerName: '请填写发文单位' });
  return { issuerOrgId: null, issuerName };
}

function checkScheme(incentiveScheme: boolean, schemeYear: number | null) {
  if (incentiveScheme && schemeYear === null) throw invalid('激励办法须填写适用年度', { schemeYear: '请填写年度' });
}

const growth = (before: number | null, after: number | null) =>
  before === null || after === null || before === 0 ? null : (after - before) / before;

export const policiesService = {
  async list(deps: Deps, ctx: RequestContext, q: PolicyFilters & { page: number; pageSize: number }) {
    if (!policy.supportPolicy.read(ctx.actor)) throw forbidden();
    const { items, total } = await repo.page(deps.db, deps.kind, scopeOf(ctx), q);
    return { items, total, page: q.page, pageSize: q.pageSize };
  },

  async exportAll(deps: Deps, ctx: RequestContext, q: PolicyFilters) {
    if (!policy.supportPolicy.read(ctx.actor)) throw forbidden();
    const policies = await repo.all(deps.db, deps.kind, scopeOf(ctx), q);
    return { policies, grants: await repo.grants(deps.db, scopeOf(ctx), { policyIds: policies.map((p) => p.id) }) };
  },

  async get(deps: Deps, ctx: RequestContext, id: number): Promise<PolicyDetail> {
    const p = await loadPolicy(deps.db, ctx, id);
    return { ...p, grants: await repo.grants(deps.db, scopeOf(ctx), { policyIds: [id] }) };
  },

  /** 变更记录: the policy and the support granted under it that the caller may see. */
  async history(deps: Deps, ctx: RequestContext, id: number) {
    const p = await policiesService.get(deps, ctx, id);
    return auditService.history(deps, [
      { type: 'policy', ids: [String(id)] },
      { type: 'policyGrant', ids: p.grants.map((g) => String(g.id)) },
    ]);
  },

  async create(deps: Deps, ctx: RequestContext, input: z.output<typeof PolicyInput>): Promise<PolicyDetail> {
    if (!policy.supportPolicy.read(ctx.actor)) throw forbidden();
    const id = await inTransaction(deps, async (trx) => {
      await checkChains(trx, input.chainIds);
      if (!(await keepsPolicy(trx, ctx, input.chainIds))) throw forbidden('政策由省链长办登记，或由牵头单位为本单位牵头的产业链登记');
      checkScheme(input.incentiveScheme, input.schemeYear);
      const issuer = await issuerOf(trx, input.issuerOrgId, input.issuerName);
      const id = await repo.insert(trx, {
        ...input,
        ...issuer,
        schemeYear: input.incentiveScheme ? input.schemeYear : null,
        at: deps.clock.nowIso(),
      });
      await deps.audit.record(trx, { actor: ctx.actor, ip: ctx.ip, action: 'create', entityType: 'policy', entityId: id, after: input });
      return id;
    });
    return policiesService.get(deps, ctx, id);
  },

  async update(deps: Deps, ctx: RequestContext, id: number, patch: z.output<typeof PolicyUpdate>): Promise<PolicyDetail> {
    await inTransaction(deps, async (trx) => {
      const before = await loadPolicy(trx, ctx, id);
      const chainsNow = before.chains.map((c) => c.id);
      if (!(await keepsPolicy(trx, ctx, chainsNow))) throw forbidden('政策由省链长办和相关产业链的牵头单位维护');
      if (patch.chainIds) {
        await checkChains(trx, patch.chainIds);
        if (!(await keepsPolicy(trx, ctx, patch.chainIds))) throw forbidden('只能选择本单位牵头的产业链');
      }
      const values: Parameters<typeof repo.update>[2] = {};
      if (patch.issuerOrgId !== undefined || patch.issuerName !== undefined) {
        const issuer = await issuerOf(
          trx,
          patch.issuerOrgId === undefined ? before.issuerOrgId : (patch.issuerOrgId ?? null),
          patch.issuerName === undefined ? before.issuerName : patch.issuerName,
        );
        values.issuer_org_id = issuer.issuerOrgId;
        values.issuer_name = issuer.issuerName;
      }
      const scheme = patch.incentiveScheme ?? before.incentiveScheme;
      const year = patch.schemeYear === undefined ? before.schemeYear : (patch.schemeYear ?? null);
      checkScheme(scheme, year);
      if (patch.title !== undefined) values.title = patch.title;
      if (patch.documentNumber !== undefined) values.document_number = patch.documentNumber;
      if (patch.issuedOn !== undefined) values.issued_on = patch.issuedOn;
      if (patch.supports !== undefined) values.supports = JSON.stringify(patch.supports);
      if (patch.summary !== undefined) values.summary = patch.summary;
      values.incentive_scheme = scheme;
      values.scheme_year = scheme ? year : null;
      await repo.update(trx, id, values, deps.clock.nowIso());
      if (patch.chainIds) await repo.setChains(trx, id, patch.chainIds);
      const after = await repo.find(trx, ALL, id);
      await deps.audit.record(trx, { actor: ctx.actor, ip: ctx.ip, action: 'update', entityType: 'policy', entityId: id, before, after });
    });
    return policiesService.get(deps, ctx, id);
  },

  async addGrant(deps: Deps, ctx: RequestContext, id: number, g: z.output<typeof GrantInput>): Promise<PolicyDetail> {
    await inTransaction(deps, async (trx) => {
      const p = await loadPolicy(trx, ctx, id);
      if (
        !(await keepsPolicy(
          trx,
          ctx,
          p.chains.map((c) => c.id),
        ))
      )
        throw forbidden('政策支持由省链长办和相关产业链的牵头单位登记');
      if ((g.enterpriseId === null) === (g.projectId === null))
        throw invalid('请选择获支持的企业或重点项目（二选一）', { enterpriseId: '企业和项目须选其一', projectId: '企业和项目须选其一' });
      if (g.enterpriseId !== null) {
        const e = await trx.selectFrom('enterprises').select('id').where('id', '=', g.enterpriseId).executeTakeFirst();
        if (!e) throw invalid('所选企业不存在', { enterpriseId: '所选企业不存在' });
      }
      if (g.projectId !== null) {
        const pr = await trx.selectFrom('projects').select('id').where('id', '=', g.projectId).executeTakeFirst();
        if (!pr) throw invalid('所选重点项目不存在', { projectId: '所选重点项目不存在' });
      }
      if (g.grantedOn < p.issuedOn) throw invalid(`支持日期不能早于政策发布日期（${p.issuedOn}）`, { grantedOn: '早于政策发布日期' });
      const grantId = await repo.insertGrant(trx, { ...g, policyId: id, at: deps.clock.nowIso() });
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'create',
        entityType: 'policyGrant',
        entityId: grantId,
        after: { policyId: id, ...g },
      });
    });
    return policiesService.get(deps, ctx, id);
  },

  /**
   * The effect of a policy: for each enterprise it supported, revenue and investment (quarters summed
   * from enterprise_figures) in the full year before the first grant and in the year after, or the
   * latest full year since; for each project, its total and completed investment.
   */
  async evaluation(deps: Deps, ctx: RequestContext, id: number): Promise<PolicyEvaluation> {
    const p = await loadPolicy(deps.db, ctx, id);
    const grants = await repo.grants(deps.db, scopeOf(ctx), { policyIds: [id] });
    const byEnterprise = new Map<number, { name: string; first: string; amount: number }>();
    const byProject = new Map<number, { first: string; amount: number }>();
    for (const g of grants) {
      if (g.enterpriseId !== null) {
        const acc = byEnterprise.get(g.enterpriseId) ?? { name: g.enterpriseName ?? '', first: g.grantedOn, amount: 0 };
        acc.amount += g.amount;
        if (g.grantedOn < acc.first) acc.first = g.grantedOn;
        byEnterprise.set(g.enterpriseId, acc);
      } else if (g.projectId !== null) {
        const acc = byProject.get(g.projectId) ?? { first: g.grantedOn, amount: 0 };
        acc.amount += g.amount;
        if (g.grantedOn < acc.first) acc.first = g.grantedOn;
        byProject.set(g.projectId, acc);
      }
    }
    const figures = await repo.yearFigures(deps.db, [...byEnterprise.keys()]);
    const fullYear = (enterpriseId: number, year: number) =>
      figures.find((f) => f.enterpriseId === enterpriseId && f.year === year && f.quarters === 4) ?? null;
    const enterprises = [...byEnterprise.entries()].map(([enterpriseId, g]) => {
      const grantYear = Number(g.first.slice(0, 4));
      const beforeYear = grantYear - 1;
      const before = fullYear(enterpriseId, beforeYear);
      const afterYear =
        figures
          .filter((f) => f.enterpriseId === enterpriseId && f.quarters === 4 && f.year >= grantYear && f.year <= grantYear + 1)
          .map((f) => f.year)
          .sort((a, b) => b - a)[0] ?? null;
      const after = afterYear === null ? null : fullYear(enterpriseId, afterYear);
      return {
        enterpriseId,
        enterpriseName: g.name,
        firstGrantedOn: g.first,
        grantAmount: g.amount,
        beforeYear,
        afterYear,
        revenueBefore: before?.revenue ?? null,
        revenueAfter: after?.revenue ?? null,
        revenueGrowth: growth(before?.revenue ?? null, after?.revenue ?? null),
        investmentBefore: before?.investment ?? null,
        investmentAfter: after?.investment ?? null,
        investmentGrowth: growth(before?.investment ?? null, after?.investment ?? null),
      };
    });
    enterprises.sort((a, b) => a.firstGrantedOn.localeCompare(b.firstGrantedOn) || a.enterpriseId - b.enterpriseId);
    const projectRows = await repo.projectInvestments(deps.db, [...byProject.keys()]);
    const projects = projectRows.map((pr) => {
      const g = byProject.get(pr.id) as { first: string; amount: number };
      return {
        projectId: pr.id,
        projectName: pr.name,
        firstGrantedOn: g.first,
        grantAmount: g.amount,
        totalInvestment: pr.total,
        completedInvestment: pr.completed,
        completionRate: pr.total === 0 ? null : pr.completed / pr.total,
      };
    });
    projects.sort((a, b) => a.firstGrantedOn.localeCompare(b.firstGrantedOn) || a.projectId - b.projectId);
    const compared = enterprises.filter((e) => e.revenueBefore !== null && e.revenueAfter !== null);
    const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
    const revenueBefore = sum(compared.map((e) => e.revenueBefore as number));
    const revenueAfter = sum(compared.map((e) => e.revenueAfter as number));
    const investmentBefore = sum(compared.map((e) => e.investmentBefore as number));
    const investmentAfter = sum(compared.map((e) => e.investmentAfter as number));
    return {
      policyId: p.id,
      policyTitle: p.title,
      enterprises,
      projects,
      totals: {
        grantAmount: sum(grants.map((g) => g.amount)),
        comparedEnterprises: compared.length,
        revenueBefore,
        revenueAfter,
        revenueGrowth: compared.length ? growth(revenueBefore, revenueAfter) : null,
        investmentBefore,
        investmentAfter,
        investmentGrowth: compared.length ? growth(investmentBefore, investmentAfter) : null,
        projectTotalInvestment: sum(projects.map((x) => x.totalInvestment)),
        projectCompletedInvestment: sum(projects.map((x) => x.completedInvestment)),
      },
    };
  },
};
