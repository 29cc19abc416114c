/**
 * Figures true on any day: a small history (a chain promoted mid-year, a master on a reserve chain, an
 * enterprise on two chains, a newcomer, revenue per quarter, a project changing class) read back on
 * each quarter's last day. Every figure equals its drill-down rows on that day, and the cockpit, the
 * plan page and the quarterly report give the same number.
 */
import { FigureKey } from '@chainboard/contracts';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Db } from '../src/db/database.js';
import { fixedClock } from '../src/lib/clock.js';
import { expectFiguresMatchRows, figuresIn, walk } from './figure-walk.js';
import { addUser, expectApiError } from './helpers.js';
import { creditCode, insertEnterprise, insertLead, insertProject } from './personas.js';
import { type Client, describeOnBothDatabases, startTestPlatform, type TestPlatform } from './platform.js';
import { expectDocumentsAgree } from './report-documents.js';

const DAYS = ['2024-03-31', '2024-06-30', '2024-09-30', '2024-12-31'] as const;
const QUARTER_OF: Record<(typeof DAYS)[number], string> = {
  '2024-03-31': '2024Q1',
  '2024-06-30': '2024Q2',
  '2024-09-30': '2024Q3',
  '2024-12-31': '2024Q4',
};
const YI = 100_000_000;

/** One enterprise's revenue for a quarter, the other columns zero. */
async function revenue(db: Db, enterpriseId: number, period: string, yuan: number) {
  await db
    .insertInto('enterprise_figures')
    .values({
      enterprise_id: enterpriseId,
      period,
      revenue: yuan,
      output: 0,
      tax: 0,
      rd_spending: 0,
      employees: 0,
      investment: 0,
      reported_at: '2025-01-10T02:00:00.000Z',
      reported_by: null,
    })
    .execute();
}

describeOnBothDatabases('figures on any day', (kind) => {
  let t: TestPlatform;
  let office: Client;
  let ids: {
    k1: number;
    k2: number;
    x: number;
    a: number;
    b: number;
    m: number;
    c: number;
    project: number;
    lead: number;
    problem: number;
  };

  beforeAll(async () => {
    // the platform runs in January 2025: 2024 is over, and everything below is entered late
    t = await startTestPlatform(kind, {}, fixedClock('2025-01-20'));
    const db = t.deps.db;
    const officeOrg = await db.selectFrom('organisations').select('id').where('type', '=', 'office').executeTakeFirstOrThrow();
    await addUser(t.deps, { username: 'figures.office', organisationId: Number(officeOrg.id), roles: ['editor'] });
    office = await t.login('figures.office');
    const city = await db.selectFrom('organisations').select('id').where('type', '=', 'city').orderBy('id').executeTakeFirstOrThrow();
    const [k1, k2] = (await db.selectFrom('chains').select('id').orderBy('code').limit(2).execute()).map((r) => Number(r.id));

    // a reserve-pool chain from the year's start, promoted to a key chain on 20 May
    const created = await office.post('/api/chains', {
      code: 'X01',
      name: '低空经济',
      batch: 2024,
      status: 'reserve',
      statusOn: '2024-01-01',
    });
    expect(created.statusCode, created.body).toBe(201);
    const x = created.json().id as number;
    const promoted = await office.patch(`/api/chains/${x}`, { status: 'key', statusOn: '2024-05-20' });
    expect(promoted.statusCode, promoted.body).toBe(200);
    expect(promoted.json()).toMatchObject({ status: 'key', statusSince: '2024-05-20' });

    const cityId = Number(city.id);
    const a = await insertEnterprise(db, {
      name: '甲企业',
      creditCode: creditCode(880_000_001),
      cityId,
      chains: [k1],
      since: '2023-01-01',
    });
    const b = await insertEnterprise(db, {
      name: '乙企业',
      creditCode: creditCode(880_000_002),
      cityId,
      chains: [k1, k2],
      since: '2023-01-01',
    });
    const m = await insertEnterprise(db, { name: '丙链主', creditCode: creditCode(880_000_003), cityId, chains: [x], since: '2024-01-01' });
    await db.updateTable('enterprise_tiers').set({ tier: 'master' }).where('enterprise_id', '=', m).execute();
    const c = await insertEnterprise(db, {
      name: '丁新企业',
      creditCode: creditCode(880_000_004),
      cityId,
      chains: [k1],
      since: '2024-07-01',
    });
    for (const q of [1, 2, 3, 4]) {
      await revenue(db, a, `2023Q${q}`, 10 * YI);
      await revenue(db, a, `2024Q${q}`, 11 * YI);
      await revenue(db, b, `2023Q${q}`, 20 * YI);
      await revenue(db, b, `2024Q${q}`, 22 * YI);
      await revenue(db, m, `2024Q${q}`, 5 * YI);
      if (q >= 3) await revenue(db, c, `2024Q${q}`, 40 * YI);
    }

    // a 2024 project in planning, moved to reserve on 1 August (recorded in January 2025)
    const project = await insertProject(db, { name: '示例项目', chainId: k1, cityId, class: 'planning', year: 2024 });
    const moved = await office.post(`/api/projects/${project}/class`, { to: 'reserve', on: '2024-08-01' });
    expect(moved.statusCode, moved.body).toBe(200);
    // a lead landed on 12 October; a problem raised in February, closed on 15 August
    const lead = await insertLead(db, { targetName: '示例落地项目', chainId: k1, cityId });
    await db
      .updateTable('leads')
      .set({ pipeline_stage: 'landed', signed_on: '2024-09-01', landed_on: '2024-10-12' })
      .where('id', '=', lead)
      .execute();
    const problem = await db
      .insertInto('problems')
      .values({
        title: '用地指标待协调',
        description: '示例问题',
        category: 'land',
        chain_id: k1,
        project_id: null,
        enterprise_id: a,
        raised_by_org_id: cityId,
        raised_by_user_id: null,
        visit_id: null,
        responsible_org_id: Number(officeOrg.id),
        responsible_person: null,
        deadline: '2024-07-31',
        state: 'closed',
        level: 'leadUnit',
        answer: '已协调',
        rating: null,
        demo: false,
        created_at: '2024-02-01T02:00:00.000Z',
        updated_at: '2024-08-15T02:00:00.000Z',
        closed_at: '2024-08-15T02:00:00.000Z',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids = { k1, k2, x, a, b, m, c, project, lead, problem: Number(problem.id) };
  });
  afterAll(async () => t?.close());

  const drill = (figure: string, day: string, extra = '') =>
    office.get(`/api/cockpit/drill?figure=${figure}&year=2024&asOf=${day}${extra}&pageSize=100`).then((r) => {
      expect(r.statusCode, r.body).toBe(200);
      return r.json() as { figure: number; total: number; items: { id: number; value: number | null }[] };
    });

  it('each figure holds on its day: the promotion, the master, the newcomer, the quarters, the class', async () => {
    const expected: Record<(typeof DAYS)[number], { keyChains: number; masters: number; enterprises: number[]; revenueYi: number }> = {
      '2024-03-31': { keyChains: 16, masters: 0, enterprises: [ids.a, ids.b], revenueYi: 11 + 22 },
      '2024-06-30': { keyChains: 17, masters: 1, enterprises: [ids.a, ids.b, ids.m], revenueYi: 2 * (11 + 22 + 5) },
      '2024-09-30': { keyChains: 17, masters: 1, enterprises: [ids.a, ids.b, ids.m, ids.c], revenueYi: 3 * (11 + 22 + 5) + 40 },
      '2024-12-31': { keyChains: 17, masters: 1, enterprises: [ids.a, ids.b, ids.m, ids.c], revenueYi: 4 * (11 + 22 + 5) + 80 },
    };
    for (const day of DAYS) {
      const e = expected[day];
      expect((await drill('keyChains', day)).figure, `key chains on ${day}`).toBe(e.keyChains);
      expect((await drill('masterEnterprises', day)).figure, `masters on ${day}`).toBe(e.masters);
      const enterprises = await drill('chainEnterprises', day);
      // distinct: 乙 sits on two chains and counts once
      expect(enterprises.items.map((r) => r.id).sort(), `enterprises on ${day}`).toEqual([...e.enterprises].sort());
      // only the quarters ended by the day, of the enterprises on a key chain on the day
      expect((await drill('chainRevenue', day)).figure, `revenue on ${day}`).toBe(e.revenueYi * YI);
      const planning = await drill('keyProjects', day, '&class=planning');
      const reserve = await drill('keyProjects', day, '&class=reserve');
      expect([planning.total, reserve.total], `project class on ${day}`).toEqual(day < '2024-08-01' ? [1, 0] : [0, 1]);
      // landed only once it has landed; a problem open until it was closed, overdue after its deadline while open
      expect((await drill('landedPerCity', day)).total, `landed on ${day}`).toBe(day < '2024-10-12' ? 0 : 1);
      expect((await drill('problemsOpen', day)).total, `open problems on ${day}`).toBe(day < '2024-08-15' ? 1 : 0);
      expect((await drill('problemsSolved', day)).total, `solved problems on ${day}`).toBe(day < '2024-08-15' ? 0 : 1);
    }
  });

  it('growth compares the same quarters; like-for-like leaves the newcomer and the new chain out', async () => {
    const plan = (await office.get('/api/plans/2024?asOf=2024-09-30')).json();
    const growth = plan.targets.find((x: { metric: string }) => x.metric === 'chainRevenueGrowth');
    // headline: Q1–Q3 2024 over Q1–Q3 2023 of the chain enterprises counted each year
    expect(growth.actual).toBeCloseTo(((3 * (11 + 22 + 5) + 40) / (3 * (10 + 20))) * 100 - 100, 1);
    // like-for-like: 甲 and 乙 only, on both days
    expect(growth.alongside).toEqual([{ label: expect.stringContaining('同口径'), value: 10 }]);
    // the cockpit shows the same like-for-like growth beside its headline
    const cockpit = (await office.get('/api/cockpit?year=2024&asOf=2024-09-30')).json();
    const onCockpit = cockpit.targets.find((x: { actual: { unit: string } }) => x.actual.unit === '%');
    expect(onCockpit.actual.value).toBe(growth.actual);
    expect(onCockpit.alongside).toEqual(growth.alongside);
    // revenue figures say which quarters they cover
    expect(growth.coverage).toBe('截至2024年第三季度');
    expect(plan.targets.find((x: { metric: string }) => x.metric === 'chainRevenue').coverage).toBe('截至2024年第三季度');
    expect(plan.targets.find((x: { metric: string }) => x.metric === 'keyProjects').coverage).toBeNull();
  });

  it('on every day the cockpit, the plan page, the ranking and the quarterly report agree, and each figure opens its rows', async () => {
    for (const day of DAYS) {
      const cockpit = (await office.get(`/api/cockpit?year=2024&asOf=${day}`)).json();
      expect(cockpit.asOf).toBe(day);
      await expectFiguresMatchRows(office, figuresIn(cockpit));
      const plan = (await office.get(`/api/plans/2024?asOf=${day}`)).json();
      for (const target of cockpit.targets) {
        const same = plan.targets.find((x: { key: string }) => x.key === target.key);
        expect(same.actual, `${target.key} on ${day}: plan page vs cockpit`).toBe(target.actual.value);
      }
      // per-chain rows count 乙 on both its chains; their sum exceeds the distinct total
      const ranking = (await office.get(`/api/cockpit/chains?year=2024&asOf=${day}`)).json();
      const perChain = ranking.rows.reduce((s: number, r: { enterprises: { value: number } }) => s + r.enterprises.value, 0);
      const total = cockpit.targets.find(
        (x: { actual: { drill: { figure: string } | null } }) => x.actual.drill?.figure === 'chainEnterprises',
      ).actual.value;
      expect(perChain, `per-chain sum on ${day}`).toBe(total + 1);

      const report = await office.get(`/api/quarterly-reports/${QUARTER_OF[day]}`);
      expect(report.statusCode, report.body).toBe(200);
      const text = report.body;
      for (const target of report.json().targets) {
        const same = cockpit.targets.find((x: { label: string }) => x.label === target.label);
        if (same) expect(target.actual, `${target.label} on ${day}: report vs cockpit`).toBe(same.actual.value);
      }
      expect(text).not.toContain('NaN');
      // the province's distinct totals in the report are the cockpit's, and its Word and Excel state the same numbers
      const json = report.json();
      expect(json.totals.enterprises, `report total on ${day}`).toBe(total);
      const revenueTarget = cockpit.targets.find(
        (x: { actual: { drill: { figure: string } | null; unit: string } }) =>
          x.actual.drill?.figure === 'chainRevenue' && x.actual.unit === '元',
      );
      expect(json.totals.revenueYearToDate, `report revenue on ${day}`).toBe(revenueTarget.actual.value);
      expect(json.chainsNote === null, `cross-chain note on ${day}`).toBe(false);
      await expectDocumentsAgree(office, QUARTER_OF[day], json);
    }
  });

  it('every figure key, on every day, equals the count or sum of its rows', async () => {
    for (const day of DAYS) {
      for (const figure of FigureKey.options) {
        const w = await walk(office, { figure, year: 2024, asOf: day });
        expect(w.rows, `${figure} on ${day}`).toBe(w.total);
        expect(w.figure, `${figure} on ${day}`).toBe(figure === 'chainRevenue' ? w.sum : w.total);
      }
    }
  });

  it('refuses a day outside the plan year, a day in the future and an unknown figure, in Chinese, naming the field', async () => {
    const outside = expectApiError(await office.get('/api/cockpit?year=2024&asOf=2023-12-31'), 400);
    expect(outside.fields).toHaveProperty('asOf');
    const future = expectApiError(await office.get('/api/cockpit?year=2025&asOf=2025-06-30'), 400);
    expect(future.message).toContain('晚于今天');
    expect(expectApiError(await office.get('/api/plans/2024?asOf=2025-01-01'), 400).fields).toHaveProperty('asOf');
    expectApiError(await office.get('/api/cockpit/drill?figure=chainGhosts&year=2024'), 400);
    const chainBack = expectApiError(await office.patch(`/api/chains/${ids.x}`, { status: 'retired', statusOn: '2024-01-01' }), 400);
    expect(chainBack.fields).toHaveProperty('statusOn');
  });
  it('a 2024Q2 snapshot rebuilt from today’s records equals what was reported, but for the records the diff names', async () => {
    expect((await office.get('/api/cockpit?year=2024')).statusCode).toBe(200);
    const list = (await office.get('/api/cockpit/snapshots')).json();
    const q2 = list.find((x: { period: string; auto: boolean }) => x.period === '2024Q2' && x.auto);
    const stored = (await office.get(`/api/cockpit/snapshots/${q2.id}`)).json();
    expect(stored.asOf).toBe('2024-06-30');
    expect(stored.cockpit.planVersion).toBe(1);

    // nothing changed yet: the rebuilt day is the stored one, figure by figure
    const same = (await office.get(`/api/cockpit/snapshots/${q2.id}/diff`)).json();
    for (const c of same.changes) expect(c.rebuilt, c.id).toBe(c.before);
    expect(same.definitionsChanged).toBe(false);

    // a late entry (placed from April, entered now) and a correction of 甲's first quarter
    const db = t.deps.db;
    const late = await insertEnterprise(db, {
      name: '戊补录企业',
      creditCode: creditCode(880_000_005),
      cityId: Number((await db.selectFrom('enterprises').select('city_id').where('id', '=', ids.a).executeTakeFirstOrThrow()).city_id),
      chains: [ids.k1],
      since: '2024-04-01',
    });
    await db
      .updateTable('enterprise_figures')
      .set({ revenue: 12 * YI })
      .where('enterprise_id', '=', ids.a)
      .where('period', '=', '2024Q1')
      .execute();

    const diff = (await office.get(`/api/cockpit/snapshots/${q2.id}/diff`)).json();
    const byFigure = (figure: string) =>
      diff.changes.find((c: { id: string }) => {
        const f = (stored.cockpit.targets as { actual: { id: string; drill: { figure: string } | null } }[]).find(
          (x) => x.actual.drill?.figure === figure,
        );
        return c.id === f?.actual.id;
      });
    const enterprises = byFigure('chainEnterprises');
    expect(enterprises).toMatchObject({ before: 3, rebuilt: 4 });
    expect(enterprises.records).toEqual({ added: [{ id: late, name: '戊补录企业' }], removed: [], changed: [] });
    const revenue = byFigure('chainRevenue');
    expect(revenue.rebuilt - revenue.before).toBe(YI);
    expect(revenue.records).toEqual({ added: [], removed: [], changed: [{ id: ids.a, name: '甲企业' }] });
    // the stored snapshot itself never changes
    expect((await office.get(`/api/cockpit/snapshots/${q2.id}`)).json().cockpit).toEqual(stored.cockpit);
  });
});
