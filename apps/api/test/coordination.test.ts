import { afterAll, beforeAll, expect, it } from 'vitest';
import ExcelJS from '../src/excel/exceljs.js';
import { seedWorld, type World } from './personas.js';
import { type Client, describeOnBothDatabases, startTestPlatform, type TestPlatform } from './platform.js';

describeOnBothDatabases('matchmaking events and forging contacts', (kind) => {
  let t: TestPlatform;
  let w: World;
  let city: Client;
  let office: Client;
  beforeAll(async () => {
    t = await startTestPlatform(kind);
    w = await seedWorld(t.deps);
    [city, office] = await Promise.all([t.login('cityAEditor'), t.login('officeEditor')]);
  });
  afterAll(() => t.close());

  it("a city's events and their signings count toward the plan's matchmaking target", async () => {
    for (const n of [1, 2]) {
      const res = await city.post('/api/matchmaking-events', {
        title: `特钢材料上下游协作配套对接会${n}`,
        heldOn: `2024-0${n + 4}-18`,
        place: '太原市',
        organiserId: w.orgs.cityA,
        chainIds: [w.chains.chainA],
      });
      expect(res.statusCode, res.body).toBe(201);
      if (n === 1) {
        const signed = await city.post(`/api/matchmaking-events/${res.json().id}/signings`, {
          buyerName: '示例特钢集团',
          supplierName: '示例耐材公司',
          product: '耐火材料',
          amount: 35_000_000,
        });
        expect(signed.json().signings).toHaveLength(1);
      }
    }
    expect(
      (
        await city.post('/api/matchmaking-events', {
          title: '越权',
          heldOn: '2024-05-01',
          place: '大同',
          organiserId: w.orgs.cityB,
          chainIds: [w.chains.chainA],
        })
      ).statusCode,
    ).toBe(403);
    const target = (await office.get('/api/plans/2024')).json().targets.find((x: { key: string }) => x.key === 'matchmakingPerCity');
    expect(target).toMatchObject({ actual: 2, unitsMet: 1, unitsTotal: 12 });
    expect((await office.get(`/api/matchmaking-events?year=2024&organiserId=${w.orgs.cityA}`)).json().total).toBe(2);
  });

  it('a lead unit records its contacts with zones on its own chains', async () => {
    const lead = await t.login('leadAEditor');
    expect(
      (
        await lead.post('/api/forging-contacts', {
          chainId: w.chains.chainA,
          zoneId: w.orgs.zoneA,
          contactedOn: '2024-04-02',
          subject: '特钢园区项目对接',
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (
        await lead.post('/api/forging-contacts', {
          chainId: w.chains.chainB,
          zoneId: w.orgs.zoneA,
          contactedOn: '2024-04-02',
          subject: '越权',
        })
      ).statusCode,
    ).toBe(403);
    expect((await (await t.login('zoneAEditor')).get('/api/forging-contacts')).json().total).toBe(1);
    expect((await (await t.login('zoneBEditor')).get('/api/forging-contacts')).json().total).toBe(0);
  });

  it('exports the events with their signings and the contacts, filtered and scoped like the lists', async () => {
    const sheets = async (client: Client, url: string) => {
      const res = await client.get(url);
      expect(res.statusCode, res.body).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      return wb.worksheets.map((ws) => ({
        name: ws.name,
        rows: ws
          .getSheetValues()
          .filter(Boolean)
          .map((r) => (r as unknown[]).slice(1)),
      }));
    };
    const [events, signings] = await sheets(office, `/api/matchmaking-events/export?year=2024&organiserId=${w.orgs.cityA}`);
    expect(events?.name).toBe('协作配套活动');
    expect(events?.rows).toHaveLength(3);
    const first = events?.rows.find((r) => r[0] === '特钢材料上下游协作配套对接会1');
    expect(first?.slice(5, 8)).toEqual([0, 1, 3500]);
    expect(signings?.rows.slice(1)).toEqual([
      ['特钢材料上下游协作配套对接会1', '2024-05-18', expect.any(String), '示例特钢集团', '示例耐材公司', '耐火材料', 3500],
    ]);
    expect((await sheets(office, '/api/matchmaking-events/export?year=2023'))[0]?.rows).toHaveLength(1);

    const [zoneA] = await sheets(await t.login('zoneAEditor'), '/api/forging-contacts/export');
    expect(zoneA?.rows.slice(1).map((r) => r[4])).toEqual(['特钢园区项目对接']);
    const [zoneB] = await sheets(await t.login('zoneBEditor'), '/api/forging-contacts/export');
    expect(zoneB?.rows).toHaveLength(1);
    expect((await (await t.login('enterpriseEditor')).get('/api/matchmaking-events/export')).statusCode).toBe(200);
  });
});
