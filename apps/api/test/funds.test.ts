import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_LOGINS, DEMO_PASSWORD } from '../src/demo/demo-logins.js';
import { generateDemo } from '../src/demo/generate-demo.js';
import { fundsRepository } from '../src/modules/funds/funds.repository.js';
import { addUser, auditRowsAfter, expectApiError, lastAuditId } from './helpers.js';
import { seedWorld, type World } from './personas.js';
import { type Client, describeOnBothDatabases, startTestPlatform, type TestPlatform } from './platform.js';

describeOnBothDatabases('industry funds: cooperation, investments, funds at work', (kind) => {
  let t: TestPlatform;
  let w: World;
  let office: Client;
  let finance: Client;
  let fundId: number;
  beforeAll(async () => {
    t = await startTestPlatform(kind);
    w = await seedWorld(t.deps);
    const fin = await t.deps.db.selectFrom('organisations').select('id').where('name', '=', '省财政厅').executeTakeFirstOrThrow();
    await addUser(t.deps, { username: 'financeEditor', organisationId: Number(fin.id), roles: ['editor'] });
    [office, finance] = await Promise.all([t.login('officeEditor'), t.login('financeEditor')]);
  });
  afterAll(() => t.close());

  it('a finance member unit registers and keeps its own fund; others read it', async () => {
    const res = await finance.post('/api/funds', {
      name: '山西省产业链链主企业投资基金',
      manager: '山西金控投资控股集团有限公司',
      level: 'provincial',
      size: 5_000_000_000,
      chainIds: [w.chains.chainA, w.chains.chainB],
      establishedOn: '2023-06-30',
    });
    expect(res.statusCode, res.body).toBe(201);
    fundId = res.json().id;
    expect(res.json()).toMatchObject({ keeperName: '省财政厅', level: 'provincial', investedAmount: 0 });
    expect(res.json().chains).toHaveLength(2);
    expectApiError(await finance.post('/api/funds', { name: '山西省产业链链主企业投资基金', manager: 'x', level: 'city', size: 1 }), 409);
    const lead = await t.login('leadAViewer');
    expect((await lead.get('/api/funds')).json().total).toBe(1);
    expect((await lead.get(`/api/funds?chainId=${w.chains.chainA}&level=provincial&q=链主`)).json().total).toBe(1);
    expectApiError(await lead.post('/api/funds', { name: '越权基金', manager: 'x', level: 'city', size: 1 }), 403);
    const patched = await finance.patch(`/api/funds/${fundId}`, { size: 6_000_000_000 });
    expect(patched.json().size).toBe(6_000_000_000);
    expect(patched.json()).toMatchObject({ keeperName: '省财政厅', establishedOn: '2023-06-30' });
    expect(patched.json().chains).toHaveLength(2);
    // another member unit does not keep this fund
    const other = await t.deps.db.selectFrom('organisations').select('id').where('name', '=', '省地方金融监管局').executeTakeFirstOrThrow();
    await addUser(t.deps, { username: 'regulatorEditor', organisationId: Number(other.id), roles: ['editor'] });
    expectApiError(await (await t.login('regulatorEditor')).patch(`/api/funds/${fundId}`, { size: 1 }), 403);
  });

  it('records capital cooperation with a chain master only', async () => {
    const ok = await finance.post(`/api/funds/${fundId}/cooperations`, {
      enterpriseId: w.enterprises.entA,
      chainId: w.chains.chainA,
      cooperatedOn: '2024-03-15',
      form: '共同设立子基金',
      amount: 200_000_000,
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().cooperations).toHaveLength(1);
    const notMaster = await finance.post(`/api/funds/${fundId}/cooperations`, {
      enterpriseId: w.enterprises.entB,
      chainId: w.chains.chainB,
      cooperatedOn: '2024-03-15',
      form: '股权投资',
      amount: 1,
    });
    expect(expectApiError(notMaster, 400).fields).toHaveProperty('enterpriseId');
  });

  it('investments move through stages with history, and are seen by the chains they touch', async () => {
    const before = await lastAuditId(t.deps.db);
    const res = await finance.post(`/api/funds/${fundId}/investments`, {
      enterpriseId: w.enterprises.entA,
      chainId: w.chains.chainA,
      amount: 150_000_000,
      investedOn: '2024-04-10',
      stage: 'dueDiligence',
    });
    expect(res.statusCode, res.body).toBe(201);
    const invA = res.json().investments[0];
    expect((await auditRowsAfter(t.deps.db, before)).map((r) => r.entity_type)).toEqual(['fundInvestment']);
    const onProject = await office.post(`/api/funds/${fundId}/investments`, {
      projectId: w.projects.projB,
      amount: 80_000_000,
      investedOn: '2024-05-20',
      stage: 'invested',
    });
    expect(onProject.statusCode, onProject.body).toBe(201);
    expect(onProject.json().investments.find((i: { projectId: number }) => i.projectId === w.projects.projB).chainId).toBe(w.chains.chainB);
    expectApiError(await finance.post(`/api/funds/${fundId}/investments`, { amount: 1, investedOn: '2024-05-20', stage: 'intent' }), 400);
    expectApiError(
      await finance.post(`/api/funds/${fundId}/investments`, {
        enterpriseId: w.enterprises.entB,
        chainId: w.chains.chainA,
        amount: 1,
        investedOn: '2024-05-20',
        stage: 'intent',
      }),
      400,
    );
    const moved = await finance.patch(`/api/fund-investments/${invA.id}`, { stage: 'invested', investedOn: '2024-06-30' });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().stage).toBe('invested');
    expect(moved.json().history).toHaveLength(2);
    expect(moved.json().history[1].summary).toContain('尽调 → 已投');
    const history = (await office.get(`/api/funds/${fundId}/history`)).json();
    expect(history.map((h: { entityType: string }) => h.entityType)).toEqual(
      expect.arrayContaining(['fund', 'fundCooperation', 'fundInvestment']),
    );

    // read scope: chainA business sees entA's investment, not projB's; entA sees its own
    const leadA = (await (await t.login('leadAViewer')).get(`/api/funds/${fundId}`)).json();
    expect(leadA.investments.map((i: { id: number }) => i.id)).toEqual([invA.id]);
    expect(leadA.investedAmount).toBe(150_000_000);
    const ent = (await (await t.login('enterpriseEditor')).get(`/api/funds/${fundId}`)).json();
    expect(ent.investments).toHaveLength(1);
    expect(ent.cooperations).toHaveLength(1);
    const cityB = (await (await t.login('cityBEditor')).get(`/api/funds/${fundId}`)).json();
    expect(cityB.investments.map((i: { chainId: number }) => i.chainId)).toEqual([w.chains.chainB]);
    expect(cityB.cooperations).toHaveLength(0);
    expectApiError(await (await t.login('leadBEditor')).patch(`/api/fund-investments/${invA.id}`, { stage: 'exited' }), 404);

    // funds at work per chain
    const atWork = await fundsRepository.fundsAtWork(t.deps.db, 2024);
    expect(atWork.sort((a, b) => a.chainId - b.chainId)).toEqual(
      [
        { chainId: w.chains.chainA, funds: 1, invested: 150_000_000 },
        { chainId: w.chains.chainB, funds: 1, invested: 80_000_000 },
      ].sort((a, b) => a.chainId - b.chainId),
    );
    expect(await fundsRepository.fundsAtWork(t.deps.db, 2023)).toEqual([]);
    const byChain = (await office.get('/api/funds/by-chain?year=2024')).json();
    expect(byChain.find((c: { chainId: number }) => c.chainId === w.chains.chainA)).toMatchObject({
      fundsAtWork: 1,
      investedAmount: 150_000_000,
      cooperationAmount: 200_000_000,
    });
    const exported = await office.get('/api/funds/export');
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toContain('spreadsheetml');
  });

  it('an investment becomes a fund-sourced attraction lead of the hosting city, once', async () => {
    const detail = (await office.get(`/api/funds/${fundId}`)).json();
    const inv = detail.investments.find((i: { enterpriseId: number | null }) => i.enterpriseId === w.enterprises.entA);
    const body = { cityId: w.orgs.cityA, zoneId: w.orgs.zoneA, responsiblePerson: '王主任' };
    expectApiError(await finance.post(`/api/fund-investments/${inv.id}/lead`, body), 403);
    expectApiError(await (await t.login('cityBEditor')).post(`/api/fund-investments/${inv.id}/lead`, body), 404);
    const city = await t.login('cityAEditor');
    const res = await city.post(`/api/fund-investments/${inv.id}/lead`, body);
    expect(res.statusCode, res.body).toBe(201);
    const leadId = res.json().leadId;
    expect(leadId).toBeGreaterThan(0);
    const lead = (await city.get(`/api/leads/${leadId}`)).json();
    expect(lead).toMatchObject({ source: 'fund', chainId: w.chains.chainA, expectedInvestment: 150_000_000, pipelineStage: 'lead' });
    expectApiError(await city.post(`/api/fund-investments/${inv.id}/lead`, body), 409);
  });
});

describeOnBothDatabases('demo funds and policies', (kind) => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform(kind);
    await generateDemo(t.deps, { scale: 0.1 });
  });
  afterAll(() => t.close());

  it('a dozen funds of three levels at work, and policies whose effect compares 2023 with 2024', async () => {
    const office = await t.login(DEMO_LOGINS[0].username, DEMO_PASSWORD);
    const funds = (await office.get('/api/funds?pageSize=100')).json();
    expect(funds.total).toBe(12);
    expect(new Set(funds.items.map((f: { level: string }) => f.level))).toEqual(new Set(['national', 'provincial', 'city']));
    expect(funds.items.every((f: { demo: boolean }) => f.demo)).toBe(true);
    expect((await fundsRepository.fundsAtWork(t.deps.db, 2024)).length).toBeGreaterThan(0);
    const policies = (await office.get('/api/policies?pageSize=100')).json();
    expect(policies.total).toBe(20);
    const evaluations = await Promise.all(
      policies.items.map(async (p: { id: number }) => (await office.get(`/api/policies/${p.id}/evaluation`)).json()),
    );
    const compared = evaluations.filter((e) => e.totals.comparedEnterprises > 0);
    expect(compared.length).toBeGreaterThan(10);
    expect(compared[0].enterprises[0]).toMatchObject({ beforeYear: 2023, afterYear: 2024 });
  });
});
