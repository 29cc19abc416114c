import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { type MetricDefinition, type PlanFile, PlanFile as PlanFileSchema } from '@chainboard/contracts';
import { afterAll, beforeAll, expect, it } from 'vitest';
import * as planVersionsMigration from '../src/db/migrations/202612080100_plan_versions.js';
import { fixedClock } from '../src/lib/clock.js';
import { definedFigure, definedSource } from '../src/modules/figures/index.js';
import { PLAN_2024_FILE, plansService } from '../src/modules/plans/plans.service.js';
import { expectApiError } from './helpers.js';
import { creditCode, insertEnterprise, insertProject, seedWorld, type World } from './personas.js';
import { type Client, describeOnBothDatabases, startTestPlatform, type TestPlatform } from './platform.js';

const FILE = path.join(import.meta.dirname, 'fixtures/plan-2025.json');
const plan2025 = (): PlanFile => JSON.parse(fs.readFileSync(FILE, 'utf8'));
const TABLES = [
  'plans',
  'plan_targets',
  'plan_tasks',
  'plan_milestones',
  'plan_versions',
  'plan_document_requirements',
  'audit_log',
] as const;

describeOnBothDatabases('plan versions and metrics defined in the plan file', (kind) => {
  let t: TestPlatform;
  let w: World;
  let office: Client;
  let lead: Client;
  const clock = fixedClock('2025-06-30');

  const rowCounts = async () => {
    const counts: Record<string, number> = {};
    for (const table of TABLES) {
      const row = await t.deps.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      counts[table] = Number(row.n);
    }
    return counts;
  };

  /** An enterprise on `chains` from `since`, with one honour. */
  const enterpriseWith = async (n: number, chains: number[], honour: { kind: string; revokedOn?: string }, since = '2024-01-01') => {
    const id = await insertEnterprise(t.deps.db, {
      name: `测试专精特新企业${n}`,
      creditCode: creditCode(925_000_000 + n),
      cityId: w.orgs.cityA,
      chains,
      since,
    });
    await t.deps.db
      .insertInto('enterprise_honours')
      .values({
        enterprise_id: id,
        kind: honour.kind,
        level: 'provincial',
        year: 2024,
        revoked_on: honour.revokedOn ?? null,
        note: null,
        created_at: '2024-05-01T00:00:00.000Z',
      })
      .execute();
    return id;
  };

  let counted: number[];

  beforeAll(async () => {
    t = await startTestPlatform(kind, {}, clock);
    w = await seedWorld(t.deps);
    [office, lead] = await Promise.all([t.login('officeEditor'), t.login('leadAEditor')]);
    const { chainA, chainB } = w.chains;
    // entA (chainA's master, srdi since 2023) counts; so does entC
    const entC = await enterpriseWith(1, [chainA], { kind: 'srdi' });
    await enterpriseWith(2, [chainB], { kind: 'srdi', revokedOn: '2025-03-01' }); // revoked before the day
    await enterpriseWith(3, [], { kind: 'srdi' }); // on no chain
    await enterpriseWith(4, [chainB], { kind: 'littleGiant' }); // another honour
    await enterpriseWith(5, [chainB], { kind: 'srdi' }, '2025-08-01'); // on its chain only after the day
    counted = [w.enterprises.entA, entC].sort((a, b) => a - b);
  });
  afterAll(() => t.close());

  it('the 2024 plan loaded before versions existed is its version 1, recorded by the system', async () => {
    const plan = (await office.get('/api/plans/2024')).json();
    expect(plan.version).toMatchObject({ number: 1, change: 'import', recordedBy: 'system', recordedByName: '系统' });
    expect(plan.versions).toHaveLength(1);
  });

  it('the migration backfills version 1 of a plan loaded before it, its content rebuilt from the plan rows', async () => {
    const db = t.deps.db;
    await db.schema.dropTable('plan_versions').execute();
    await planVersionsMigration.up(db);
    const plan = await db.selectFrom('plans').selectAll().where('year', '=', 2024).executeTakeFirstOrThrow();
    const row = await db.selectFrom('plan_versions').selectAll().where('plan_id', '=', plan.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ version: 1, change: 'import', recorded_by: 'system', recorded_at: plan.created_at, metrics: '[]' });
    // the rebuilt content is the 2024 file as loaded
    const original = PlanFileSchema.parse(JSON.parse(fs.readFileSync(PLAN_2024_FILE, 'utf8')));
    const rebuilt = PlanFileSchema.parse(JSON.parse(row.content));
    expect(rebuilt.targets).toEqual(original.targets);
    expect(rebuilt.documents).toEqual(original.documents);
    expect(rebuilt.tasks.map((x) => [x.seq, x.title, x.milestones.map((m) => m.title)])).toEqual(
      original.tasks.map((x) => [x.seq, x.title, x.milestones.map((m) => m.title)]),
    );
  });

  it('bad plan files are refused with the field and what is allowed, and nothing is written', async () => {
    const before = await rowCounts();
    const unknownMetric = plan2025();
    unknownMetric.targets[1].metric = 'srdiEverywhere';
    const r1 = await office.post('/api/plans/import', unknownMetric);
    expect(r1.statusCode).toBe(400);
    expect(r1.json().message).toContain('targets[1].metric');
    expect(r1.json().message).toContain('chainEnterprises');
    expect(r1.json().message).toContain('srdiOnKeyChains');

    const unknownFilter = plan2025();
    (unknownFilter.metrics[0].filters as Record<string, unknown>).sector = '制造业';
    const r2 = await office.post('/api/plans/import', unknownFilter);
    expect(r2.statusCode).toBe(400);
    expect(r2.json().message).toContain('metrics[0].filters');
    expect(r2.json().message).toMatch(/可用的筛选条件有：.*honour/);

    const unknownBlock = plan2025();
    (unknownBlock.metrics[0] as { record: string }).record = 'factories';
    const r3 = await office.post('/api/plans/import', unknownBlock);
    expect(r3.statusCode).toBe(400);
    expect(r3.json().message).toContain('metrics[0].record');
    expect(r3.json().message).toContain('matchmakingEvents');

    const misplacedFilter = plan2025();
    misplacedFilter.metrics[0].filters = { class: 'underway' };
    const r4 = await office.post('/api/plans/import', misplacedFilter);
    expect(r4.statusCode).toBe(400);
    expect(r4.json().message).toContain('metrics[0].filters.class');

    const noUnit = plan2025() as unknown as { targets: Record<string, unknown>[] };
    delete noUnit.targets[1].unit;
    const r5 = await office.post('/api/plans/import', noUnit);
    expect(r5.statusCode).toBe(400);
    expect(r5.json().message).toContain('targets[1].unit');
    expect(r5.json().message).toContain('单位');

    // only the office loads plans
    expect((await lead.post('/api/plans/import', plan2025())).statusCode).toBe(403);
    expect(await rowCounts()).toEqual(before);
    expect((await office.get('/api/plans/2025')).statusCode).toBe(404);
  });

  it('a 2025 plan with a metric of its own loads and shows that metric live', async () => {
    const r = await office.post('/api/plans/import', plan2025());
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ year: 2025, version: 1, targets: 2, tasks: 2, milestones: 3 });
    const plan = (await office.get('/api/plans/2025')).json();
    expect(plan.asOf).toBe('2025-06-30');
    expect(plan.version).toMatchObject({ number: 1, change: 'import', recordedBy: 'officeEditor' });
    const srdi = plan.targets.find((x: { key: string }) => x.key === 'srdiEnterprises');
    expect(srdi).toMatchObject({ metric: 'srdiOnKeyChains', value: 3, unit: '家', actual: counted.length, status: 'onTrack' });
    // the cockpit shows the same figure for the target
    const cockpit = await office.get('/api/cockpit?year=2025');
    expect(cockpit.statusCode, cockpit.body).toBe(200);
    expect(cockpit.json().targets.find((x: { key: string }) => x.key === 'srdiEnterprises').actual).toMatchObject({
      value: counted.length,
      unit: '家',
    });
    // the figure is the count of the very rows its definition selects
    const rows = await definedSource(PlanFileSchema.parse(plan2025()).metrics[0] as MetricDefinition)
      .records(t.deps.db, { year: 2025, asOf: '2025-06-30', today: '2025-06-30' })
      .execute();
    expect(rows.map((x) => Number(x.id)).sort((a, b) => a - b)).toEqual(counted);
    // and the cockpit opens those rows, as it does a built-in figure's
    const figure = cockpit.json().targets.find((x: { key: string }) => x.key === 'srdiEnterprises').actual;
    expect(figure.drill).toMatchObject({ metric: 'srdiOnKeyChains', year: 2025 });
    const drill = (await office.get(`/api/cockpit/drill?metric=srdiOnKeyChains&year=2025&pageSize=100`)).json();
    expect(drill).toMatchObject({ total: counted.length, figure: counted.length, entity: 'enterprise' });
    expect(drill.items.map((x: { id: number }) => x.id).sort((a: number, b: number) => a - b)).toEqual(counted);
    expectApiError(await office.get('/api/cockpit/drill?metric=noSuchMetric&year=2025'), 400);
    expectApiError(await office.get('/api/cockpit/drill?year=2025'), 400);
  });

  it('the building blocks: revenue summed over the quarters ended, investment summed, projects counted by class', async () => {
    const db = t.deps.db;
    const { entA } = w.enterprises;
    const entC = counted.find((id) => id !== entA) as number;
    const quarter = (enterpriseId: number, period: string, revenue: number) => ({
      enterprise_id: enterpriseId,
      period,
      revenue,
      output: 0,
      tax: 0,
      rd_spending: 0,
      employees: 0,
      investment: 0,
      reported_at: '2025-07-01T00:00:00.000Z',
      reported_by: null,
    });
    await db
      .insertInto('enterprise_figures')
      .values([quarter(entA, '2025Q1', 100), quarter(entA, '2025Q2', 200), quarter(entA, '2025Q3', 400), quarter(entC, '2025Q1', 50)])
      .execute();
    await insertProject(db, { name: '测试实施项目', chainId: w.chains.chainA, cityId: w.orgs.cityA, class: 'underway', year: 2025 });
    await insertProject(db, { name: '测试储备项目', chainId: w.chains.chainB, cityId: w.orgs.cityB, class: 'reserve', year: 2025 });
    await insertProject(db, { name: '测试去年项目', chainId: w.chains.chainA, cityId: w.orgs.cityA, class: 'underway', year: 2024 });
    const p = { year: 2025, asOf: '2025-06-30', today: '2025-06-30' };
    const metric = (m: Partial<MetricDefinition>, slice: { chainId?: number } = {}) =>
      definedFigure(
        db,
        { key: 'x', label: 'x', unit: '元', measure: 'count', record: 'enterprises', filters: {}, ...m },
        { ...p, ...slice },
      );
    // Q3 has not ended on 2025-06-30: the year is Q1 and Q2
    expect(await metric({ measure: 'sum' })).toBe(350);
    expect(await metric({ measure: 'sum', filters: { period: 'Q1' } })).toBe(150);
    expect(await metric({ measure: 'sum', filters: { period: 'Q3' } })).toBe(0);
    expect(await metric({ measure: 'sum', filters: { tier: 'master' } })).toBe(300);
    expect(await metric({ measure: 'sum' }, { chainId: w.chains.chainA })).toBe(350);
    expect(await metric({ measure: 'sum' }, { chainId: w.chains.chainB })).toBe(0);
    expect(await metric({ record: 'projects', filters: { class: 'underway' } })).toBe(1);
    expect(await metric({ record: 'projects', measure: 'sum' })).toBe(1_000_000_000);
    expect(await metric({ record: 'projects', filters: { chainStatus: 'key' } })).toBe(2);
  });

  it('an edit of a target in the platform makes version 2 and keeps the milestones reported', async () => {
    const plan = (await office.get('/api/plans/2025')).json();
    const [m1, m2] = plan.tasks[0].milestones;
    expect((await lead.post(`/api/milestones/${m1.id}/report`, { evidence: '已摸清底数' })).statusCode).toBe(200);
    expect((await office.post(`/api/milestones/${m1.id}/confirm`)).statusCode).toBe(200);
    expect((await lead.post(`/api/milestones/${m2.id}/report`, { evidence: '清单已形成' })).statusCode).toBe(200);

    expect((await lead.patch('/api/plans/2025/targets/srdiEnterprises', { value: 2 })).statusCode).toBe(403);
    const unknown = await office.patch('/api/plans/2025/targets/nothing', { value: 2 });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().message).toContain('nothing');

    clock.set('2025-07-01');
    office = await t.login('officeEditor'); // a day without activity ended the session
    const edited = await office.patch('/api/plans/2025/targets/srdiEnterprises', { value: 2, note: '按实际调整' });
    expect(edited.statusCode, edited.body).toBe(200);
    const v2 = edited.json();
    expect(v2.version).toMatchObject({ number: 2, change: 'edit', recordedBy: 'officeEditor', note: '按实际调整' });
    expect(v2.version.recordedAt.slice(0, 10)).toBe('2025-07-01');
    expect(v2.versions.map((v: { number: number }) => v.number)).toEqual([2, 1]);
    expect(v2.targets.find((x: { key: string }) => x.key === 'srdiEnterprises')).toMatchObject({ value: 2, actual: 2, status: 'met' });
    expect(v2.tasks[0].milestones.map((m: { id: number; state: string }) => [m.id, m.state])).toEqual([
      [m1.id, 'confirmed'],
      [m2.id, 'reported'],
    ]);
    const audit = await t.deps.db
      .selectFrom('audit_log')
      .select(['after_json'])
      .where('entity_type', '=', 'plan')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(String(audit.after_json))).toMatchObject({ version: 2, target: 'srdiEnterprises', value: 2 });
  });

  it('a corrected file re-imported by the import command makes version 3, milestone progress kept', async () => {
    const before = (await office.get('/api/plans/2025')).json();
    const corrected = plan2025();
    corrected.tasks[0].milestones[1].title = '形成并印发专精特新企业培育清单';
    corrected.tasks.push({
      seq: 3,
      title: '开展产销对接',
      expectedResult: '对接活动不少于2场',
      leadUnits: ['各市人民政府'],
      supportingUnits: [],
      milestones: [{ quarter: 4, title: '完成年度产销对接活动', responsible: ['各市人民政府'] }],
    });
    corrected.metrics.push({
      key: 'landedLeads',
      label: '落地招商项目',
      unit: '个',
      measure: 'count',
      record: 'leads',
      filters: { stage: 'landed', period: 'year' },
    });
    corrected.targets.push({ key: 'landed', label: '落地项目达到1个', metric: 'landedLeads', comparison: '>=', value: 1, unit: '个' });
    const r = await plansService.importPlan(t.deps, corrected);
    expect(r).toMatchObject({ year: 2025, version: 3, targets: 3, tasks: 3, milestones: 4 });
    const v3 = (await office.get('/api/plans/2025')).json();
    expect(v3.version).toMatchObject({ number: 3, change: 'import', recordedBy: 'system' });
    expect(v3.tasks[0].milestones.map((m: { id: number; state: string; title: string }) => [m.id, m.state, m.title])).toEqual([
      [before.tasks[0].milestones[0].id, 'confirmed', '摸清各链专精特新企业底数'],
      [before.tasks[0].milestones[1].id, 'reported', '形成并印发专精特新企业培育清单'],
    ]);
    expect(v3.tasks.map((x: { seq: number }) => x.seq)).toEqual([1, 2, 3]);
    // the file's value replaces the edited one; the new metric is computed too
    expect(v3.targets.find((x: { key: string }) => x.key === 'srdiEnterprises')).toMatchObject({ value: 3, actual: 2 });
    expect(v3.targets.find((x: { key: string }) => x.key === 'landed')).toMatchObject({ actual: 0, status: 'behind' });
  });

  it('a re-import that would drop reported progress, or is malformed, is refused and changes nothing', async () => {
    const before = await rowCounts();
    const dropping = plan2025();
    dropping.tasks[0].milestones = dropping.tasks[0].milestones.slice(0, 1);
    const r1 = await office.post('/api/plans/import', dropping);
    expect(r1.statusCode).toBe(400);
    expect(r1.json().message).toContain('形成并印发专精特新企业培育清单');

    const bad = plan2025();
    bad.targets[0].metric = 'nothing';
    expect((await office.post('/api/plans/import', bad)).statusCode).toBe(400);
    expect(await rowCounts()).toEqual(before);
    expect((await office.get('/api/plans/2025')).json().version.number).toBe(3);
  });

  it('`chainboard plan import --by` records the operator as the next version', async () => {
    const env = {
      ...process.env,
      CHAINBOARD_DATA_DIR: t.config.dataDir,
      DATABASE_URL: t.config.databaseUrl ?? '',
      CHAINBOARD_AUDIT_KEY: 'test-audit-key',
    };
    const cli = path.resolve(import.meta.dirname, '../bin/chainboard.mjs');
    const out = execFileSync(process.execPath, [cli, 'plan', 'import', FILE, '--by', 'officeEditor'], { env, encoding: 'utf8' });
    expect(out).toContain('plan 2025 loaded: 2 targets, 2 tasks, 3 milestones (version 4)');
    const plan = (await office.get('/api/plans/2025')).json();
    expect(plan.version).toMatchObject({ number: 4, change: 'import', recordedBy: 'officeEditor', recordedByName: 'officeEditor' });
    expect(plan.tasks[0].milestones.map((m: { state: string }) => m.state)).toEqual(['confirmed', 'reported']);
  });
});
