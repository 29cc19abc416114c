import fs from 'node:fs';
import path from 'node:path';
import type { OrgType, Plan, PlanTarget } from '@chainboard/contracts';
import { type Deps, inTransaction } from '../../context.js';
import type { Db } from '../../db/database.js';
import { forbidden, invalid, notFound } from '../../lib/errors.js';
import { type Actor, hasRole, type RequestContext } from '../../policy/actor.js';
import { policy } from '../../policy/policy.js';
import { checkedAsOf, type FigureParams, revenueCoverage } from '../figures/index.js';
import { planVersionsRepository } from './plan-versions.repository.js';
import { planVersionsService } from './plan-versions.service.js';
import { planningDocumentsService } from './planning-documents.service.js';
import { plansRepository as repo } from './plans.repository.js';
import { targetMetric } from './target-metric.js';

/** The 2024 Shanxi plan, written by hand from the notice, loaded on every new database. */
export const PLAN_2024_FILE = path.resolve(import.meta.dirname, '../../../plans/shanxi-2024.json');

/** The plan names units as groups ("各链长牵头单位") or by name; this is who each group is. */
const GROUPS: Record<string, OrgType> = {
  省链长办: 'office',
  各链长牵头单位: 'leadUnit',
  相关链长牵头单位: 'leadUnit',
  各市政府: 'city',
  各市人民政府: 'city',
  综改示范区: 'city',
  各有关园区: 'zone',
  '各“链主”企业': 'enterprise',
  链长制领导小组成员单位: 'memberUnit',
  链长制领导小组其他成员单位: 'memberUnit',
  各有关部门: 'memberUnit',
};

export function isResponsible(a: Actor, organisationName: string, responsible: string[]): boolean {
  return responsible.some((r) => r === organisationName || GROUPS[r] === a.organisationType);
}

function yearElapsed(year: number, on: string): number {
  const y = Number(on.slice(0, 4));
  if (y !== year) return y > year ? 1 : 0;
  const start = Date.UTC(year, 0, 1);
  return (Date.parse(`${on}T00:00:00Z`) - start) / (Date.UTC(year + 1, 0, 1) - start);
}

/** The metrics read from revenue, labelled with the quarters they cover. */
const REVENUE_METRICS = ['chainRevenue', 'chainRevenueGrowth'];

/** A target of the plan with its live figure for the plan year as of `p.asOf`. */
export async function liveTarget(db: Db, p: FigureParams, t: Awaited<ReturnType<typeof repo.targets>>[number]): Promise<PlanTarget> {
  const { year, asOf } = p;
  const value = Number(t.value);
  const meets = (x: number) => (t.comparison === '>=' ? x >= value : x <= value);
  const computed = await targetMetric(db, t, p);
  const base = {
    key: t.key,
    label: t.label,
    metric: t.metric as PlanTarget['metric'],
    comparison: t.comparison as '>=' | '<=',
    value,
    unit: t.unit,
    perUnit: t.per_unit,
    source: t.source,
    alongside: computed.alongside ?? [],
    coverage: REVENUE_METRICS.includes(t.metric) ? revenueCoverage(year, asOf) : null,
  };
  if (computed.actual === null) return { ...base, actual: null, unitsMet: null, unitsTotal: null, status: 'notTracked' };
  if (t.per_unit && computed.perUnit) {
    const met = computed.perUnit.filter((u) => meets(u.value)).length;
    const total = computed.perUnit.length;
    const status =
      total > 0 && met === total
        ? 'met'
        : yearElapsed(year, asOf) >= 1
          ? 'behind'
          : met / Math.max(total, 1) >= yearElapsed(year, asOf)
            ? 'onTrack'
            : 'behind';
    return { ...base, actual: computed.actual, unitsMet: met, unitsTotal: total, status };
  }
  const pace = yearElapsed(year, asOf);
  const status = meets(computed.actual)
    ? 'met'
    : pace >= 1
      ? 'behind'
      : t.comparison === '>=' && computed.actual >= value * pace
        ? 'onTrack'
        : 'behind';
  return { ...base, actual: computed.actual, unitsMet: null, unitsTotal: null, status };
}

export const plansService = {
  list: (deps: Deps) => repo.years(deps.db),

  async get(deps: Deps, ctx: RequestContext, year: number, asked?: string): Promise<Plan> {
    if (!policy.plan.read(ctx.actor)) throw forbidden();
    const plan = await repo.plan(deps.db, year);
    if (!plan) throw notFound(`${year} 年行动计划`);
    const today = deps.clock.today();
    const asOf = checkedAsOf(year, asked, today);
    const evidence = await planningDocumentsService.evidence(deps.db, year, today);
    const targets = [];
    for (const t of await repo.targets(deps.db, plan.id)) targets.push(await liveTarget(deps.db, { year, asOf, today: asked ?? today }, t));
    const tasks = (await repo.tasks(deps.db, plan.id)).map((t) => ({
      id: Number(t.id),
      seq: Number(t.seq),
      title: t.title,
      expectedResult: t.expected_result,
      leadUnits: JSON.parse(t.lead_units) as string[],
      supportingUnits: JSON.parse(t.supporting_units) as string[],
      milestones: t.milestones.map((m) => ({
        id: Number(m.id),
        quarter: Number(m.quarter),
        title: m.title,
        responsible: JSON.parse(m.responsible) as string[],
        dueOn: m.due_on,
        state: m.state as 'open' | 'reported' | 'confirmed',
        evidence: m.evidence,
        reportedBy: m.reported_by,
        reportedAt: m.reported_at,
        confirmedAt: m.confirmed_at,
        overdue: m.state !== 'confirmed' && m.due_on < asOf,
        documents: evidence.get(`${t.seq}:${m.quarter}`) ?? null,
      })),
    }));
    // the figures use the plan as it stands: its latest version
    const versions = await planVersionsRepository.versions(deps.db, plan.id);
    const version = versions[0];
    return { year, title: plan.title, issuer: plan.issuer, issuedOn: plan.issued_on, asOf, version, versions, targets, tasks };
  },

  /** Loads a year's plan from its file: a new year is version 1, a year already loaded gets its next version. */
  importPlan: (deps: Deps, raw: unknown, ctx?: RequestContext) => planVersionsService.importPlan(deps, raw, ctx),

  async importPlanFile(deps: Deps, file: string, ctx?: RequestContext) {
    let raw: unknown;
    try {
      raw = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (err) {
      throw invalid(`无法读取计划文件 ${file}：${(err as Error).message}`);
    }
    return this.importPlan(deps, raw, ctx);
  },

  /** The responsible unit reports a milestone done, with its evidence; the office confirms. */
  async reportMilestone(deps: Deps, ctx: RequestContext, id: number, evidence: string, organisationName: string) {
    const year = await inTransaction(deps, async (trx) => {
      const m = await repo.milestone(trx, id);
      if (!m) throw notFound('节点');
      if (!hasRole(ctx.actor, 'editor') || !isResponsible(ctx.actor, organisationName, JSON.parse(m.responsible)))
        throw forbidden('只有该节点的责任单位可以报告完成');
      if (m.state === 'confirmed') throw invalid('该节点已确认完成');
      await repo.updateMilestone(trx, id, { state: 'reported', evidence, reported_by: organisationName, reported_at: deps.clock.nowIso() });
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'update',
        entityType: 'milestone',
        entityId: id,
        before: { state: m.state },
        after: { state: 'reported', evidence },
      });
      return Number(m.year);
    });
    return this.get(deps, ctx, year);
  },

  async confirmMilestone(deps: Deps, ctx: RequestContext, id: number) {
    if (!policy.plan.confirmMilestone(ctx.actor)) throw forbidden('节点完成由省链长办确认');
    const year = await inTransaction(deps, async (trx) => {
      const m = await repo.milestone(trx, id);
      if (!m) throw notFound('节点');
      if (m.state !== 'reported') throw invalid(m.state === 'confirmed' ? '该节点已确认完成' : '责任单位尚未报告完成');
      await repo.updateMilestone(trx, id, { state: 'confirmed', confirmed_at: deps.clock.nowIso() });
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'update',
        entityType: 'milestone',
        entityId: id,
        before: { state: m.state },
        after: { state: 'confirmed' },
      });
      return Number(m.year);
    });
    return this.get(deps, ctx, year);
  },
};
