import { XLSX_CONTENT_TYPE } from '@chainboard/contracts';
import { afterAll, beforeAll, expect, it } from 'vitest';
import ExcelJS from '../src/excel/exceljs.js';
import { daysAfter } from '../src/lib/dates.js';
import { LEAD_COLUMNS } from '../src/modules/attraction/leads-excel.js';
import { expectApiError } from './helpers.js';
import { seedWorld, type World } from './personas.js';
import { type Client, describeOnBothDatabases, startTestPlatform, type TestPlatform } from './platform.js';

const YI = 100_000_000;

describeOnBothDatabases('investment attraction', (kind) => {
  let t: TestPlatform;
  let w: World;
  let office: Client;
  let lead: Client;
  let city: Client;
  let zone: Client;
  beforeAll(async () => {
    t = await startTestPlatform(kind);
    w = await seedWorld(t.deps);
    [office, lead, city, zone] = await Promise.all([
      t.login('officeEditor'),
      t.login('leadAEditor'),
      t.login('cityAEditor'),
      t.login('zoneAEditor'),
    ]);
  });
  afterAll(() => t.close());

  it('a lead unit proposes two zones; with the three opinions the office decides; the published list is public and shows nothing else', async () => {
    const second = (await office.get(`/api/organisations?type=zone&q=${encodeURIComponent('大同')}`)).json().items[0];
    // the seeded world has zone A proposed for chainA already: once is enough
    const again = await lead.post('/api/host-zones', { chainId: w.chains.chainA, zoneId: w.orgs.zoneA, reason: '特钢产业基础好' });
    expect(again.statusCode).toBe(409);
    const res = await lead.post('/api/host-zones', { chainId: w.chains.chainA, zoneId: second.id, reason: '特钢产业基础好，链主企业集聚' });
    expect(res.statusCode, res.body).toBe(201);
    const listed = (await lead.get(`/api/host-zones?chainId=${w.chains.chainA}`)).json().items;
    expect(listed.map((p: { id: number }) => p.id).sort()).toEqual([w.hostZone, res.json().id].sort());
    expect((await city.post('/api/host-zones', { chainId: w.chains.chainA, zoneId: w.orgs.zoneA, reason: 'x' })).statusCode).toBe(403);

    const first = listed.find((p: { id: number }) => p.id === w.hostZone);
    const early = await office.post(`/api/host-zones/${first.id}/decision`, { state: 'accepted' });
    expect(early.statusCode).toBe(400);
    expect(early.json().message).toBe('还需记录以下单位的意见：太原市、省商务厅、省投促局');

    const orgId = async (name: string) => (await office.get(`/api/organisations?q=${encodeURIComponent(name)}`)).json().items[0].id;
    // the city gives its own opinion; the office records the two departments'
    expect(
      (await city.post(`/api/host-zones/${first.id}/opinions`, { organisationId: w.orgs.cityA, verdict: 'agree', note: '同意' }))
        .statusCode,
    ).toBe(200);
    for (const dept of ['省商务厅', '省投促局']) {
      expect(
        (await office.post(`/api/host-zones/${first.id}/opinions`, { organisationId: await orgId(dept), verdict: 'agree' })).statusCode,
      ).toBe(200);
    }
    expect((await office.post(`/api/host-zones/${first.id}/decision`, { state: 'accepted', note: '研究确定' })).json().state).toBe(
      'accepted',
    );
    expect((await office.post('/api/host-zones/publish')).json()).toEqual({ published: 1 });

    const visitor = await t.anonymous().get('/api/public/host-zones');
    expect(visitor.statusCode).toBe(200);
    expect(visitor.json()).toEqual([{ chain: '特钢材料', zones: [{ zone: '太原不锈钢产业园区', city: '太原市' }] }]);
    expect((await t.anonymous().get('/api/host-zones')).statusCode).toBe(401);
  });

  it('a lead moves to landed with evidence; zone and city counts rise; a 3亿元 landing becomes a key project; no landing without a signing date', async () => {
    const progress = async (level: string, id: number) =>
      ((await office.get(`/api/attraction-progress?year=2024&level=${level}`)).json() as { organisationId: number; landed: number }[]).find(
        (p) => p.organisationId === id,
      );
    const before = { zone: (await progress('zone', w.orgs.zoneA))?.landed, city: (await progress('city', w.orgs.cityA))?.landed };

    const created = await zone.post('/api/leads', {
      targetName: '示例储能科技（江苏）有限公司',
      chainId: w.chains.chainA,
      source: 'chainMasterBrings',
      cityId: w.orgs.cityA,
      zoneId: w.orgs.zoneA,
      responsiblePerson: '王示例',
      expectedInvestment: 3 * YI,
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    expect((await zone.post(`/api/leads/${id}/move`, { to: 'contacted', on: '2024-03-01' })).statusCode).toBe(200);

    const skip = await zone.post(`/api/leads/${id}/move`, { to: 'landed', on: '2024-06-01', evidence: '已完成工商注册' });
    expect(skip.statusCode).toBe(400);
    expect(skip.json().fields.signedOn).toBe('请填写签约日期');
    expect((await zone.post(`/api/leads/${id}/move`, { to: 'signed', on: '2024-04-01' })).json().fields.evidence).toBeDefined();
    expect((await zone.post(`/api/leads/${id}/move`, { to: 'signed', on: '2024-04-01', evidence: '签订投资协议' })).statusCode).toBe(200);
    const landed = await zone.post(`/api/leads/${id}/move`, { to: 'landed', on: '2024-06-01', evidence: '项目公司注册完成' });
    expect(landed.statusCode, landed.body).toBe(200);
    expect(landed.json()).toMatchObject({ pipelineStage: 'landed', signedOn: '2024-04-01', landedOn: '2024-06-01' });
    const projectId = landed.json().projectId;
    expect((await city.get(`/api/projects/${projectId}`)).json()).toMatchObject({
      totalInvestment: 3 * YI,
      class: 'reserve',
      zoneId: w.orgs.zoneA,
    });
    expect((await zone.post(`/api/leads/${id}/move`, { to: 'negotiating', on: '2024-07-01' })).statusCode).toBe(400);

    expect((await progress('zone', w.orgs.zoneA))?.landed).toBe((before.zone ?? 0) + 1);
    expect((await progress('city', w.orgs.cityA))?.landed).toBe((before.city ?? 0) + 1);
    const events = (await zone.get(`/api/leads/${id}/events`)).json();
    expect(events.map((e: { to: string }) => e.to)).toEqual(['lead', 'contacted', 'signed', 'landed']);

    // another zone neither sees nor moves it
    const zoneB = await t.login('zoneBEditor');
    expect((await zoneB.get(`/api/leads/${id}`)).statusCode).toBe(404);
  });

  it("a lead's dates follow each other and have happened: landed before signed, or a day after today, is refused on every write", async () => {
    const tomorrow = daysAfter(t.deps.clock.today(), 1);
    const created = await city.post('/api/leads', {
      targetName: '日期示例材料（浙江）有限公司',
      chainId: w.chains.chainA,
      source: 'event',
      cityId: w.orgs.cityA,
      responsiblePerson: '钱示例',
      expectedInvestment: 50_000_000,
    });
    const id = created.json().id;
    // recorded today, contacted long before: created is when it was recorded, not when it happened
    expect((await city.post(`/api/leads/${id}/move`, { to: 'contacted', on: '2024-03-01' })).statusCode).toBe(200);
    const early = expectApiError(
      await city.post(`/api/leads/${id}/move`, { to: 'landed', on: '2024-05-01', signedOn: '2024-06-01', evidence: '完成注册' }),
      400,
    );
    expect(early.fields?.signedOn).toBeDefined();
    const future = expectApiError(await city.post(`/api/leads/${id}/move`, { to: 'signed', on: tomorrow, evidence: '签订投资协议' }), 400);
    expect(future.fields?.on).toContain('不能晚于今天');
    expect((await city.get(`/api/leads/${id}`)).json()).toMatchObject({ pipelineStage: 'contacted', signedOn: null, landedOn: null });

    const sheet = new ExcelJS.Workbook();
    const rows = sheet.addWorksheet('招商线索');
    rows.addRow(LEAD_COLUMNS.map((c) => c.header));
    rows.addRow(['倒序示例有限公司', '', '特钢材料', '链主招', '太原市', '', '孙示例', 5000, '落地', '2024-06-01', '2024-05-01', '']);
    rows.addRow(['未来示例有限公司', '', '特钢材料', '链主招', '太原市', '', '孙示例', 5000, '签约', tomorrow, '', '']);
    const imported = await t.app.inject({
      method: 'POST',
      url: '/api/leads/import',
      payload: Buffer.from(await sheet.xlsx.writeBuffer()),
      headers: { 'content-type': XLSX_CONTENT_TYPE, 'x-csrf-token': city.csrf as string },
      cookies: { cb_session: city.session as string },
    });
    expect(imported.json()).toMatchObject({
      written: 0,
      problems: [
        { row: 2, column: '落地日期', message: expect.stringContaining('不能早于签约日期') },
        { row: 3, column: '签约日期', message: expect.stringContaining('不能晚于今天') },
      ],
    });
  });

  it('refuses a city target under the notice floor, with the floor as the reason', async () => {
    const res = await city.put('/api/attraction-targets', { year: 2024, organisationId: w.orgs.cityA, landedTarget: 8 });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toBe('按行动计划，综改示范区、各市每年至少形成 10 个招商落地项目，目标不能低于 10');
    expect(
      (await city.put('/api/attraction-targets', { year: 2024, organisationId: w.orgs.zoneA, landedTarget: 1 })).json().message,
    ).toContain('至少形成 2 个');
    expect((await city.put('/api/attraction-targets', { year: 2024, organisationId: w.orgs.cityA, landedTarget: 12 })).statusCode).toBe(
      200,
    );
    expect(
      (await (await t.login('cityBEditor')).put('/api/attraction-targets', { year: 2024, organisationId: w.orgs.cityA, landedTarget: 12 }))
        .statusCode,
    ).toBe(403);
    const row = (
      (await office.get('/api/attraction-progress?year=2024&level=city')).json() as { organisationId: number; target: number }[]
    ).find((p) => p.organisationId === w.orgs.cityA);
    expect(row?.target).toBe(12);
  });

  it('a chain master agrees its own target with its city; the leads it brings count against it, 补链 ones apart', async () => {
    const ent = await t.login('enterpriseEditor');
    const target = {
      year: 2024,
      organisationId: w.orgs.cityA,
      chainId: w.chains.chainA,
      enterpriseId: w.enterprises.entA,
      landedTarget: 3,
    };
    const set = await ent.put('/api/attraction-targets', target);
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().find((x: { enterpriseId: number | null }) => x.enterpriseId === w.enterprises.entA)).toMatchObject({
      landedTarget: 3,
      chainId: w.chains.chainA,
    });
    // the city may change it too; another city may not; a chain master's target needs no floor but needs its chain and its city
    expect((await city.put('/api/attraction-targets', { ...target, landedTarget: 4 })).statusCode).toBe(200);
    expect((await (await t.login('cityBEditor')).put('/api/attraction-targets', target)).statusCode).toBe(403);
    expect((await ent.put('/api/attraction-targets', { ...target, chainId: null })).json().fields.chainId).toBe('请选择产业链');
    expect((await ent.put('/api/attraction-targets', { ...target, organisationId: w.orgs.cityB })).json().fields.organisationId).toBe(
      '请选择企业所在的市',
    );
    expect((await office.put('/api/attraction-targets', { ...target, enterpriseId: w.enterprises.entB })).statusCode).toBe(400);

    const brought = await city.post('/api/leads', {
      targetName: '示例配套部件（浙江）有限公司',
      chainId: w.chains.chainA,
      source: 'chainMasterBrings',
      chainMasterId: w.enterprises.entA,
      cityId: w.orgs.cityA,
      responsiblePerson: '李示例',
      expectedInvestment: 5_000_000,
      fillsGap: true,
    });
    expect(brought.statusCode, brought.body).toBe(201);
    const id = brought.json().id;
    await city.post(`/api/leads/${id}/move`, { to: 'signed', on: '2024-05-01', evidence: '签订投资协议' });
    await city.post(`/api/leads/${id}/move`, { to: 'landed', on: '2024-08-01', evidence: '完成注册' });
    const mine = (await ent.get('/api/attraction-progress?year=2024&level=master')).json();
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ enterpriseId: w.enterprises.entA, target: 4, landed: 1, landedFillingGaps: 1 });
    expect((await (await t.login('cityBEditor')).get('/api/attraction-progress?year=2024&level=master')).json()).toEqual([]);
  });
});

describeOnBothDatabases('leads in Excel', (kind) => {
  it('exported and imported into another platform, the leads come back with their stages and dates', async () => {
    const a = await startTestPlatform(kind);
    const b = await startTestPlatform(kind);
    try {
      const wa = await seedWorld(a.deps);
      await seedWorld(b.deps);
      const cityA = await a.login('cityAEditor');
      const created = (
        await cityA.post('/api/leads', {
          targetName: '往返示例新能源（江苏）有限公司',
          chainId: wa.chains.chainA,
          source: 'event',
          cityId: wa.orgs.cityA,
          responsiblePerson: '赵示例',
          expectedInvestment: 250_000_000,
        })
      ).json();
      await cityA.post(`/api/leads/${created.id}/move`, { to: 'signed', on: '2024-05-06', evidence: '签订投资协议' });
      const file = await cityA.get(`/api/leads/export?q=${encodeURIComponent('往返示例')}`);
      const cityB = await b.login('cityAEditor');
      const imported = await b.app.inject({
        method: 'POST',
        url: '/api/leads/import',
        payload: file.rawPayload,
        headers: {
          'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'x-csrf-token': cityB.csrf as string,
        },
        cookies: { cb_session: cityB.session as string },
      });
      expect(imported.json()).toMatchObject({ total: 1, written: 1, problems: [] });
      const back = (await cityB.get(`/api/leads?q=${encodeURIComponent('往返示例')}`)).json().items[0];
      expect(back).toMatchObject({
        targetName: created.targetName,
        pipelineStage: 'signed',
        signedOn: '2024-05-06',
        expectedInvestment: 250_000_000,
        source: 'event',
        cityName: '太原市',
      });
    } finally {
      await a.close();
      await b.close();
    }
  });
});
