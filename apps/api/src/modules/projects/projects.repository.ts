import type { BuildType, ChainStage, Project, ProjectClass, ProjectEvent, ProjectQuery, ProjectReport } from '@chainboard/contracts';
import { type ExpressionBuilder, type Insertable, sql, type Updateable } from 'kysely';
import type { Database, DatabaseKind, Db, ProjectsTable } from '../../db/database.js';
import { containsInsensitive } from '../../db/dialect.js';
import { countRows } from '../../db/paging.js';
import { lastDuePeriod, periodBounds } from '../../lib/report-periods.js';
import type { EnterpriseScope } from '../../policy/policy.js';

type Eb = ExpressionBuilder<Database & { p: ProjectsTable }, 'p'>;
export const ACTIVE_CLASSES: ProjectClass[] = ['planning', 'reserve', 'underway'];

/** The projects a scope may see, as one WHERE condition on alias `p`. */
export function inProjectScope(eb: Eb, scope: EnterpriseScope) {
  if (scope.all) return sql<boolean>`1 = 1`;
  const ties = [];
  if (scope.cityIds.length) ties.push(eb('p.city_id', 'in', scope.cityIds));
  if (scope.zoneIds.length) ties.push(eb('p.zone_id', 'in', scope.zoneIds));
  if (scope.selfOrgIds.length)
    ties.push(
      eb('p.enterprise_id', 'in', eb.selectFrom('enterprises as pe').select('pe.id').where('pe.organisation_id', 'in', scope.selfOrgIds)),
    );
  if (scope.leadUnitIds.length)
    ties.push(eb('p.chain_id', 'in', eb.selectFrom('chains as pc').select('pc.id').where('pc.lead_unit_id', 'in', scope.leadUnitIds)));
  if (scope.leaderUserIds.length)
    ties.push(eb('p.chain_id', 'in', eb.selectFrom('chains as pc').select('pc.id').where('pc.leader_user_id', 'in', scope.leaderUserIds)));
  return ties.length ? eb.or(ties) : sql<boolean>`1 = 0`;
}

/** A project is late when its last due report is missing (only projects still in the pipeline report). */
function lateCondition(eb: Eb, today: string) {
  return eb.and([
    eb('p.class', 'in', ACTIVE_CLASSES),
    eb.or(
      [1, 3].map((cycle) => {
        const due = lastDuePeriod(today, cycle);
        return eb.and([
          eb('p.report_cycle_months', '=', cycle),
          eb('p.created_at', '<=', `${periodBounds(due).end}T23:59:59.999Z`),
          eb.not(
            eb.exists(
              eb.selectFrom('project_reports as r').select('r.id').whereRef('r.project_id', '=', 'p.id').where('r.period', '=', due),
            ),
          ),
        ]);
      }),
    ),
  ]);
}

function baseQuery(db: Db) {
  return db
    .selectFrom('projects as p')
    .innerJoin('chains as c', 'c.id', 'p.chain_id')
    .innerJoin('organisations as city', 'city.id', 'p.city_id')
    .leftJoin('organisations as zone', 'zone.id', 'p.zone_id')
    .leftJoin('enterprises as e', 'e.id', 'p.enterprise_id')
    .selectAll('p')
    .select(['c.name as chain_name', 'c.lead_unit_id', 'city.name as city_name', 'zone.name as zone_name', 'e.name as enterprise_name'])
    .select((eb) =>
      eb
        .selectFrom('project_reports as r')
        .whereRef('r.project_id', '=', 'p.id')
        .select((x) => x.fn.max('r.period').as('m'))
        .as('last_report_period'),
    );
}
type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;
export type ProjectRecord = Project & { chainLeadUnitId: number | null };

function toProject(r: Row, today: string, reported: Set<string>): ProjectRecord {
  const cls = r.class as ProjectClass;
  const cycle = Number(r.report_cycle_months);
  const due = lastDuePeriod(today, cycle);
  const late = ACTIVE_CLASSES.includes(cls) && r.created_at <= `${periodBounds(due).end}T23:59:59.999Z` && !reported.has(`${r.id}:${due}`);
  return {
    id: Number(r.id),
    name: r.name,
    year: Number(r.year),
    chainId: Number(r.chain_id),
    chainName: r.chain_name,
    chainLeadUnitId: r.lead_unit_id === null ? null : Number(r.lead_unit_id),
    stage: r.stage as ChainStage | null,
    segmentId: r.segment_id === null ? null : Number(r.segment_id),
    cityId: Number(r.city_id),
    cityName: r.city_name,
    zoneId: r.zone_id === null ? null : Number(r.zone_id),
    zoneName: r.zone_name,
    enterpriseId: r.enterprise_id === null ? null : Number(r.enterprise_id),
    enterpriseName: r.enterprise_name,
    builder: r.builder,
    partners: r.partners,
    content: r.content,
    totalInvestment: Number(r.total_investment),
    annualPlanInvestment: Number(r.annual_plan_investment),
    completedInvestment: Number(r.completed_investment),
    class: cls,
    buildType: r.build_type as BuildType | null,
    plannedSignOn: r.planned_sign_on,
    plannedStartOn: r.planned_start_on,
    plannedCompleteOn: r.planned_complete_on,
    plannedProductionOn: r.planned_production_on,
    actualSignOn: r.actual_sign_on,
    actualStartOn: r.actual_start_on,
    actualCompleteOn: r.actual_complete_on,
    actualProductionOn: r.actual_production_on,
    liaisonOfficial: r.liaison_official,
    liaisonPhone: r.liaison_phone,
    leadUnitContact: r.lead_unit_contact,
    reportCycleMonths: cycle,
    demonstration: Boolean(r.demonstration),
    lateReportPeriod: late ? due : null,
    lastReportPeriod: (r.last_report_period as string | null) ?? null,
    demo: Boolean(r.demo),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

async function hydrate(db: Db, rows: Row[], today: string): Promise<ProjectRecord[]> {
  if (!rows.length) return [];
  const dues = [lastDuePeriod(today, 1), lastDuePeriod(today, 3)];
  const reports = await db
    .selectFrom('project_reports')
    .select(['project_id', 'period'])
    .where(
      'project_id',
      'in',
      rows.map((r) => Number(r.id)),
    )
    .where('period', 'in', dues)
    .execute();
  const reported = new Set(reports.map((r) => `${r.project_id}:${r.period}`));
  return rows.map((r) => toProject(r, today, reported));
}

export const projectsRepository = {
  filtered(db: Db, kind: DatabaseKind, scope: EnterpriseScope, q: Omit<ProjectQuery, 'page' | 'pageSize'>, today: string) {
    let query = baseQuery(db).where((eb) => inProjectScope(eb as unknown as Eb, scope));
    if (q.year) query = query.where('p.year', '=', q.year);
    if (q.chainId) query = query.where('p.chain_id', '=', q.chainId);
    if (q.cityId) query = query.where('p.city_id', '=', q.cityId);
    if (q.zoneId) query = query.where('p.zone_id', '=', q.zoneId);
    if (q.enterpriseId) query = query.where('p.enterprise_id', '=', q.enterpriseId);
    if (q.class) query = query.where('p.class', '=', q.class);
    if (q.demonstration !== undefined) query = query.where('p.demonstration', '=', q.demonstration);
    if (q.late !== undefined)
      query = query.where((eb) => (q.late ? lateCondition(eb as unknown as Eb, today) : eb.not(lateCondition(eb as unknown as Eb, today))));
    if (q.q) query = query.where(containsInsensitive(kind, 'p.name', q.q));
    return query;
  },

  async page(db: Db, kind: DatabaseKind, scope: EnterpriseScope, q: ProjectQuery, today: string) {
    const query = this.filtered(db, kind, scope, q, today);
    const total = await countRows(query);
    const rows = await query
      .orderBy('p.total_investment', 'desc')
      .orderBy('p.id')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute();
    return { items: await hydrate(db, rows, today), total };
  },

  async all(db: Db, kind: DatabaseKind, scope: EnterpriseScope, q: Omit<ProjectQuery, 'page' | 'pageSize'>, today: string) {
    const rows = await this.filtered(db, kind, scope, q, today)
      .orderBy('c.code')
      .orderBy('p.class')
      .orderBy('p.total_investment', 'desc')
      .execute();
    const out: ProjectRecord[] = [];
    for (let i = 0; i < rows.length; i += 500) out.push(...(await hydrate(db, rows.slice(i, i + 500), today)));
    return out;
  },

  async find(db: Db, scope: EnterpriseScope, id: number, today: string): Promise<ProjectRecord | null> {
    const rows = await baseQuery(db)
      .where('p.id', '=', id)
      .where((eb) => inProjectScope(eb as unknown as Eb, scope))
      .execute();
    return (await hydrate(db, rows, today))[0] ?? null;
  },

  /** A new project, and the first span of its class history (see `listedFrom`). */
  async insert(db: Db, values: Insertable<ProjectsTable>) {
    const id = Number((await db.insertInto('projects').values(values).returning('id').executeTakeFirstOrThrow()).id);
    await db
      .insertInto('project_class_history')
      .values({
        project_id: id,
        class: values.class,
        valid_from: listedFrom(values.year, values.created_at),
        valid_to: null,
        recorded_at: values.created_at,
      })
      .execute();
    return id;
  },

  /** The span of the project's class history holding now. */
  async openClass(db: Db, projectId: number) {
    return db
      .selectFrom('project_class_history')
      .select(['id', 'class', 'valid_from'])
      .where('project_id', '=', projectId)
      .where('valid_to', 'is', null)
      .executeTakeFirst();
  },

  /** The project holds `cls` from `on`: the open span closes that day (or is replaced when it began that day). */
  async moveClass(db: Db, projectId: number, cls: string, on: string, recordedAt: string) {
    const open = await projectsRepository.openClass(db, projectId);
    if (open && open.valid_from >= on) await db.deleteFrom('project_class_history').where('id', '=', open.id).execute();
    else if (open) await db.updateTable('project_class_history').set({ valid_to: on }).where('id', '=', open.id).execute();
    await db
      .insertInto('project_class_history')
      .values({ project_id: projectId, class: cls, valid_from: on, valid_to: null, recorded_at: recordedAt })
      .execute();
  },

  async update(db: Db, id: number, values: Updateable<ProjectsTable>) {
    await db.updateTable('projects').set(values).where('id', '=', id).execute();
  },

  async countDemonstrations(db: Db, chainId: number, year: number, exceptId: number) {
    const row = await db
      .selectFrom('projects')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('chain_id', '=', chainId)
      .where('year', '=', year)
      .where('demonstration', '=', true)
      .where('id', '!=', exceptId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },

  async addEvent(
    db: Db,
    e: {
      projectId: number;
      at: string;
      userId: number | null;
      username: string;
      kind: string;
      summary: string;
      from?: unknown;
      to?: unknown;
    },
  ) {
    await db
      .insertInto('project_events')
      .values({
        project_id: e.projectId,
        at: e.at,
        user_id: e.userId,
        username: e.username,
        kind: e.kind,
        summary: e.summary,
        from_json: e.from === undefined ? null : JSON.stringify(e.from),
        to_json: e.to === undefined ? null : JSON.stringify(e.to),
      })
      .execute();
  },

  async events(db: Db, projectId: number): Promise<ProjectEvent[]> {
    const rows = await db
      .selectFrom('project_events')
      .selectAll()
      .where('project_id', '=', projectId)
      .orderBy('at')
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      id: Number(r.id),
      at: r.at,
      username: r.username,
      kind: r.kind as ProjectEvent['kind'],
      summary: r.summary,
      from: r.from_json === null ? null : JSON.parse(r.from_json),
      to: r.to_json === null ? null : JSON.parse(r.to_json),
    }));
  },

  async reports(db: Db, projectId: number): Promise<ProjectReport[]> {
    const rows = await db.selectFrom('project_reports').selectAll().where('project_id', '=', projectId).orderBy('period').execute();
    return rows.map((r) => ({
      id: Number(r.id),
      projectId: Number(r.project_id),
      period: r.period,
      progress: r.progress,
      investmentInPeriod: Number(r.investment_in_period),
      problems: r.problems,
      reportedAt: r.reported_at,
      reportedBy: r.reported_by,
      late: Boolean(r.late),
    }));
  },

  async insertReport(
    db: Db,
    r: {
      projectId: number;
      period: string;
      progress: string;
      investmentInPeriod: number;
      problems: string | null;
      reportedBy: string;
      reportedAt: string;
      late: boolean;
    },
  ) {
    await db
      .insertInto('project_reports')
      .values({
        project_id: r.projectId,
        period: r.period,
        progress: r.progress,
        investment_in_period: r.investmentInPeriod,
        problems: r.problems,
        reported_by: r.reportedBy,
        reported_at: r.reportedAt,
        late: r.late,
      })
      .execute();
    await db
      .updateTable('projects')
      .set((eb) => ({ completed_investment: eb('completed_investment', '+', r.investmentInPeriod) }))
      .where('id', '=', r.projectId)
      .execute();
  },

  async hasReport(db: Db, projectId: number, period: string) {
    return !!(await db
      .selectFrom('project_reports')
      .select('id')
      .where('project_id', '=', projectId)
      .where('period', '=', period)
      .executeTakeFirst());
  },

  /** Projects by class per chain, within a scope. */
  async classCounts(db: Db, scope: EnterpriseScope, year: number | undefined) {
    const rows = await db
      .selectFrom('projects as p')
      .innerJoin('chains as c', 'c.id', 'p.chain_id')
      .where((eb) => inProjectScope(eb as unknown as Eb, scope))
      .$if(year !== undefined, (q) => q.where('p.year', '=', year as number))
      .select(['p.chain_id', 'c.name', 'c.code', 'p.class', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy(['p.chain_id', 'c.name', 'c.code', 'p.class'])
      .orderBy('c.code')
      .execute();
    const byChain = new Map<number, { chainId: number; chainName: string; counts: Record<string, number>; total: number }>();
    for (const r of rows) {
      const id = Number(r.chain_id);
      const entry = byChain.get(id) ?? { chainId: id, chainName: r.name, counts: {}, total: 0 };
      entry.counts[r.class] = Number(r.n);
      entry.total += Number(r.n);
      byChain.set(id, entry);
    }
    return [...byChain.values()];
  },
};

/**
 * A key project is on its year's list, in the class it was listed with, from the year's first day, or
 * from the day it was recorded when that came before the year: the list is the year's, whenever an
 * office got round to entering it. Class moves then count from the day each records.
 */
export function listedFrom(year: number, recordedAt: string): string {
  const day = recordedAt.slice(0, 10);
  const start = `${year}-01-01`;
  return day < start ? day : start;
}
