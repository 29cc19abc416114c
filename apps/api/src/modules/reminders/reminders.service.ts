/**
 * What is due and overdue for the caller's organisation, computed from due dates on every request,
 * so nothing is lost while the server was down: milestones, quarterly summaries, project reports,
 * problems and evaluation rounds.
 */
import type { Reminder } from '@chainboard/contracts';
import type { Deps } from '../../context.js';
import { daysAfter } from '../../lib/dates.js';
import { dueDate } from '../../lib/report-periods.js';
import { hasRole, type RequestContext } from '../../policy/actor.js';
import { policy } from '../../policy/policy.js';
import { planningDocumentsService } from '../plans/planning-documents.service.js';
import { plansRepository } from '../plans/plans.repository.js';
import { isResponsible } from '../plans/plans.service.js';
import { quarterlyDueOn } from '../plans/work-reports.service.js';
import { problemsService } from '../problems/problems.service.js';
import { projectsRepository } from '../projects/projects.repository.js';

/** How far ahead a due date starts to remind. */
const HORIZON_DAYS = 30;

export const remindersService = {
  async list(deps: Deps, ctx: RequestContext, organisationName: string) {
    const a = ctx.actor;
    const now = deps.clock.today();
    const horizon = daysAfter(now, HORIZON_DAYS);
    const items: Reminder[] = [];
    const editor = hasRole(a, 'editor');
    const isOffice = a.organisationType === 'office';

    const milestones = await deps.db
      .selectFrom('plan_milestones as m')
      .innerJoin('plan_tasks as t', 't.id', 'm.task_id')
      .innerJoin('plans as p', 'p.id', 't.plan_id')
      .select(['m.id', 'm.title', 'm.responsible', 'm.due_on', 'm.state', 'p.year'])
      .where('m.state', '!=', 'confirmed')
      .where('m.due_on', '<=', horizon)
      .execute();
    for (const m of milestones) {
      if (editor && m.state === 'open' && isResponsible(a, organisationName, JSON.parse(m.responsible))) {
        items.push({
          kind: 'milestone',
          title: `计划节点：${m.title}`,
          dueOn: m.due_on,
          overdue: m.due_on < now,
          link: `/plans/${m.year}`,
        });
      }
      if (editor && isOffice && m.state === 'reported') {
        items.push({
          kind: 'milestone',
          title: `待确认节点：${m.title}`,
          dueOn: m.due_on,
          overdue: m.due_on < now,
          link: `/plans/${m.year}`,
        });
      }
    }

    // planning documents the caller's unit owes (the office gives others' only when asked, so only its own remind it)
    if (editor) {
      for (const { year } of await plansRepository.years(deps.db)) {
        for (const o of await planningDocumentsService.list(deps, ctx, year, {})) {
          const own = isOffice ? o.owedBy === 'office' : o.canSubmit;
          if (!own || o.state === 'onTime' || o.state === 'late' || o.dueOn > horizon) continue;
          items.push({
            kind: 'planningDocument',
            title: `报送${o.requiredTitle}${o.chainName ? `（${o.chainName}）` : ''}`,
            dueOn: o.dueOn,
            overdue: o.state === 'overdue',
            link: `/plans/${year}/documents`,
          });
        }
      }
    }

    if (editor && (a.organisationType === 'memberUnit' || a.organisationType === 'leadUnit')) {
      const year = Number(now.slice(0, 4));
      const quarter = Math.ceil(Number(now.slice(5, 7)) / 3);
      const last = quarter === 1 ? `${year - 1}Q4` : `${year}Q${quarter - 1}`;
      const sent = await deps.db
        .selectFrom('work_reports')
        .select('id')
        .where('organisation_id', '=', a.organisationId)
        .where('kind', '=', 'quarterly')
        .where('period', '=', last)
        .executeTakeFirst();
      if (!sent)
        items.push({
          kind: 'workReport',
          title: `报送 ${last} 季度工作总结`,
          dueOn: quarterlyDueOn(last),
          overdue: quarterlyDueOn(last) < now,
          link: '/work-reports',
        });
    }

    if (editor && (a.organisationType === 'city' || a.organisationType === 'zone' || isOffice)) {
      const scope = isOffice ? { all: true as const } : policy.project.scope(a);
      const late = await projectsRepository.all(deps.db, deps.kind, scope, { late: true }, now);
      for (const p of late.slice(0, 50)) {
        const due = p.lateReportPeriod as string;
        items.push({
          kind: 'projectReport',
          title: `项目进展逾期未报：${p.name}（${due}）`,
          dueOn: dueDate(due),
          overdue: true,
          link: `/projects/${p.id}`,
        });
      }
    }

    if (editor) {
      for (const mine of ['toAccept', 'toAnswer', 'toConfirm'] as const) {
        const problems = await problemsService.all(deps, ctx, { mine });
        for (const p of problems.slice(0, 50)) {
          const verb = { toAccept: '待受理', toAnswer: '待答复', toConfirm: '待确认办结' }[mine];
          items.push({
            kind: 'problem',
            title: `问题${verb}：${p.title}`,
            dueOn: p.deadline,
            overdue: p.overdue,
            link: `/problems/${p.id}`,
          });
        }
      }
    }

    if (hasRole(a, 'editor') && policy.round.read(a)) {
      const rounds = await deps.db
        .selectFrom('evaluation_rounds')
        .select(['id', 'title', 'state', 'closes_on'])
        .where('state', 'in', ['open', 'review'])
        .where('closes_on', '<=', horizon)
        .execute();
      for (const r of rounds) {
        const declares = r.state === 'open' && ['city', 'zone', 'enterprise', 'office'].includes(a.organisationType);
        const reviews = r.state === 'review' && (a.organisationType === 'leadUnit' || isOffice);
        if (declares || reviews)
          items.push({
            kind: 'round',
            title: `${declares ? '申报' : '评审'}：${r.title}`,
            dueOn: r.closes_on,
            overdue: r.closes_on < now,
            link: `/rounds/${r.id}`,
          });
      }
    }

    items.sort((x, y) => Number(y.overdue) - Number(x.overdue) || x.dueOn.localeCompare(y.dueOn));
    return { count: items.length, overdue: items.filter((i) => i.overdue).length, items };
  },
};
