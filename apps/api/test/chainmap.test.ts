import { afterAll, beforeAll, expect, it } from 'vitest';
import { generateDemo } from '../src/demo/generate-demo.js';
import { writeWorkbook, XLSX_TYPE } from '../src/excel/write-sheet.js';
import { CANDIDATE_COLUMNS } from '../src/modules/chainmap/candidates-excel.js';
import { SEGMENT_COLUMNS } from '../src/modules/chainmap/segments-excel.js';
import { expectApiError } from './helpers.js';
import { creditCode, insertEnterprise, seedWorld, type World } from './personas.js';
import { type Client, describeOnBothDatabases, startTestPlatform, type TestPlatform } from './platform.js';

type MapSegment = {
  id: number;
  name: string;
  path: string;
  depth: number;
  figures: { status: string; reasons: string[]; enterprises: number; masters: string[] };
};

describeOnBothDatabases('the chain map: segments, gaps, candidates and local supply', (kind) => {
  let t: TestPlatform;
  let w: World;
  let office: Client;
  let lead: Client;
  let city: Client;
  const seg: Record<string, number> = {};
  const map = async (c: Client = office) => (await c.get(`/api/chain-map/${w.chains.chainA}`)).json() as { segments: MapSegment[] };
  const at = async (name: string) => (await map()).segments.find((s) => s.name === name) as MapSegment;

  beforeAll(async () => {
    t = await startTestPlatform(kind);
    w = await seedWorld(t.deps);
    [office, lead, city] = await Promise.all([t.login('officeEditor'), t.login('leadAEditor'), t.login('cityAEditor')]);
  });
  afterAll(() => t.close());

  it('the lead unit and the office build a tree of segments under the three stages; others may not', async () => {
    const add = async (c: Client, name: string, stage: string, parentId: number | null = null) => {
      const res = await c.post('/api/segments', { chainId: w.chains.chainA, name, stage, parentId });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().id as number;
    };
    seg.raw = await add(office, '原料', 'upstream');
    seg.ore = await add(lead, '铁矿石', 'upstream', seg.raw);
    seg.smelt = await add(lead, '冶炼', 'midstream');
    seg.special = await add(lead, '特钢', 'downstream', seg.smelt); // a child takes its parent's stage
    seg.stainless = await add(lead, '不锈钢', 'midstream', seg.special);
    seg.use = await add(lead, '装备制造应用', 'downstream');
    const tree = (await lead.get(`/api/segments?chainId=${w.chains.chainA}`)).json();
    expect(tree.find((s: { id: number }) => s.id === seg.stainless)).toMatchObject({
      depth: 3,
      stage: 'midstream',
      path: '冶炼 / 特钢 / 不锈钢',
    });

    expectApiError(
      await (await t.login('leadAViewer')).post('/api/segments', { chainId: w.chains.chainA, name: '只读', stage: 'upstream' }),
      403,
    );
    expectApiError(
      await (await t.login('cityBEditor')).post('/api/segments', { chainId: w.chains.chainA, name: '看不见', stage: 'upstream' }),
      404,
    );
    const foreign = await office.post('/api/segments', { chainId: w.chains.chainB, name: '别链', stage: 'upstream', parentId: seg.raw });
    expect(expectApiError(foreign, 400).fields).toHaveProperty('parentId');
    const loop = await lead.patch(`/api/segments/${seg.smelt}`, { parentId: seg.stainless });
    expect(expectApiError(loop, 400).message).toContain('下级');
  });

  it('a segment with no local enterprise is a 断点; a landed project there makes it a 堵点 whose reasons give the numbers', async () => {
    expect(
      (await city.put('/api/enterprise-segments', { enterpriseId: w.enterprises.entA, chainId: w.chains.chainA, segmentId: seg.stainless }))
        .statusCode,
    ).toBe(200);
    expectApiError(
      await (await t.login('cityBEditor')).put('/api/enterprise-segments', {
        enterpriseId: w.enterprises.entA,
        chainId: w.chains.chainA,
        segmentId: seg.ore,
      }),
      404,
    );

    const ore = await at('铁矿石');
    expect(ore.figures.status).toBe('gap');
    expect(ore.figures.reasons[0]).toContain('本地企业 0 家');
    const stainless = await at('不锈钢');
    expect(stainless.figures).toMatchObject({ status: 'bottleneck', enterprises: 1, masters: ['示例钢铁集团有限公司'] });
    expect(stainless.figures.reasons).toContain('本地企业 1 家，低于 3 家');
    // the parents add up their sub-segments
    expect((await at('冶炼')).figures.enterprises).toBe(1);

    const project = await city.post('/api/projects', {
      name: '示例铁精粉项目',
      year: 2024,
      chainId: w.chains.chainA,
      segmentId: seg.ore,
      cityId: w.orgs.cityA,
      builder: '示例矿业',
      totalInvestment: 300_000_000,
      class: 'reserve',
    });
    expect(project.statusCode, project.body).toBe(201);
    expect(project.json().segmentId).toBe(seg.ore);
    const after = await at('铁矿石');
    expect(after.figures.status).toBe('bottleneck');
    expect(after.figures.reasons[0]).toBe('本地企业 0 家，低于 3 家（已有落地项目 1 个）');

    const gaps = (await office.get(`/api/chain-map/${w.chains.chainA}/gaps`)).json();
    expect(gaps.weakLinks[0]).toMatchObject({ name: '装备制造应用', status: 'gap' });
    expect(gaps).toMatchObject({ leafSegments: 3, gaps: 1, bottlenecks: 2 });

    const records = (await office.get(`/api/segments/${seg.smelt}/records`)).json();
    expect(records.enterprises).toEqual([expect.objectContaining({ name: '示例钢铁集团有限公司', segmentName: '不锈钢', tier: 'master' })]);
    expect((await office.get(`/api/segments/${seg.ore}/records`)).json().projects).toHaveLength(1);
  });

  it('the office changes the thresholds; nobody else does', async () => {
    expectApiError(
      await lead.put('/api/gap-settings', { minEnterprises: 1, minRevenueRatio: 50, maxOpenTechnologies: 0, maxOpenProblems: 2 }),
      403,
    );
    const set = await office.put('/api/gap-settings', {
      minEnterprises: 1,
      minRevenueRatio: 50,
      maxOpenTechnologies: 0,
      maxOpenProblems: 2,
    });
    expect(set.statusCode, set.body).toBe(200);
    expect((await at('不锈钢')).figures.status).toBe('strong');
    expect(
      expectApiError(
        await office.put('/api/gap-settings', { minEnterprises: 0, minRevenueRatio: 50, maxOpenTechnologies: 0, maxOpenProblems: 2 }),
        400,
      ).fields,
    ).toHaveProperty('minEnterprises');
    await office.put('/api/gap-settings', { minEnterprises: 3, minRevenueRatio: 50, maxOpenTechnologies: 0, maxOpenProblems: 2 });
  });

  it('an unsolved key technology on a segment is a reason of its 堵点', async () => {
    const tech = await lead.post('/api/technologies', {
      chainId: w.chains.chainA,
      segmentId: seg.stainless,
      name: '超薄不锈带钢轧制',
      gap: '板形控制难',
    });
    expect(tech.statusCode, tech.body).toBe(201);
    expect((await at('不锈钢')).figures.reasons).toContain('未攻克关键技术 1 项，超过 0 项');
    expect((await office.get(`/api/segments/${seg.stainless}/records`)).json().technologies).toEqual([
      expect.objectContaining({ name: '超薄不锈带钢轧制', segmentName: '不锈钢' }),
    ]);
  });

  it('segments are renamed, moved and retired with their history', async () => {
    const renamed = await lead.patch(`/api/segments/${seg.use}`, { name: '高端装备应用' });
    expect(renamed.json().name).toBe('高端装备应用');
    const moved = await lead.patch(`/api/segments/${seg.special}`, { parentId: null, stage: 'downstream' });
    expect(moved.json()).toMatchObject({ stage: 'downstream', parentId: null, depth: 1 });
    const tree = (await lead.get(`/api/segments?chainId=${w.chains.chainA}`)).json();
    expect(tree.find((s: { id: number }) => s.id === seg.stainless)).toMatchObject({ stage: 'downstream', path: '特钢 / 不锈钢' });
    await lead.patch(`/api/segments/${seg.special}`, { parentId: seg.smelt });

    const retired = await lead.post(`/api/segments/${seg.use}/retire`);
    expect(retired.json().retiredAt).not.toBeNull();
    expect((await lead.get(`/api/segments?chainId=${w.chains.chainA}`)).json().map((s: { id: number }) => s.id)).not.toContain(seg.use);
    expectApiError(await city.post(`/api/segments/${seg.ore}/retire`), 403);
    const history = (await office.get(`/api/segments/${seg.use}/history`)).json();
    expect(history.map((h: { kind: string }) => h.kind)).toEqual(['retired', 'renamed', 'created']);
    const onRetired = await city.post('/api/projects', {
      name: '停用环节项目',
      year: 2024,
      chainId: w.chains.chainA,
      segmentId: seg.use,
      cityId: w.orgs.cityA,
      builder: '示例',
      totalInvestment: 300_000_000,
      class: 'planning',
    });
    expect(expectApiError(onRetired, 400).fields).toHaveProperty('segmentId');
  });

  it('segments export as a sheet and import back to the same tree; new paths are added', async () => {
    const file = await lead.get(`/api/segments/export?chainId=${w.chains.chainA}`);
    expect(file.statusCode).toBe(200);
    const again = await lead.raw('POST', '/api/segments/import', file.rawPayload, XLSX_TYPE);
    expect(again.json()).toMatchObject({ written: 5, problems: [] });
    const extra = await writeWorkbook([
      {
        name: '环节',
        columns: SEGMENT_COLUMNS,
        rows: [
          ['特钢材料', '中游', '冶炼/特钢/高温合金', '高温合金棒材', 10, 2],
          ['特钢材料', '中游', '冶炼/不存在/子环节', '', '', ''],
        ],
      },
    ]);
    const res = (await lead.raw('POST', '/api/segments/import?mode=validOnly', extra, XLSX_TYPE)).json();
    expect(res).toMatchObject({ total: 2, written: 1 });
    expect(res.problems[0].message).toContain('上级环节“冶炼 / 不存在”');
    const tree = (await lead.get(`/api/segments?chainId=${w.chains.chainA}`)).json();
    expect(tree.filter((s: { name: string }) => s.name === '不锈钢')).toHaveLength(1);
    expect(tree.find((s: { name: string }) => s.name === '高温合金')).toMatchObject({ depth: 3, expectedShare: 10 });
  });

  it('a candidate outside the province becomes a 补链 lead of the chosen city and zone in one step', async () => {
    const code = creditCode(777_000_001, '320500');
    const added = await office.post('/api/chain-candidates', {
      chainId: w.chains.chainA,
      segmentId: seg.ore,
      name: '示例江苏矿业有限公司',
      creditCode: code,
      province: '江苏省',
      products: '铁精粉',
      size: 'large',
    });
    expect(added.statusCode, added.body).toBe(201);
    expectApiError(
      await office.post('/api/chain-candidates', {
        chainId: w.chains.chainA,
        name: '重复',
        creditCode: code,
        province: '江苏省',
        size: 'small',
      }),
      409,
    );
    const sheet = await writeWorkbook([
      {
        name: '补链招商候选',
        columns: CANDIDATE_COLUMNS,
        rows: [
          ['特钢材料', '示例河北钢管有限公司', creditCode(777_000_002, '130100'), '河北省', '冶炼/特钢/不锈钢', '无缝钢管', '中型'],
          ['特钢材料', '示例本省企业', creditCode(777_000_003), '山西省', '', '', '小型'],
        ],
      },
    ]);
    const imported = (await lead.raw('POST', '/api/chain-candidates/import?mode=validOnly', sheet, XLSX_TYPE)).json();
    expect(imported).toMatchObject({ total: 2, written: 1 });
    expect(imported.problems[0].column).toBe('所在省份');

    const matched = (await city.get(`/api/chain-candidates?chainId=${w.chains.chainA}&only=matched`)).json();
    expect(matched.items.map((c: { name: string; segmentStatus: string }) => [c.name, c.segmentStatus])).toEqual([
      ['示例江苏矿业有限公司', 'bottleneck'],
      ['示例河北钢管有限公司', 'bottleneck'],
    ]);

    const id = added.json().id;
    expectApiError(
      await (await t.login('cityBEditor')).post(`/api/chain-candidates/${id}/lead`, { cityId: w.orgs.cityB, responsiblePerson: '钱示例' }),
      404,
    );
    expectApiError(
      await (await t.login('zoneAEditor')).post(`/api/chain-candidates/${id}/lead`, { cityId: w.orgs.cityA, responsiblePerson: '钱示例' }),
      403,
    );
    const res = await city.post(`/api/chain-candidates/${id}/lead`, {
      cityId: w.orgs.cityA,
      zoneId: w.orgs.zoneA,
      responsiblePerson: '钱示例',
      expectedInvestment: 200_000_000,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      fillsGap: true,
      segmentId: seg.ore,
      targetName: '示例江苏矿业有限公司',
      zoneName: '太原不锈钢产业园区',
    });
    const pipeline = (await city.get(`/api/leads?chainId=${w.chains.chainA}`)).json().items;
    expect(pipeline.find((l: { id: number }) => l.id === res.json().id)).toMatchObject({ fillsGap: true });
    expectApiError(await city.post(`/api/chain-candidates/${id}/lead`, { cityId: w.orgs.cityA, responsiblePerson: '钱示例' }), 409);
    const ore = await at('铁矿石');
    expect(ore.figures).toMatchObject({ gapLeads: 1, gapLeadsLanded: 0 });
    const gaps = (await office.get(`/api/chain-map/${w.chains.chainA}/gaps`)).json();
    expect(gaps.weakWithLead).toBe(1);
  });

  it("local supply share: the part of the chain master's signed purchases supplied by registered enterprises", async () => {
    const supplier = await insertEnterprise(t.deps.db, {
      name: '示例耐材有限公司',
      creditCode: creditCode(777_000_010),
      cityId: w.orgs.cityA,
      chains: [],
    });
    const event = await city.post('/api/matchmaking-events', {
      title: '特钢配套对接会',
      heldOn: '2024-05-18',
      place: '太原',
      organiserId: w.orgs.cityA,
      chainIds: [w.chains.chainA],
    });
    const id = event.json().id;
    const sign = (supplierEnterpriseId: number | null, amount: number) =>
      city.post(`/api/matchmaking-events/${id}/signings`, {
        buyerEnterpriseId: w.enterprises.entA,
        buyerName: '示例钢铁集团有限公司',
        supplierEnterpriseId,
        supplierName: supplierEnterpriseId ? '示例耐材有限公司' : '省外供应商',
        product: '耐火材料',
        amount,
      });
    await sign(supplier, 100_000_000);
    await sign(null, 300_000_000);
    const [chainA] = (await office.get(`/api/local-supply?chainId=${w.chains.chainA}`)).json();
    expect(chainA).toMatchObject({ signedPurchases: 400_000_000, signedLocal: 100_000_000, signedShare: 25 });
    expect(chainA.masters[0]).toMatchObject({ enterpriseName: '示例钢铁集团有限公司', signedShare: 25 });
    expect((await (await t.login('cityBEditor')).get('/api/local-supply')).json().map((c: { chainId: number }) => c.chainId)).not.toContain(
      w.chains.chainA,
    );
  });

  it('a move to another segment keeps history: the map of a past day shows where the enterprise sat then', async () => {
    // entA sat on 不锈钢 since the start of 2024 (placed today above; its span moved back as if entered then)
    await t.deps.db
      .updateTable('enterprise_segment_history')
      .set({ valid_from: '2024-01-01' })
      .where('enterprise_id', '=', w.enterprises.entA)
      .where('valid_to', 'is', null)
      .execute();
    const early = expectApiError(
      await office.put('/api/enterprise-segments', {
        enterpriseId: w.enterprises.entA,
        chainId: w.chains.chainA,
        segmentId: seg.ore,
        placedOn: '2023-12-01',
      }),
      400,
    );
    expect(early.fields).toHaveProperty('placedOn');
    const moved = await office.put('/api/enterprise-segments', {
      enterpriseId: w.enterprises.entA,
      chainId: w.chains.chainA,
      segmentId: seg.ore,
      placedOn: '2024-07-01',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const on = async (day: string, name: string) =>
      ((await office.get(`/api/chain-map/${w.chains.chainA}?year=2024&asOf=${day}`)).json().segments as MapSegment[]).find(
        (x) => x.name === name,
      )?.figures.enterprises;
    expect([await on('2024-06-30', '不锈钢'), await on('2024-06-30', '铁矿石')]).toEqual([1, 0]);
    expect([await on('2024-09-30', '不锈钢'), await on('2024-09-30', '铁矿石')]).toEqual([0, 1]);
    expectApiError(await office.get(`/api/chain-map/${w.chains.chainA}?year=2024&asOf=2023-06-30`), 400);
  });
});

describeOnBothDatabases('the demo chain map', (kind) => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform(kind);
    await seedWorld(t.deps);
    await generateDemo(t.deps, { scale: 0.25 });
  });
  afterAll(() => t.close());

  it('光伏 has a segment tree three levels deep with enterprises on it, gaps with reasons and candidates for them', async () => {
    const office = await t.login('officeEditor');
    const pv = Number((await t.deps.db.selectFrom('chains').select('id').where('name', '=', '光伏').executeTakeFirstOrThrow()).id);
    const map = (await office.get(`/api/chain-map/${pv}`)).json();
    expect(Math.max(...map.segments.map((s: { depth: number }) => s.depth))).toBeGreaterThanOrEqual(3);
    expect(map.segments.reduce((n: number, s: MapSegment) => n + (s.depth === 1 ? s.figures.enterprises : 0), 0)).toBeGreaterThan(0);
    const gaps = (await office.get(`/api/chain-map/${pv}/gaps`)).json();
    expect(gaps.weakLinks.find((x: { name: string }) => x.name === '光伏银浆')).toMatchObject({ status: 'gap' });
    const matched = (await office.get(`/api/chain-candidates?chainId=${pv}&only=matched`)).json();
    expect(matched.total).toBeGreaterThan(0);
    const supply = (await office.get(`/api/local-supply?chainId=${pv}`)).json();
    expect(supply[0].signedShare).toBeGreaterThan(0);
  });
});
