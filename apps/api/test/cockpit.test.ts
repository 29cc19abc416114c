import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/demo/demo-logins.js';
import { generateDemo } from '../src/demo/generate-demo.js';
import { expectFiguresMatchRows, type Fig, figuresIn, walk } from './figure-walk.js';
import { expectApiError } from './helpers.js';
import { type Client, describeOnBothDatabases, startTestPlatform, type TestPlatform } from './platform.js';

describeOnBothDatabases('cockpit', (kind) => {
  let t: TestPlatform;
  let office: Client;
  let general: Client;
  beforeAll(async () => {
    t = await startTestPlatform(kind, { demo: true });
    await generateDemo(t.deps, { scale: 0.25 });
    [office, general] = await Promise.all([t.login('office', DEMO_PASSWORD), t.login('general.leader', DEMO_PASSWORD)]);
  });
  afterAll(() => t.close());

  it('on the demo data, every figure of the province cockpit matches the rows its drill-down lists', async () => {
    const res = await office.get('/api/cockpit');
    expect(res.statusCode, res.body).toBe(200);
    const cockpit = res.json();
    expect(cockpit).toMatchObject({ year: 2024, asOf: '2024-12-31', view: { kind: 'province' } });
    const figures = figuresIn(cockpit);
    expect(figures.length).toBeGreaterThan(40);
    const enterprises = cockpit.targets.find((x: { key: string }) => x.key === 'chainEnterprises');
    expect(enterprises.actual.value).toBeGreaterThan(150);
    expect(enterprises.share).toBeCloseTo((enterprises.actual.value / enterprises.value) * 100, 0);
    expect(cockpit.quarters.map((q: { period: string }) => q.period)).toEqual([
      '2023Q1',
      '2023Q2',
      '2023Q3',
      '2023Q4',
      '2024Q1',
      '2024Q2',
      '2024Q3',
      '2024Q4',
    ]);
    expect(cockpit.quarters[7].revenue.value).toBeGreaterThan(0);
    expect(cockpit.problems.open.value + cockpit.problems.solved.value).toBeGreaterThan(0);
    expect(cockpit.freshness.stale.value).toBeGreaterThan(0);
    expect(cockpit.freshness.owners.reduce((s: number, o: { stale: number }) => s + o.stale, 0)).toBe(cockpit.freshness.stale.value);
    await expectFiguresMatchRows(office, figures);

    // growth is this year's revenue over last year's, both opened as rows
    const growth = cockpit.targets.find((x: { actual: Fig }) => x.actual.unit === '%');
    if (growth?.actual.value != null) {
      const now = await walk(office, growth.actual.drill);
      const before = await walk(office, { ...growth.actual.drill, year: 2023 });
      expect(growth.actual.value).toBeCloseTo((now.sum / before.sum - 1) * 100, 1);
    }
  });

  it('a chain and a city have the same figures, each opening its own rows; the ranking agrees with them', async () => {
    const ranking = (await general.get('/api/cockpit/chains')).json();
    expect(ranking.rows).toHaveLength(16);
    const top = [...ranking.rows].sort((a, b) => b.enterprises.value - a.enterprises.value)[0];
    const chain = (await general.get(`/api/cockpit?chainId=${top.chainId}`)).json();
    const province = (await general.get('/api/cockpit')).json();
    expect(chain.view).toMatchObject({ kind: 'chain', id: top.chainId });
    expect(chain.milestones).toBeNull();
    expect(chain.targets.find((x: { key: string }) => x.key === 'chainEnterprises').actual.value).toBe(top.enterprises.value);
    await expectFiguresMatchRows(general, figuresIn(chain));
    // the chain's weak links are the chain map's, as the quarterly report carries them
    const gaps = (await general.get(`/api/chain-map/${top.chainId}/gaps?year=${chain.year}`)).json();
    expect(chain.weakLinks.weakLinks).toEqual(gaps.weakLinks);
    expect(province.weakLinks ?? null).toBeNull();
    await expectFiguresMatchRows(general, figuresIn(ranking.rows.slice(0, 4)));
    const sum = ranking.rows.reduce((s: number, r: { keyProjects: Fig }) => s + (r.keyProjects.value ?? 0), 0);
    expect(sum).toBe(province.targets.find((x: { key: string }) => x.key === 'keyProjects')?.actual.value);

    const city = await t.login('city', DEMO_PASSWORD);
    const me = (await city.get('/api/auth/me')).json();
    const mine = await city.get(`/api/cockpit?cityId=${me.organisationId}`);
    expect(mine.statusCode, mine.body).toBe(200);
    await expectFiguresMatchRows(city, figuresIn(mine.json()));
    expectApiError(await city.get('/api/cockpit'), 403, 'FORBIDDEN');
    const other = province.landed.perCity.find((c: { unitId: number }) => c.unitId !== me.organisationId);
    expectApiError(await city.get(`/api/cockpit?cityId=${other.unitId}`), 404);
    expectApiError(await city.get(`/api/cockpit/drill?figure=keyProjects&year=2024&cityId=${other.unitId}`), 404);
    expectApiError(await city.get('/api/cockpit/drill?figure=keyProjects&year=2024'), 403);
  });

  it('on the demo data the plan page and the quarterly report give the cockpit’s number for every target, on each quarter’s end', async () => {
    for (const [period, day] of [
      ['2024Q1', '2024-03-31'],
      ['2024Q2', '2024-06-30'],
      ['2024Q3', '2024-09-30'],
      ['2024Q4', '2024-12-31'],
    ]) {
      const cockpit = (await office.get(`/api/cockpit?year=2024&asOf=${day}`)).json();
      const plan = (await office.get(`/api/plans/2024?asOf=${day}`)).json();
      const report = (await office.get(`/api/quarterly-reports/${period}`)).json();
      expect(report.asOf).toBe(day);
      for (const target of cockpit.targets) {
        const onPlan = plan.targets.find((x: { key: string }) => x.key === target.key);
        expect(onPlan.actual, `${target.key} on ${day}: plan page`).toBe(target.actual.value);
        const inReport = report.targets.find((x: { label: string }) => x.label === target.label);
        expect(inReport.actual, `${target.key} on ${day}: report`).toBe(target.actual.value);
      }
    }
  });

  it('the drill-down exports exactly its rows as a workbook', async () => {
    const res = await office.get('/api/cockpit/drill/export?figure=keyProjects&year=2024&class=underway');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const ExcelJS = (await import('../src/excel/exceljs.js')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const total = (await office.get('/api/cockpit/drill?figure=keyProjects&year=2024&class=underway')).json().total;
    expect(wb.worksheets[0].rowCount - 1).toBe(total);
  });

  it('a snapshot taken at 2024Q2 keeps its figures after records change; the diff shows the change', async () => {
    const taken = await office.post('/api/cockpit/snapshots', { period: '2024Q2' });
    expect(taken.statusCode, taken.body).toBe(201);
    const snap = taken.json();
    expect(snap).toMatchObject({ period: '2024Q2', asOf: '2024-06-30', auto: false });
    const before = snap.cockpit.targets.find((x: { key: string }) => x.key === 'keyProjects').actual.value as number;
    // the snapshot's figures open the rows as of its day too
    await expectFiguresMatchRows(office, figuresIn(snap.cockpit.targets));

    const project = (await office.get('/api/projects?year=2024&class=underway&pageSize=1')).json().items[0];
    const moved = await office.post(`/api/projects/${project.id}/class`, {
      to: 'cancelled',
      reason: '企业撤回投资（测试）',
      on: '2024-08-01',
    });
    expect(moved.statusCode, moved.body).toBe(200);

    const again = (await office.get(`/api/cockpit/snapshots/${snap.id}`)).json();
    expect(again.cockpit.targets.find((x: { key: string }) => x.key === 'keyProjects').actual.value).toBe(before);
    const live = (await office.get('/api/cockpit')).json();
    expect(live.targets.find((x: { key: string }) => x.key === 'keyProjects').actual.value).toBe(before - 1);
    const diff = (await office.get(`/api/cockpit/snapshots/${snap.id}/diff`)).json();
    expect(diff.changes.find((c: { id: string }) => c.id === 'target:keyProjects')).toMatchObject({ before, now: before - 1, delta: -1 });

    const list = (await general.get('/api/cockpit/snapshots')).json();
    expect(list.filter((s: { auto: boolean }) => s.auto).map((s: { period: string }) => s.period)).toEqual([
      '2024Q4',
      '2024Q3',
      '2024Q2',
      '2024Q1',
    ]);
    expectApiError(await general.post('/api/cockpit/snapshots', { period: '2024Q2' }), 403);
    expectApiError(await office.post('/api/cockpit/snapshots', { period: '2099Q1' }), 400);
    expectApiError(await office.post('/api/cockpit/snapshots', { period: '2024Q5' }), 400);
  });
});
