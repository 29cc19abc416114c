import { creditCodeCheckChar } from '@chainboard/contracts';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { today } from '../src/lib/dates.js';
import { seedWorld, type World } from './personas.js';
import { type Client, describeOnBothDatabases, startTestPlatform, type TestPlatform } from './platform.js';

const code = (n: number) => {
  const first = `91140100${String(n).padStart(9, '0')}`;
  return first + creditCodeCheckChar(first);
};

describeOnBothDatabases('链核 evaluation round', (kind) => {
  let t: TestPlatform;
  let w: World;
  let office: Client;
  let lead: Client;
  let city: Client;
  beforeAll(async () => {
    t = await startTestPlatform(kind);
    w = await seedWorld(t.deps);
    [office, lead, city] = await Promise.all([t.login('officeEditor'), t.login('leadAEditor'), t.login('cityAEditor')]);
  });
  afterAll(() => t.close());

  it('lead unit opens, enterprises declare, lead unit scores, office decides and publishes; tiers change from the round date', async () => {
    const enterprises = [];
    for (const n of [1, 2]) {
      const res = await city.post('/api/enterprises', {
        creditCode: code(n),
        name: `示例材料科技${n}有限公司`,
        cityId: w.orgs.cityA,
        zoneId: w.orgs.zoneA,
        chains: [{ chainId: w.chains.chainA, stage: 'midstream' }],
      });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().chains[0].tier).toBe('member');
      enterprises.push(res.json());
    }

    const d = today();
    const effectiveOn = '2030-07-01';
    const opened = await lead.post('/api/rounds', {
      kind: 'core',
      period: '2030H2',
      chainId: w.chains.chainA,
      title: '特钢材料链核企业评定',
      opensOn: d,
      closesOn: '2031-12-31',
      effectiveOn,
      criteria: '营收、研发投入、本地配套',
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const round = opened.json();

    // a lead unit cannot open a round on another unit's chain
    const foreign = await lead.post('/api/rounds', {
      ...round,
      chainId: w.chains.chainB,
      kind: 'core',
      period: '2030H2',
      opensOn: d,
      closesOn: '2031-12-31',
      effectiveOn,
    });
    expect(foreign.statusCode).toBe(403);

    const declarations = [];
    for (const e of enterprises) {
      const res = await city.post(`/api/rounds/${round.id}/declarations`, {
        enterpriseId: e.id,
        chainId: w.chains.chainA,
        revenue: 1_200_000_000,
        output: 1_000_000_000,
        tax: 50_000_000,
        rdSpending: 40_000_000,
        employees: 800,
        investment: 100_000_000,
        localSupplyShare: 35.5,
        statement: '申报链核企业',
      });
      expect(res.statusCode, res.body).toBe(201);
      declarations.push(res.json());
    }

    // scoring waits for the review stage
    expect((await lead.post(`/api/declarations/${declarations[0].id}/review`, { score: 90 })).statusCode).toBe(400);
    expect((await lead.post(`/api/rounds/${round.id}/advance`, { to: 'review' })).statusCode).toBe(200);
    for (const [i, dcl] of declarations.entries()) {
      const res = await lead.post(`/api/declarations/${dcl.id}/review`, { score: 90 - i * 10, comment: '符合条件' });
      expect(res.statusCode, res.body).toBe(200);
    }
    // only the office decides
    expect((await lead.post(`/api/declarations/${declarations[0].id}/decision`, { decision: 'approved' })).statusCode).toBe(403);
    for (const dcl of declarations) {
      expect((await office.post(`/api/declarations/${dcl.id}/decision`, { decision: 'approved', note: '同意认定' })).statusCode).toBe(200);
    }
    expect((await office.post(`/api/rounds/${round.id}/advance`, { to: 'published' })).statusCode).toBe(400); // no skipping
    expect((await office.post(`/api/rounds/${round.id}/advance`, { to: 'decided' })).statusCode).toBe(200);
    expect((await city.get(`/api/rounds/${round.id}/results`)).statusCode).toBe(400); // not yet published
    expect((await office.post(`/api/rounds/${round.id}/advance`, { to: 'published' })).statusCode).toBe(200);

    const results = (await city.get(`/api/rounds/${round.id}/results`)).json();
    expect(results.map((r: { enterpriseName: string }) => r.enterpriseName).sort()).toEqual(enterprises.map((e) => e.name).sort());

    // who was 链核 of the chain before and after the round's date
    const before = (await office.get(`/api/tier-holders?chainId=${w.chains.chainA}&on=2030-06-30&tier=core`)).json();
    const after = (await office.get(`/api/tier-holders?chainId=${w.chains.chainA}&on=${effectiveOn}&tier=core`)).json();
    expect(before).toEqual([]);
    expect(after.map((h: { enterpriseId: number }) => h.enterpriseId).sort()).toEqual(enterprises.map((e) => e.id).sort());

    const history = (await city.get(`/api/enterprises/${enterprises[0].id}/tiers`)).json();
    expect(history.map((s: { tier: string; validFrom: string; validTo: string | null }) => [s.tier, s.validFrom, s.validTo])).toEqual([
      ['member', d, effectiveOn],
      ['core', effectiveOn, null],
    ]);
  });

  it('another city cannot see or declare for these enterprises', async () => {
    const other = await t.login('cityBEditor');
    const list = (await other.get('/api/enterprises?pageSize=100')).json();
    // the seeded world's city B enterprise only
    expect(list.items.map((e: { id: number }) => e.id)).toEqual([w.enterprises.entB]);
    const firstId = (await city.get('/api/enterprises')).json().items[0].id;
    expect((await other.get(`/api/enterprises/${firstId}`)).statusCode).toBe(404);
  });

  it('refuses a credit code with a wrong check character, and a second registration of the same code', async () => {
    const bad = code(3).slice(0, 17) + (code(3)[17] === '0' ? '1' : '0');
    const res = await city.post('/api/enterprises', { creditCode: bad, name: '校验位错误公司', cityId: w.orgs.cityA });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields.creditCode).toContain('校验位错误');
    const dup = await city.post('/api/enterprises', { creditCode: code(1), name: '重复公司', cityId: w.orgs.cityA });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().message).toBe(`统一社会信用代码 ${code(1)} 已登记，同一企业不能重复登记`);
  });
});
