import {
  BUILD_TYPE_LABELS,
  type ClassMoveInput as ClassMoveSchema,
  KEY_PROJECT_THRESHOLD_YUAN,
  type Paged,
  PROJECT_CLASS_LABELS,
  PROJECT_CLASS_MOVES,
  type Project,
  type ProjectInput as ProjectInputSchema,
  type ProjectPatch as ProjectPatchSchema,
  type ProjectQuery,
  type ProjectReportInput as ReportSchema,
} from '@chainboard/contracts';
import type { z } from 'zod';
import { type Deps, inTransaction } from '../../context.js';
import type { Db } from '../../db/database.js';
import type { Clock } from '../../lib/clock.js';
import { checkDateOrder } from '../../lib/date-order.js';
import { AppError, conflict, forbidden, invalid, notFound } from '../../lib/errors.js';
import { dueDate, isCyclePeriod, periodBounds } from '../../lib/report-periods.js';
import type { RequestContext } from '../../policy/actor.js';
import { policy } from '../../policy/policy.js';
import { checkSegmentOfChain } from '../chainmap/segments.repository.js';
import { chainsRepository } from '../chains/chains.repository.js';
import { checkEnterprisePlace } from '../enterprises/enterprises.service.js';
import { ACTIVE_CLASSES, type ProjectRecord, projectsRepository as repo } from './projects.repository.js';

type ProjectValues = z.output<typeof ProjectInputSchema>;
type ProjectChanges = z.output<typeof ProjectPatchSchema>;
type ReportValues = z.output<typeof ReportSchema>;

const DATE_FIELDS = [
  'plannedSignOn',
  'plannedStartOn',
  'plannedCompleteOn',
  'plannedProductionOn',
  'actualSignOn',
  'actualStartOn',
  'actualCompleteOn',
  'actualProductionOn',
] as const;
/** The actual date a class move records, when none is given. */
const MOVE_DATES: Partial<Record<string, (typeof DATE_FIELDS)[number]>> = {
  reserve: 'actualSignOn',
  underway: 'actualStartOn',
  completed: 'actualProductionOn',
};

const yi = (yuan: number) => `${(yuan / 1e8).toFixed(2)}亿元`;
const snake = (k: string) => k.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`);
const publicProject = (p: ProjectRecord): Project => p;

export async function loadProject(db: Db, ctx: RequestContext, id: number, today: string): Promise<ProjectRecord> {
  const project = await repo.find(db, policy.project.scope(ctx.actor), id, today);
  if (!project) throw notFound('项目');
  return project;
}

function checkThreshold(total: number, confirmed: boolean) {
  if (total < KEY_PROJECT_THRESHOLD_YUAN && !confirmed) {
    throw new AppError('CONFIRMATION_REQUIRED', `总投资 ${yi(total)} 低于重点项目清单的 1 亿元标准，请确认确有必要列入后再保存`, {
      totalInvestment: '低于 1 亿元，需确认',
    });
  }
}

type ActualDates = Partial<Record<(typeof ACTUAL_DATES)[number]['field'], string | null>>;
const ACTUAL_DATES = [
  { field: 'actualSignOn', label: '实际签约日期' },
  { field: 'actualStartOn', label: '实际开工日期' },
  { field: 'actualCompleteOn', label: '实际竣工日期' },
  { field: 'actualProductionOn', label: '实际投产日期' },
] as const;

/** Actual dates have happened (none after today) and come in order: 签约 ≤ 开工 ≤ 竣工 ≤ 投产, each where given. */
function checkActualDates(today: string, dates: ActualDates, renamed: Partial<Record<string, string>> = {}) {
  checkDateOrder(
    ACTUAL_DATES.map((d) => ({ field: renamed[d.field] ?? d.field, label: d.label, on: dates[d.field] })),
    today,
  );
}

async function chainOf(db: Db, chainId: number) {
  const chain = await chainsRepository.findInScope(db, { all: true }, chainId);
  if (!chain) throw invalid('所选产业链不存在', { chainId: '所选产业链不存在' });
  return chain;
}

const event = (db: Db, clock: Clock, ctx: RequestContext, projectId: number, kind: string, summary: string, from?: unknown, to?: unknown) =>
  repo.addEvent(db, {
    projectId,
    at: clock.nowIso(),
    userId: ctx.actor.userId || null,
    username: ctx.actor.username,
    kind,
    summary,
    from,
    to,
  });

export const projectsService = {
  async list(deps: Deps, ctx: RequestContext, q: ProjectQuery): Promise<Paged<Project>> {
    const { items, total } = await repo.page(deps.db, deps.kind, policy.project.scope(ctx.actor), q, deps.clock.today());
    return { items: items.map(publicProject), total, page: q.page, pageSize: q.pageSize };
  },

  async listAll(deps: Deps, ctx: RequestContext, q: Omit<ProjectQuery, 'page' | 'pageSize'>) {
    return (await repo.all(deps.db, deps.kind, policy.project.scope(ctx.actor), q, deps.clock.today())).map(publicProject);
  },

  get: async (deps: Deps, ctx: RequestContext, id: number) => publicProject(await loadProject(deps.db, ctx, id, deps.clock.today())),

  async create(deps: Deps, ctx: RequestContext, input: ProjectValues): Promise<Project> {
    const chain = await chainOf(deps.db, input.chainId);
    if (!policy.project.write(ctx.actor, { chainLeadUnitId: chain.leadUnitId, cityId: input.cityId, zoneId: input.zoneId })) {
      throw forbidden('只能为本单位牵头的产业链或本辖区新增项目');
    }
    if (input.class === 'underway' && !input.buildType) throw invalid('实施类项目须注明新建或续建', { buildType: '请选择新建或续建' });
    checkThreshold(input.totalInvestment, input.confirmBelowThreshold);
    checkActualDates(deps.clock.today(), input);
    return inTransaction(deps, async (trx) => {
      await checkEnterprisePlace(trx, { cityId: input.cityId, zoneId: input.zoneId });
      if (
        input.enterpriseId &&
        !(await trx.selectFrom('enterprises').select('id').where('id', '=', input.enterpriseId).executeTakeFirst())
      ) {
        throw invalid('投资企业不在企业名录中', { enterpriseId: '请从企业名录中选择' });
      }
      const now = deps.clock.nowIso();
      const { confirmBelowThreshold: _c, ...v } = input;
      const id = await repo.insert(trx, {
        name: v.name,
        year: v.year,
        chain_id: v.chainId,
        stage: v.stage,
        segment_id: await checkSegmentOfChain(trx, v.chainId, v.segmentId),
        city_id: v.cityId,
        zone_id: v.zoneId,
        enterprise_id: v.enterpriseId,
        builder: v.builder,
        partners: v.partners,
        content: v.content,
        total_investment: v.totalInvestment,
        annual_plan_investment: v.annualPlanInvestment,
        completed_investment: 0,
        class: v.class,
        build_type: v.class === 'underway' ? v.buildType : null,
        planned_sign_on: v.plannedSignOn,
        planned_start_on: v.plannedStartOn,
        planned_complete_on: v.plannedCompleteOn,
        planned_production_on: v.plannedProductionOn,
        actual_sign_on: v.actualSignOn,
        actual_start_on: v.actualStartOn,
        actual_complete_on: v.actualCompleteOn,
        actual_production_on: v.actualProductionOn,
        liaison_official: v.liaisonOfficial,
        liaison_phone: v.liaisonPhone,
        lead_unit_contact: v.leadUnitContact,
        report_cycle_months: v.reportCycleMonths,
        demonstration: false,
        demo: false,
        created_at: now,
        updated_at: now,
      });
      await event(trx, deps.clock, ctx, id, 'created', `列入${PROJECT_CLASS_LABELS[v.class]}，总投资 ${yi(v.totalInvestment)}`, null, {
        class: v.class,
        totalInvestment: v.totalInvestment,
      });
      const created = publicProject((await repo.find(trx, { all: true }, id, deps.clock.today())) as ProjectRecord);
      await deps.audit.record(trx, { actor: ctx.actor, ip: ctx.ip, action: 'create', entityType: 'project', entityId: id, after: created });
      return created;
    });
  },

  async update(deps: Deps, ctx: RequestContext, id: number, patch: ProjectChanges): Promise<Project> {
    return inTransaction(deps, async (trx) => {
      const before = await loadProject(trx, ctx, id, deps.clock.today());
      if (!policy.project.write(ctx.actor, before)) throw forbidden('没有修改该项目的权限');
      if (patch.chainId !== undefined && patch.chainId !== before.chainId) {
        const chain = await chainOf(trx, patch.chainId);
        if (!policy.project.write(ctx.actor, { ...before, chainLeadUnitId: chain.leadUnitId }))
          throw forbidden('不能把项目移到本单位职责以外的产业链');
      }
      if (patch.cityId !== undefined || patch.zoneId !== undefined) {
        const place = { cityId: patch.cityId ?? before.cityId, zoneId: patch.zoneId === undefined ? before.zoneId : patch.zoneId };
        await checkEnterprisePlace(trx, place);
        if (!policy.project.write(ctx.actor, { chainLeadUnitId: before.chainLeadUnitId, ...place }))
          throw forbidden('不能把项目移出本辖区');
      }
      if (patch.totalInvestment !== undefined && patch.totalInvestment !== before.totalInvestment)
        checkThreshold(patch.totalInvestment, patch.confirmBelowThreshold);
      if (patch.segmentId !== undefined) await checkSegmentOfChain(trx, patch.chainId ?? before.chainId, patch.segmentId);
      // the dates as they will stand, when the edit changes one: a new start date is checked against the
      // kept signing date too; an edit of other fields is not held up by dates entered before these checks
      const actualChanges = ACTUAL_DATES.filter((d) => patch[d.field] !== undefined).map((d) => [d.field, patch[d.field]]);
      if (actualChanges.length) checkActualDates(deps.clock.today(), { ...before, ...Object.fromEntries(actualChanges) });
      const { confirmBelowThreshold: _c, ...changes } = patch;
      const values: Record<string, unknown> = { updated_at: deps.clock.nowIso() };
      for (const [k, v] of Object.entries(changes)) if (v !== undefined) values[snake(k)] = v;
      await repo.update(trx, id, values);

      if (patch.totalInvestment !== undefined && patch.totalInvestment !== before.totalInvestment) {
        await event(
          trx,
          deps.clock,
          ctx,
          id,
          'investment',
          `总投资 ${yi(before.totalInvestment)} → ${yi(patch.totalInvestment)}`,
          before.totalInvestment,
          patch.totalInvestment,
        );
      }
      const dateChanges = DATE_FIELDS.filter((k) => patch[k] !== undefined && patch[k] !== before[k]);
      if (dateChanges.length) {
        await event(
          trx,
          deps.clock,
          ctx,
          id,
          'dates',
          `调整日期：${dateChanges.map((k) => `${before[k] ?? '未填'} → ${patch[k] ?? '未填'}`).join('；')}`,
          Object.fromEntries(dateChanges.map((k) => [k, before[k]])),
          Object.fromEntries(dateChanges.map((k) => [k, patch[k]])),
        );
      }
      const after = publicProject((await repo.find(trx, { all: true }, id, deps.clock.today())) as ProjectRecord);
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'update',
        entityType: 'project',
        entityId: id,
        before: publicProject(before),
        after,
      });
      return after;
    });
  },

  /** planning → reserve → underway → completed, or stalled/cancelled with a reason; nothing skips. */
  async moveClass(deps: Deps, ctx: RequestContext, id: number, move: z.output<typeof ClassMoveSchema>): Promise<Project> {
    return inTransaction(deps, async (trx) => {
      const before = await loadProject(trx, ctx, id, deps.clock.today());
      if (!policy.project.write(ctx.actor, before)) throw forbidden('没有调整该项目类别的权限');
      if (!PROJECT_CLASS_MOVES[before.class].includes(move.to)) {
        const allowed = PROJECT_CLASS_MOVES[before.class].map((c) => PROJECT_CLASS_LABELS[c]);
        throw invalid(
          `项目不能从“${PROJECT_CLASS_LABELS[before.class]}”直接调整为“${PROJECT_CLASS_LABELS[move.to]}”${allowed.length ? `，只能调整为：${allowed.join('、')}` : '，该类别已是最终状态'}`,
          { to: '不允许的类别调整' },
        );
      }
      if (move.to === 'underway' && !move.buildType) throw invalid('转为实施类须注明新建或续建', { buildType: '请选择新建或续建' });
      if ((move.to === 'stalled' || move.to === 'cancelled') && !move.reason)
        throw invalid('停缓建或取消须说明原因', { reason: '请填写原因' });
      const on = move.on ?? deps.clock.today();
      const since = (await repo.openClass(trx, id))?.valid_from ?? null;
      if (on > deps.clock.today()) throw invalid(`调整日期 ${on} 晚于今天`, { on: '调整日期不能晚于今天' });
      if (since !== null && on < since)
        throw invalid(`调整日期 ${on} 早于当前类别的开始日期 ${since}`, { on: `请选择 ${since} 及以后的日期` });
      const dateField = MOVE_DATES[move.to];
      const values: Record<string, unknown> = { class: move.to, updated_at: deps.clock.nowIso() };
      if (move.to === 'underway') values.build_type = move.buildType;
      if (dateField && !before[dateField]) {
        values[snake(dateField)] = on;
        checkActualDates(deps.clock.today(), { ...before, [dateField]: on }, { [dateField]: 'on' });
      }
      await repo.update(trx, id, values);
      await repo.moveClass(trx, id, move.to, on, deps.clock.nowIso());
      const label = move.to === 'underway' ? `实施类（${BUILD_TYPE_LABELS[move.buildType ?? 'new']}）` : PROJECT_CLASS_LABELS[move.to];
      await event(
        trx,
        deps.clock,
        ctx,
        id,
        'class',
        `${PROJECT_CLASS_LABELS[before.class]} → ${label}${move.reason ? `：${move.reason}` : ''}`,
        before.class,
        { class: move.to, buildType: move.buildType, on },
      );
      const after = publicProject((await repo.find(trx, { all: true }, id, deps.clock.today())) as ProjectRecord);
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'update',
        entityType: 'project',
        entityId: id,
        before: { class: before.class },
        after: { class: move.to, reason: move.reason },
      });
      return after;
    });
  },

  /** Each chain has one or two 示范性项目 a year; a third is refused. */
  async setDemonstration(deps: Deps, ctx: RequestContext, id: number, on: boolean): Promise<Project> {
    return inTransaction(deps, async (trx) => {
      const before = await loadProject(trx, ctx, id, deps.clock.today());
      if (!policy.project.lead(ctx.actor, before)) throw forbidden('示范性项目由链长牵头单位确定');
      if (on && !before.demonstration && (await repo.countDemonstrations(trx, before.chainId, before.year, id)) >= 2) {
        throw conflict(`“${before.chainName}”产业链 ${before.year} 年已有 2 个示范性项目，每条产业链为 1-2 个`);
      }
      await repo.update(trx, id, { demonstration: on, updated_at: deps.clock.nowIso() });
      await event(trx, deps.clock, ctx, id, 'demonstration', on ? '确定为示范性项目' : '取消示范性项目', before.demonstration, on);
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'update',
        entityType: 'project',
        entityId: id,
        before: { demonstration: before.demonstration },
        after: { demonstration: on },
      });
      return publicProject((await repo.find(trx, { all: true }, id, deps.clock.today())) as ProjectRecord);
    });
  },

  async report(deps: Deps, ctx: RequestContext, id: number, r: ReportValues) {
    return inTransaction(deps, async (trx) => {
      const project = await loadProject(trx, ctx, id, deps.clock.today());
      if (!policy.project.report(ctx.actor, project)) throw forbidden('项目进展由项目属地政府报送');
      if (!ACTIVE_CLASSES.includes(project.class)) throw invalid(`${PROJECT_CLASS_LABELS[project.class]}项目不再报送进展`);
      if (!isCyclePeriod(r.period, project.reportCycleMonths)) {
        throw invalid(project.reportCycleMonths === 3 ? '该项目按季度报送，期间格式应为 2024Q2' : '该项目按月报送，期间格式应为 2024-06', {
          period: '报送期间与报送周期不符',
        });
      }
      const now = deps.clock.today();
      if (periodBounds(r.period).start > now) throw invalid('不能报送尚未开始的期间', { period: '期间尚未开始' });
      if (await repo.hasReport(trx, id, r.period)) throw conflict(`${r.period} 的进展已报送`, { period: '该期间已报送' });
      const late = now > dueDate(r.period);
      await repo.insertReport(trx, { projectId: id, ...r, reportedBy: ctx.actor.username, reportedAt: deps.clock.nowIso(), late });
      await event(
        trx,
        deps.clock,
        ctx,
        id,
        'report',
        `报送 ${r.period} 进展${late ? '（逾期）' : ''}，本期完成投资 ${yi(r.investmentInPeriod)}`,
        null,
        r,
      );
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'create',
        entityType: 'projectReport',
        entityId: `${id}:${r.period}`,
        after: { ...r, late },
      });
      return repo.reports(trx, id);
    });
  },

  async timeline(deps: Deps, ctx: RequestContext, id: number) {
    await loadProject(deps.db, ctx, id, deps.clock.today());
    return { events: await repo.events(deps.db, id), reports: await repo.reports(deps.db, id) };
  },

  async classCounts(deps: Deps, ctx: RequestContext, year?: number) {
    return repo.classCounts(deps.db, policy.project.scope(ctx.actor), year);
  },
};
