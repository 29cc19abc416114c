import { afterAll, beforeAll, expect, it } from 'vitest';
import { daysAfter, today } from '../src/lib/dates.js';
import { lastDuePeriod, periodOf, previousPeriod } from '../src/lib/report-periods.js';
import { expectApiError } from './helpers.js';
import { seedWorld, type World } from './personas.js';
import { type Client, describeOnBothDatabases, startTestPlatform, type TestPlatform } from './platform.js';

const YI = 100_000_000;

describeOnBothDatabases('key projects', (kind) => {
  let t: TestPlatform;
  let w: World;
  let office: Client;
  let lead: Client;
  let city: Client;
  const project = (over: Record<string, unknown> = {}) => ({
    name: '示例高端特钢扩能项目',
    year: 2024,
    chainId: w.chains.chainA,
    cityId: w.orgs.cityA,
    zoneId: w.orgs.zoneA,
    builder: '示例特钢有限公司',
    content: '新建年产 50 万吨高端特钢生产线',
    totalInvestment: 12 * YI,
    annualPlanInvestment: 3 * YI,
    class: 'reserve',
    ...over,
  });
  beforeAll(async () => {
    t = await startTestPlatform(kind);
    w = await seedWorld(t.deps);
    [office, lead, city] = await Promise.all([t.login('officeEditor'), t.login('leadAEditor'), t.login('cityAEditor')]);
  });
  afterAll(() => t.close());

  it('a city reports three periods and moves its project from reserve to underway; a late report shows as late; the timeline keeps it all', async () => {
    const created = await city.post('/api/projects', project());
    expect(created.statusCode, created.body).toBe(201);
    const p = created.json();
    // as if listed half a year ago, so that reporting is due
    await t.deps.db
      .updateTable('projects')
      .set({ created_at: new Date(Date.now() - 200 * 86_400_000).toISOString() })
      .where('id', '=', p.id)
      .execute();

    const countsBefore = (await office.get('/api/projects/class-counts?year=2024')).json();
    expect(countsBefore.find((c: { chainId: number }) => c.chainId === w.chains.chainA).counts).toEqual({ reserve: 1 });

    const due = lastDuePeriod(today(), 1);
    const late = (await city.get(`/api/projects/${p.id}`)).json();
    expect(late.lateReportPeriod).toBe(due);
    expect((await city.get('/api/projects?late=true')).json().total).toBe(1);

    // three periods: two months back (reported late now), and the last two
    const periods = [previousPeriod(previousPeriod(due)), previousPeriod(due), due];
    for (const [i, period] of periods.entries()) {
      const res = await city.post(`/api/projects/${p.id}/reports`, {
        period,
        progress: `第 ${i + 1} 期：土建推进`,
        investmentInPeriod: YI / 2,
        problems: i === 1 ? '用地指标待落实' : null,
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    const reports = (await city.get(`/api/projects/${p.id}/timeline`)).json().reports;
    expect(reports.map((r: { period: string; late: boolean }) => [r.period, r.late])).toEqual(periods.map((x) => [x, true]));
    expect((await city.get(`/api/projects/${p.id}`)).json()).toMatchObject({ lateReportPeriod: null, completedInvestment: 1.5 * YI });
    expect((await city.get('/api/projects?late=true')).json().total).toBe(0);
    // a period not yet begun cannot be reported, nor a period twice
    expect((await city.post(`/api/projects/${p.id}/reports`, { period: '2099-01', progress: 'x', investmentInPeriod: 0 })).statusCode).toBe(
      400,
    );
    expect((await city.post(`/api/projects/${p.id}/reports`, { period: due, progress: 'x', investmentInPeriod: 0 })).statusCode).toBe(409);

    expect((await city.post(`/api/projects/${p.id}/class`, { to: 'underway' })).json().fields.buildType).toBeDefined();
    const moved = await city.post(`/api/projects/${p.id}/class`, { to: 'underway', buildType: 'new', on: '2024-06-18' });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ class: 'underway', buildType: 'new', actualStartOn: '2024-06-18' });

    const timeline = (await office.get(`/api/projects/${p.id}/timeline`)).json();
    expect(timeline.events.map((e: { kind: string }) => e.kind)).toEqual(['created', 'report', 'report', 'report', 'class']);
    expect(timeline.events[4].summary).toBe('储备类 → 实施类（新建）');
    const countsAfter = (await office.get('/api/projects/class-counts?year=2024')).json();
    expect(countsAfter.find((c: { chainId: number }) => c.chainId === w.chains.chainA).counts).toEqual({ underway: 1 });
  });

  it('refuses a third demonstration project on a chain, a skip from planning to completed, and asks before a project under 1亿元', async () => {
    const ids = [];
    for (const n of [1, 2, 3]) ids.push((await lead.post('/api/projects', project({ name: `示范候选${n}`, class: 'planning' }))).json().id);
    expect((await lead.put(`/api/projects/${ids[0]}/demonstration`, { demonstration: true })).statusCode).toBe(200);
    expect((await lead.put(`/api/projects/${ids[1]}/demonstration`, { demonstration: true })).statusCode).toBe(200);
    const third = await lead.put(`/api/projects/${ids[2]}/demonstration`, { demonstration: true });
    expect(third.statusCode).toBe(409);
    expect(third.json().message).toContain('每条产业链为 1-2 个');
    expect((await city.put(`/api/projects/${ids[2]}/demonstration`, { demonstration: true })).statusCode).toBe(403);

    const skip = await lead.post(`/api/projects/${ids[2]}/class`, { to: 'completed' });
    expect(skip.statusCode).toBe(400);
    expect(skip.json().message).toBe('项目不能从“谋划类”直接调整为“已竣工投产”，只能调整为：储备类、停缓建、已取消');

    const small = await city.post('/api/projects', project({ name: '小项目', totalInvestment: 0.6 * YI }));
    expect(small.statusCode).toBe(409);
    expect(small.json().code).toBe('CONFIRMATION_REQUIRED');
    expect(
      (await city.post('/api/projects', project({ name: '小项目', totalInvestment: 0.6 * YI, confirmBelowThreshold: true }))).statusCode,
    ).toBe(201);
  });

  it('actual dates have happened and follow each other (签约 ≤ 开工 ≤ 竣工 ≤ 投产) on create, edit and class move', async () => {
    const tomorrow = daysAfter(t.deps.clock.today(), 1);
    const ahead = expectApiError(await city.post('/api/projects', project({ name: '日期示例一', actualSignOn: tomorrow })), 400);
    expect(ahead.fields?.actualSignOn).toContain('不能晚于今天');
    const reversed = expectApiError(
      await city.post('/api/projects', project({ name: '日期示例一', actualSignOn: '2024-05-01', actualStartOn: '2024-04-01' })),
      400,
    );
    expect(reversed.fields?.actualStartOn).toBe('实际开工日期（2024-04-01）不能早于实际签约日期（2024-05-01）');
    expect((await city.get(`/api/projects?q=${encodeURIComponent('日期示例一')}`)).json().total).toBe(0);

    const created = await city.post('/api/projects', project({ name: '日期示例二', actualSignOn: '2024-05-01' }));
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    // an edit is checked against the dates it keeps
    const edit = expectApiError(await city.patch(`/api/projects/${id}`, { actualCompleteOn: '2024-03-01' }), 400);
    expect(edit.fields?.actualCompleteOn).toContain('不能早于实际签约日期');
    const early = expectApiError(await city.post(`/api/projects/${id}/class`, { to: 'underway', buildType: 'new', on: '2024-04-20' }), 400);
    expect(early.fields?.on).toContain('不能早于实际签约日期');
    const later = expectApiError(await city.post(`/api/projects/${id}/class`, { to: 'underway', buildType: 'new', on: tomorrow }), 400);
    expect(later.fields?.on).toContain('不能晚于今天');
    expect((await city.get(`/api/projects/${id}`)).json()).toMatchObject({ class: 'reserve', actualStartOn: null, actualCompleteOn: null });
    const moved = await city.post(`/api/projects/${id}/class`, { to: 'underway', buildType: 'new', on: '2024-05-20' });
    expect(moved.json()).toMatchObject({ class: 'underway', actualStartOn: '2024-05-20' });
  });

  it('a city reports only on its own projects; another city does not see them; an enterprise sees the projects it invests in', async () => {
    const p = (await city.get('/api/projects?pageSize=1')).json().items[0];
    const cityB = await t.login('cityBEditor');
    expect((await cityB.get(`/api/projects/${p.id}`)).statusCode).toBe(404);
    expect(
      (await cityB.post(`/api/projects/${p.id}/reports`, { period: periodOf(today(), 1), progress: 'x', investmentInPeriod: 0 }))
        .statusCode,
    ).toBe(404);
    expect(
      (await lead.post(`/api/projects/${p.id}/reports`, { period: periodOf(today(), 1), progress: 'x', investmentInPeriod: 0 })).statusCode,
    ).toBe(403);
    const leadB = await t.login('leadBEditor');
    expect(
      (await leadB.get('/api/projects?pageSize=100')).json().items.filter((x: { chainId: number }) => x.chainId !== w.chains.chainB),
    ).toEqual([]);
  });

  it('the fund reserve takes lead-unit recommendations and office decisions; visits record the problems heard', async () => {
    const p = (await lead.get('/api/projects?pageSize=1')).json().items[0];
    const rec = await lead.post('/api/fund-reserve', { projectId: p.id, year: 2024, gap: 'shortBoard', reason: '补齐高端轴承钢短板' });
    expect(rec.statusCode, rec.body).toBe(201);
    expect((await lead.post(`/api/fund-reserve/${rec.json().id}/review`, { state: 'accepted' })).statusCode).toBe(403);
    expect((await office.post(`/api/fund-reserve/${rec.json().id}/review`, { state: 'accepted', note: '同意入库' })).json().state).toBe(
      'accepted',
    );

    const visit = await lead.post('/api/visits', {
      chainId: w.chains.chainA,
      cityId: w.orgs.cityA,
      visitedOn: '2024-04-10',
      people: '省工信厅原材料处',
      projectIds: [p.id],
      problemsHeard: ['项目用地指标不足', '专用线接入审批慢'],
    });
    expect(visit.statusCode, visit.body).toBe(201);
    expect(visit.json().problemsHeard).toHaveLength(2);
    // the problems heard enter the problem list, traced to the visit
    const heard = (await lead.get(`/api/problems?q=${encodeURIComponent('项目用地指标不足')}`)).json();
    expect(heard.items).toEqual([
      expect.objectContaining({ visitId: visit.json().id, responsibleOrgId: w.orgs.leadA, state: 'raised', projectId: p.id }),
    ]);
    expect((await city.get('/api/visits')).json().total).toBe(1);
    expect((await (await t.login('cityBEditor')).get('/api/visits')).json().total).toBe(0);
  });
});

describeOnBothDatabases('key project list in Excel', (kind) => {
  it('exported and re-imported into another platform, the list gives back the same projects', async () => {
    const a = await startTestPlatform(kind);
    const b = await startTestPlatform(kind);
    try {
      const wa = await seedWorld(a.deps);
      await seedWorld(b.deps);
      const officeA = await a.login('officeEditor');
      for (const [i, cls] of (['planning', 'reserve', 'underway'] as const).entries()) {
        const res = await officeA.post('/api/projects', {
          name: `往返测试项目${i}`,
          year: 2024,
          chainId: wa.chains.chainA,
          cityId: wa.orgs.cityA,
          zoneId: i === 1 ? wa.orgs.zoneA : null,
          builder: `示例建设单位${i}`,
          content: '=危险公式（应作为文本导出）',
          totalInvestment: (2 + i) * YI + 1234_0000,
          annualPlanInvestment: YI,
          class: cls,
          buildType: cls === 'underway' ? 'continuing' : null,
        });
        expect(res.statusCode, res.body).toBe(201);
      }
      const file = await officeA.get('/api/projects/export?year=2024');
      expect(file.statusCode).toBe(200);

      const officeB = await b.login('officeEditor');
      const imported = await b.app.inject({
        method: 'POST',
        url: '/api/projects/import',
        payload: file.rawPayload,
        headers: {
          'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'x-csrf-token': officeB.csrf as string,
        },
        cookies: { cb_session: officeB.session as string },
      });
      expect(imported.json()).toMatchObject({ total: 3, written: 3, problems: [] });
      const shape = (items: Record<string, unknown>[]) =>
        items
          .map((p) => [
            p.name,
            p.builder,
            p.content,
            p.totalInvestment,
            p.annualPlanInvestment,
            p.class,
            p.buildType,
            p.chainName,
            p.cityName,
            p.zoneName,
            p.year,
          ])
          .sort();
      expect(shape((await officeB.get('/api/projects?year=2024')).json().items)).toEqual(
        shape((await officeA.get('/api/projects?year=2024')).json().items),
      );
    } finally {
      await a.close();
      await b.close();
    }
  });
});
