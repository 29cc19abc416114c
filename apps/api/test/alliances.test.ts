import { creditCodeCheckChar } from '@chainboard/contracts';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { today } from '../src/lib/dates.js';
import { seedWorld, type World } from './personas.js';
import { type Client, describeOnBothDatabases, startTestPlatform, type TestPlatform } from './platform.js';

const code = (n: number) => {
  const first = `91140100${String(n).padStart(9, '0')}`;
  return first + creditCodeCheckChar(first);
};

describeOnBothDatabases('collaboration alliances', (kind) => {
  let t: TestPlatform;
  let w: World;
  let office: Client;
  let lead: Client;
  let city: Client;
  let master: { id: number };
  let srdi: { id: number };
  beforeAll(async () => {
    t = await startTestPlatform(kind);
    w = await seedWorld(t.deps);
    [office, lead, city] = await Promise.all([t.login('officeEditor'), t.login('leadAEditor'), t.login('cityAEditor')]);
    const register = async (n: number, name: string) =>
      (
        await city.post('/api/enterprises', {
          creditCode: code(n),
          name,
          cityId: w.orgs.cityA,
          chains: [{ chainId: w.chains.chainA, stage: 'upstream' }],
        })
      ).json();
    master = await register(1, '示例特钢集团');
    srdi = await register(2, '示例精密部件公司');
    expect(
      (await office.post(`/api/enterprises/${master.id}/tiers`, { chainId: w.chains.chainA, tier: 'master', validFrom: today() }))
        .statusCode,
    ).toBe(200);
    expect((await city.post(`/api/enterprises/${srdi.id}/honours`, { kind: 'srdi', level: 'provincial', year: 2023 })).statusCode).toBe(
      200,
    );
  });
  afterAll(() => t.close());

  it('is led by a chain master, gathers chain enterprises, records activities and keeps its documents with items', async () => {
    const input = {
      chainId: w.chains.chainA,
      name: '特钢材料产业链协作联合体',
      fields: ['technology', 'supplyDemand'],
      pilot: true,
      foundedOn: '2024-05-01',
    };
    const notMaster = await lead.post('/api/alliances', { ...input, leaderEnterpriseId: srdi.id });
    expect(notMaster.statusCode).toBe(400);
    expect(notMaster.json().message).toContain('链主企业牵头');

    const created = await lead.post('/api/alliances', { ...input, leaderEnterpriseId: master.id });
    expect(created.statusCode, created.body).toBe(201);
    const alliance = created.json();
    expect(
      (await lead.post(`/api/alliances/${alliance.id}/members`, { enterpriseId: srdi.id, joinedOn: '2024-05-01' })).json().members,
    ).toEqual([{ enterpriseId: srdi.id, name: '示例精密部件公司', joinedOn: '2024-05-01', honours: ['专精特新中小企业'] }]);
    // another lead unit manages nothing here
    const other = await t.login('leadBEditor');
    expect((await other.get(`/api/alliances/${alliance.id}`)).statusCode).toBe(404);

    const activities = await lead.post(`/api/alliances/${alliance.id}/activities`, {
      date: '2024-06-12',
      field: 'technology',
      title: '高端轴承钢联合攻关启动会',
      result: '确定 3 项攻关任务',
    });
    expect(activities.json()).toHaveLength(1);

    const upload = await t.app.inject({
      method: 'POST',
      url: `/api/alliances/${alliance.id}/documents?kind=taskTable&title=${encodeURIComponent('2024年度任务表')}&fileName=${encodeURIComponent('任务表.pdf')}`,
      payload: Buffer.from('%PDF-1.4 示例'),
      headers: { 'content-type': 'application/pdf', 'x-csrf-token': lead.csrf as string },
      cookies: { cb_session: lead.session as string },
    });
    expect(upload.statusCode, upload.body).toBe(200);
    const doc = upload.json()[0];
    const withItem = await lead.post(`/api/documents/${doc.id}/items`, {
      content: '完成高端轴承钢中试',
      responsible: '示例特钢集团',
      dueOn: '2024-12-31',
    });
    const item = withItem.json()[0].items[0];
    expect(item).toMatchObject({ seq: 1, status: 'planned' });
    const done = await lead.patch(`/api/document-items/${item.id}`, { status: 'done' });
    expect(done.json()[0].items[0]).toMatchObject({ content: '完成高端轴承钢中试', status: 'done' });

    const file = await city.get(`/api/documents/${doc.id}/content`);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.toString()).toBe('%PDF-1.4 示例');

    expect(
      (await office.get(`/api/alliances?pilot=true&chainId=${w.chains.chainA}&enterpriseId=${srdi.id}`))
        .json()
        .items.map((a: { id: number }) => a.id),
    ).toEqual([alliance.id]);
    // who changed what: each record's history, for those who may read the record
    const history = (await city.get(`/api/enterprises/${master.id}/history`)).json();
    expect(history.map((h: { entityType: string; action: string }) => `${h.entityType}:${h.action}`).sort()).toEqual([
      'enterprise:create',
      'enterpriseTier:update',
    ]);
    expect(history[0].actorUsername).toBe('officeEditor');

    const cityB = await t.login('cityBEditor');
    expect((await cityB.get(`/api/enterprises/${master.id}/history`)).statusCode).toBe(404);
    expect((await cityB.get(`/api/documents/${doc.id}/content`)).statusCode).toBe(404);
  });
});
