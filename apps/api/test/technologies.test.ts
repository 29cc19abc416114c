import { afterAll, beforeAll, expect, it } from 'vitest';
import { nowIso } from '../src/db/dialect.js';
import { generateDemo } from '../src/demo/generate-demo.js';
import { technologiesRepository } from '../src/modules/technologies/technologies.repository.js';
import { addUser, expectApiError } from './helpers.js';
import { seedWorld, type World } from './personas.js';
import { type Client, describeOnBothDatabases, startTestPlatform, type TestPlatform } from './platform.js';

describeOnBothDatabases('key technologies, consortia, platforms and breakthrough summaries', (kind) => {
  let t: TestPlatform;
  let w: World;
  let office: Client;
  let leadA: Client;
  let science: Client;
  let segmentA: number;
  let segmentB: number;
  let techA: number;
  beforeAll(async () => {
    t = await startTestPlatform(kind);
    w = await seedWorld(t.deps);
    const scienceOrg = Number(
      (await t.deps.db.selectFrom('organisations').select('id').where('name', '=', '省科技厅').executeTakeFirstOrThrow()).id,
    );
    await addUser(t.deps, { username: 'scienceEditor', organisationId: scienceOrg, roles: ['editor'] });
    const now = nowIso();
    const segment = async (chainId: number, name: string) =>
      Number(
        (
          await t.deps.db
            .insertInto('chain_segments')
            .values({
              chain_id: chainId,
              parent_id: null,
              stage: 'upstream',
              name,
              products: null,
              sort_order: 0,
              retired_at: null,
              created_at: now,
              updated_at: now,
            })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id,
      );
    segmentA = await segment(w.chains.chainA, '特种冶炼');
    segmentB = await segment(w.chains.chainB, '动力电池');
    [office, leadA, science] = await Promise.all([t.login('officeEditor'), t.login('leadAEditor'), t.login('scienceEditor')]);
  });
  afterAll(() => t.close());

  it('the lead unit lists a key technology on its chain, and every change shows in its history', async () => {
    const res = await leadA.post('/api/technologies', {
      chainId: w.chains.chainA,
      segmentId: segmentA,
      name: '高端轴承钢纯净化冶炼',
      gap: '氧含量控制不稳定，依赖进口',
      enterpriseIds: [w.enterprises.entA],
      institutes: '太原理工大学',
      targetOn: '2025-12-31',
    });
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({ state: 'pending', segmentName: '特种冶炼', chainId: w.chains.chainA, brokenThroughOn: null });
    expect(created.enterprises).toEqual([{ id: w.enterprises.entA, name: expect.any(String) }]);
    techA = created.id;

    const tackling = await science.patch(`/api/technologies/${techA}`, { state: 'tackling' });
    expect(tackling.statusCode, tackling.body).toBe(200);
    expect(tackling.json().state).toBe('tackling');

    // 已突破 needs its date; a date without the state is refused too
    expectApiError(await leadA.patch(`/api/technologies/${techA}`, { state: 'achieved' }), 400);
    expectApiError(await leadA.patch(`/api/technologies/${techA}`, { brokenThroughOn: '2024-06-30' }), 400);
    const achieved = await leadA.patch(`/api/technologies/${techA}`, { state: 'achieved', brokenThroughOn: '2024-06-30' });
    expect(achieved.json()).toMatchObject({ state: 'achieved', brokenThroughOn: '2024-06-30', overdue: false });
    // going back drops the date
    const back = await office.patch(`/api/technologies/${techA}`, { state: 'tackling' });
    expect(back.json()).toMatchObject({ state: 'tackling', brokenThroughOn: null });

    const history = (await leadA.get(`/api/technologies/${techA}/history`)).json();
    expect(history.map((h: { action: string }) => h.action).sort()).toEqual(['create', 'update', 'update', 'update']);
    expect(history.some((h: { after: { state: string } }) => h.after.state === 'achieved')).toBe(true);
    expect(history.every((h: Record<string, unknown>) => !('ip' in h))).toBe(true);
  });

  it('keeps the technology on its own chain and register', async () => {
    const body = { chainId: w.chains.chainA, name: '坏技术', gap: '卡点' };
    const wrongSegment = expectApiError(await leadA.post('/api/technologies', { ...body, segmentId: segmentB }), 400);
    expect(wrongSegment.fields).toHaveProperty('segmentId');
    expectApiError(await leadA.post('/api/technologies', { ...body, enterpriseIds: [999_999] }), 400);
    expectApiError(await leadA.post('/api/technologies', { ...body, chainId: 999_999 }), 400);
    const future = expectApiError(
      await leadA.post('/api/technologies', { ...body, state: 'achieved', brokenThroughOn: '2999-01-01' }),
      400,
    );
    expect(future.fields).toHaveProperty('brokenThroughOn');
    const noName = expectApiError(await leadA.post('/api/technologies', { chainId: w.chains.chainA, gap: '卡点' }), 400);
    expect(noName.fields).toHaveProperty('name');
  });

  it('reads in scope: lead units their chains, cities their hosted chains, enterprises what they tackle', async () => {
    const onB = await office.post('/api/technologies', {
      chainId: w.chains.chainB,
      segmentId: segmentB,
      name: '固态电池电解质',
      gap: '界面阻抗高',
    });
    expect(onB.statusCode, onB.body).toBe(201);
    const idB = onB.json().id;
    const names = async (c: Client) => ((await c.get('/api/technologies')).json().items as { name: string }[]).map((x) => x.name).sort();
    expect(await names(office)).toEqual(['固态电池电解质', '高端轴承钢纯净化冶炼']);
    expect(await names(await t.login('memberViewer'))).toHaveLength(2);
    expect(await names(await t.login('generalLeader'))).toHaveLength(2);
    expect(await names(leadA)).toEqual(['高端轴承钢纯净化冶炼']);
    expect(await names(await t.login('chainLeaderA'))).toEqual(['高端轴承钢纯净化冶炼']);
    expect(await names(await t.login('zoneAEditor'))).toEqual(['高端轴承钢纯净化冶炼']);
    expect(await names(await t.login('cityAEditor'))).toEqual(['高端轴承钢纯净化冶炼']);
    expect(await names(await t.login('cityBEditor'))).toEqual(['固态电池电解质']);
    const enterprise = await t.login('enterpriseEditor');
    expect(await names(enterprise)).toEqual(['高端轴承钢纯净化冶炼']);
    expect(await names(await t.login('sysAdmin'))).toEqual([]);
    expectApiError(await leadA.get(`/api/technologies/${idB}`), 404);
    expectApiError(await leadA.get(`/api/technologies/${idB}/history`), 404);
    // a lead unit changes only its own chains; viewers, cities and enterprises change nothing
    expectApiError(await leadA.patch(`/api/technologies/${idB}`, { state: 'tackling' }), 404);
    expectApiError(await (await t.login('leadBEditor')).patch(`/api/technologies/${techA}`, { state: 'pending' }), 404);
    expectApiError(await (await t.login('cityAEditor')).patch(`/api/technologies/${techA}`, { state: 'pending' }), 403);
    expectApiError(await enterprise.patch(`/api/technologies/${techA}`, { state: 'pending' }), 403);
    expectApiError(
      await (await t.login('memberViewer')).post('/api/technologies', { chainId: w.chains.chainB, name: '越权', gap: '卡点' }),
      403,
    );
    // filters
    expect((await office.get(`/api/technologies?chainId=${w.chains.chainB}`)).json().total).toBe(1);
    expect((await office.get('/api/technologies?state=tackling')).json().total).toBe(1);
    expect((await office.get(`/api/technologies?q=${encodeURIComponent('轴承')}`)).json().total).toBe(1);
    expect((await office.get(`/api/technologies?enterpriseId=${w.enterprises.entA}`)).json().total).toBe(1);
  });

  it('counts the open technologies per segment for the gap analysis', async () => {
    await leadA.post('/api/technologies', { chainId: w.chains.chainA, segmentId: segmentA, name: '超纯铁素体', gap: '卡点二' });
    await leadA.post('/api/technologies', {
      chainId: w.chains.chainA,
      segmentId: segmentA,
      name: '已解决的技术',
      gap: '卡点三',
      state: 'achieved',
      brokenThroughOn: '2024-03-01',
    });
    expect(await technologiesRepository.openTechnologiesBySegment(t.deps.db, w.chains.chainA)).toEqual({ [segmentA]: 2 });
    expect(await technologiesRepository.openTechnologiesBySegment(t.deps.db, w.chains.chainB)).toEqual({ [segmentB]: 1 });
    const open = await technologiesRepository.openTechnologies(t.deps.db, w.chains.chainA);
    expect(open.map((o) => o.name).sort()).toEqual(['超纯铁素体', '高端轴承钢纯净化冶炼']);
    expect(open.every((o) => o.segmentId === segmentA && o.state !== 'achieved')).toBe(true);
  });

  it('exports the list as filtered', async () => {
    const res = await leadA.get(`/api/technologies/export?chainId=${w.chains.chainA}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    const platforms = await office.get('/api/innovation-platforms/export');
    expect(platforms.statusCode).toBe(200);
  });

  it('forms consortia led by a chain enterprise, with institutions and the technologies they tackle', async () => {
    const body = {
      chainId: w.chains.chainA,
      name: '特钢材料创新联合体',
      leaderEnterpriseId: w.enterprises.entA,
      jinchuanggu: true,
      members: [
        { name: '太原理工大学', kind: 'university' },
        { name: '山西省冶金研究院', kind: 'institute' },
      ],
      technologyIds: [techA],
    };
    const res = await science.post('/api/consortia', body);
    expect(res.statusCode, res.body).toBe(201);
    const c = res.json();
    expect(c.members).toEqual([
      { enterpriseId: null, name: '太原理工大学', kind: 'university' },
      { enterpriseId: null, name: '山西省冶金研究院', kind: 'institute' },
    ]);
    expect(c.technologies).toEqual([{ id: techA, name: '高端轴承钢纯净化冶炼', state: 'tackling' }]);
    // the leader must be on the chain; technologies of another chain are refused
    expectApiError(await science.post('/api/consortia', { ...body, leaderEnterpriseId: w.enterprises.entB }), 400);
    expectApiError(await science.post('/api/consortia', { ...body, technologyIds: [999_999] }), 400);
    expectApiError(await science.post('/api/consortia', { ...body, members: [{ kind: 'university' }] }), 400);
    expectApiError(
      await science.post('/api/consortia', { ...body, members: [{ enterpriseId: w.enterprises.entA, kind: 'enterprise' }] }),
      400,
    );
    // entA leads it: the enterprise sees it; city B does not
    expect((await (await t.login('enterpriseEditor')).get(`/api/consortia/${c.id}`)).statusCode).toBe(200);
    expectApiError(await (await t.login('cityBEditor')).get(`/api/consortia/${c.id}`), 404);
    const changed = await leadA.patch(`/api/consortia/${c.id}`, {
      jinchuanggu: false,
      members: [{ name: '中北大学', kind: 'university' }],
    });
    expect(changed.json()).toMatchObject({ jinchuanggu: false, members: [{ name: '中北大学' }] });
    const history = (await office.get(`/api/consortia/${c.id}/history`)).json();
    expect(history).toHaveLength(2);
    expect((await office.get('/api/consortia?jinchuanggu=false')).json().total).toBe(1);
    expectApiError(await (await t.login('leadBEditor')).patch(`/api/consortia/${c.id}`, { name: '越权' }), 404);
  });

  it('registers innovation platforms hosted by an enterprise or an institution', async () => {
    const res = await leadA.post('/api/innovation-platforms', {
      chainId: w.chains.chainA,
      name: '先进不锈钢材料国家重点实验室',
      kind: 'keyLab',
      level: 'national',
      hostEnterpriseId: w.enterprises.entA,
      recognisedOn: '2019-06-01',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ hostName: '示例钢铁集团有限公司', kind: 'keyLab' });
    const noHost = expectApiError(
      await leadA.post('/api/innovation-platforms', { chainId: w.chains.chainA, name: '无依托', kind: 'pilotBase', level: 'provincial' }),
      400,
    );
    expect(noHost.fields).toHaveProperty('hostName');
    const inst = await office.post('/api/innovation-platforms', {
      chainId: w.chains.chainB,
      name: '新能源汽车中试基地',
      kind: 'pilotBase',
      level: 'provincial',
      hostName: '山西省汽车研究院',
    });
    expect(inst.statusCode, inst.body).toBe(201);
    const changed = await office.patch(`/api/innovation-platforms/${inst.json().id}`, { level: 'national' });
    expect(changed.json()).toMatchObject({ level: 'national', hostName: '山西省汽车研究院' });
    expect((await leadA.get('/api/innovation-platforms')).json().total).toBe(1);
    expect((await (await t.login('enterpriseEditor')).get('/api/innovation-platforms')).json().total).toBe(1);
    expect((await office.get('/api/innovation-platforms?kind=pilotBase')).json().total).toBe(1);
    expectApiError(await leadA.patch(`/api/innovation-platforms/${inst.json().id}`, { name: '越权' }), 404);
  });

  it('quarterly summaries: written by the science department or the lead unit, missing ones marked', async () => {
    const first = await science.post('/api/breakthrough-summaries', {
      chainId: w.chains.chainA,
      quarter: '2024q1',
      summary: '突破高端轴承钢冶炼工艺',
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ quarter: '2024Q1', writtenBy: '省科技厅' });
    const again = await leadA.post('/api/breakthrough-summaries', { chainId: w.chains.chainA, quarter: '2024Q1', summary: '修订后的总结' });
    expect(again.json()).toMatchObject({ id: first.json().id, summary: '修订后的总结', writtenBy: '省工信厅' });
    expectApiError(await leadA.post('/api/breakthrough-summaries', { chainId: w.chains.chainB, quarter: '2024Q1', summary: '越权' }), 403);
    expectApiError(await leadA.post('/api/breakthrough-summaries', { chainId: w.chains.chainA, quarter: '2999Q1', summary: '未来' }), 400);
    expectApiError(await leadA.post('/api/breakthrough-summaries', { chainId: w.chains.chainA, quarter: '2024Q5', summary: '错' }), 400);

    const overview = (await office.get('/api/breakthrough-summaries?year=2024')).json();
    expect(overview.pastQuarters).toEqual(['2024Q1', '2024Q2', '2024Q3', '2024Q4']);
    expect(overview.items).toHaveLength(1);
    const missingA = overview.missing
      .filter((m: { chainId: number }) => m.chainId === w.chains.chainA)
      .map((m: { quarter: string }) => m.quarter);
    expect(missingA).toEqual(['2024Q2', '2024Q3', '2024Q4']);
    expect(overview.missing.length).toBeGreaterThanOrEqual(16 * 4 - 1);
    const mine = (await leadA.get('/api/breakthrough-summaries?year=2024')).json();
    expect(new Set(mine.missing.map((m: { chainId: number }) => m.chainId))).toEqual(new Set([w.chains.chainA]));
    const quarter = await technologiesRepository.summariesForQuarter(t.deps.db, '2024Q1');
    expect(quarter.find((q) => q.chainId === w.chains.chainA)?.summary).toBe('修订后的总结');
    expect(quarter.find((q) => q.chainId === w.chains.chainB)?.summary).toBeNull();
    expectApiError(await office.get('/api/breakthrough-summaries'), 400);
  });

  it('demo data: 3–6 technologies per chain in mixed states, consortia, platforms and summaries for 2024Q1–Q3', async () => {
    await generateDemo(t.deps, { scale: 0.05 });
    const db = t.deps.db;
    const perChain = await db
      .selectFrom('key_technologies')
      .select((eb) => ['chain_id', eb.fn.countAll<number>().as('n')])
      .where('demo', '=', true)
      .groupBy('chain_id')
      .execute();
    expect(perChain).toHaveLength(16);
    for (const c of perChain) expect(Number(c.n)).toBeGreaterThanOrEqual(3);
    for (const c of perChain) expect(Number(c.n)).toBeLessThanOrEqual(6);
    const states = await db.selectFrom('key_technologies').select('state').distinct().where('demo', '=', true).execute();
    expect(states.map((s) => s.state).sort()).toEqual(['achieved', 'pending', 'tackling']);
    const consortia = await db.selectFrom('innovation_consortia').select('chain_id').distinct().where('demo', '=', true).execute();
    expect(consortia).toHaveLength(16);
    expect(
      Number(
        (
          await db
            .selectFrom('innovation_platforms')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('demo', '=', true)
            .executeTakeFirstOrThrow()
        ).n,
      ),
    ).toBeGreaterThanOrEqual(16);
    const q3 = await technologiesRepository.summariesForQuarter(db, '2024Q3');
    expect(q3.filter((s) => s.summary !== null).length).toBeGreaterThan(0);
    expect((await technologiesRepository.summariesForQuarter(db, '2024Q1')).filter((s) => s.summary === null)).toEqual([]);
  });
});
