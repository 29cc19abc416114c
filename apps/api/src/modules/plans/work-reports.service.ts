import { periodRange, QUARTERLY_SUMMARY_GRACE_DAYS, type WorkReportInput } from '@chainboard/contracts';
import type { z } from 'zod';
import { type Deps, inTransaction } from '../../context.js';
import type { Db } from '../../db/database.js';
import { countRows } from '../../db/paging.js';
import { daysAfter } from '../../lib/dates.js';
import { conflict, forbidden } from '../../lib/errors.js';
import { hasRole, type RequestContext } from '../../policy/actor.js';

/** Member units and lead units report; the office reads them all. */
const REPORTING_TYPES = ['memberUnit', 'leadUnit'];

export const quarterlyDueOn = (period: string) => daysAfter(periodRange(period).end, QUARTERLY_SUMMARY_GRACE_DAYS);

function reportQuery(db: Db) {
  return db
    .selectFrom('work_reports as w')
    .innerJoin('organisations as o', 'o.id', 'w.organisation_id')
    .selectAll('w')
    .select('o.name as organisation_name');
}
const toReport = (r: Awaited<ReturnType<ReturnType<typeof reportQuery>['executeTakeFirstOrThrow']>>) => ({
  id: Number(r.id),
  organisationId: Number(r.organisation_id),
  organisationName: r.organisation_name,
  kind: r.kind as 'info' | 'quarterly',
  period: r.period,
  title: r.title,
  content: r.content,
  submittedBy: r.submitted_by,
  submittedAt: r.submitted_at,
});

const readsAll = (ctx: RequestContext) => hasRole(ctx.actor, 'editor', 'viewer') && ctx.actor.organisationType === 'office';

export const workReportsService = {
  async list(deps: Deps, ctx: RequestContext, q: { kind?: string; period?: string; page: number; pageSize: number }) {
    if (!readsAll(ctx) && !(hasRole(ctx.actor, 'editor', 'viewer') && REPORTING_TYPES.includes(ctx.actor.organisationType)))
      throw forbidden();
    let query = reportQuery(deps.db);
    if (!readsAll(ctx)) query = query.where('w.organisation_id', '=', ctx.actor.organisationId);
    if (q.kind) query = query.where('w.kind', '=', q.kind);
    if (q.period) query = query.where('w.period', '=', q.period);
    const total = await countRows(query);
    const rows = await query
      .orderBy('w.submitted_at', 'desc')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute();
    return { items: rows.map(toReport), total, page: q.page, pageSize: q.pageSize };
  },

  async submit(deps: Deps, ctx: RequestContext, r: z.output<typeof WorkReportInput>) {
    if (!hasRole(ctx.actor, 'editor') || !REPORTING_TYPES.includes(ctx.actor.organisationType))
      throw forbidden('工作信息和季度工作总结由成员单位和链长牵头单位报送');
    return inTransaction(deps, async (trx) => {
      if (r.kind === 'quarterly') {
        const existing = await trx
          .selectFrom('work_reports')
          .select('id')
          .where('organisation_id', '=', ctx.actor.organisationId)
          .where('kind', '=', 'quarterly')
          .where('period', '=', r.period)
          .executeTakeFirst();
        if (existing) throw conflict(`${r.period} 的季度工作总结已报送`);
      }
      const { id } = await trx
        .insertInto('work_reports')
        .values({
          organisation_id: ctx.actor.organisationId,
          kind: r.kind,
          period: r.period,
          title: r.title,
          content: r.content,
          submitted_by: ctx.actor.username,
          submitted_at: deps.clock.nowIso(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'create',
        entityType: 'workReport',
        entityId: Number(id),
        after: r,
      });
      return toReport(await reportQuery(trx).where('w.id', '=', id).executeTakeFirstOrThrow());
    });
  },

  /** Who has and has not sent the quarter's summary: the office's view. */
  async status(deps: Deps, ctx: RequestContext, period: string) {
    if (!readsAll(ctx)) throw forbidden('报送情况由省链长办查看');
    const dueOn = quarterlyDueOn(period);
    const units = await deps.db
      .selectFrom('organisations')
      .select(['id', 'name'])
      .where('type', 'in', REPORTING_TYPES)
      .where('retired', '=', false)
      .orderBy('id')
      .execute();
    const sent = await deps.db
      .selectFrom('work_reports')
      .select(['organisation_id', 'submitted_at'])
      .where('kind', '=', 'quarterly')
      .where('period', '=', period)
      .execute();
    const at = new Map(sent.map((s) => [Number(s.organisation_id), s.submitted_at]));
    return {
      period,
      dueOn,
      units: units.map((u) => {
        const submittedAt = at.get(Number(u.id)) ?? null;
        return {
          organisationId: Number(u.id),
          organisationName: u.name,
          submittedAt,
          late: submittedAt ? submittedAt.slice(0, 10) > dueOn : false,
        };
      }),
    };
  },
};
