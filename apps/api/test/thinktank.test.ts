import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/demo/demo-logins.js';
import { generateDemo } from '../src/demo/generate-demo.js';
import { XLSX_TYPE } from '../src/excel/write-sheet.js';
import { expertGroupsPublished } from '../src/modules/thinktank/thinktank.repository.js';
import { addUser, expectApiError, unique } from './helpers.js';
import { seedWorld, type World } from './personas.js';
import { type Client, describeOnBothDatabases, startTestPlatform, type TestPlatform } from './platform.js';

describeOnBothDatabases('the think tank', (kind) => {
  let t: TestPlatform;
  let w: World;
  let office: Client;
  let leadA: Client;
  let expert: Client;
  const newExpert = (chainIds: number[], name = unique('专家')) => ({
    name,
    field: '新材料',
    workUnit: '山西大学',
    title: '研究员',
    phone: '13800000000',
    chainIds,
  });
  beforeAll(async () => {
    t = await startTestPlatform(kind);
    w = await seedWorld(t.deps);
    [office, leadA, expert] = await Promise.all([t.login('officeEditor'), t.login('leadAEditor'), t.login('expertUser')]);
  });
  afterAll(() => t.close());

  it('the office keeps the pool; a lead unit adds experts only for its own chains', async () => {
    const byOffice = await office.post('/api/experts', newExpert([w.chains.chainA, w.chains.chainB]));
    expect(byOffice.statusCode, byOffice.body).toBe(201);
    expect(byOffice.json().chains).toHaveLength(2);
    expect((await leadA.post('/api/experts', newExpert([w.chains.chainA]))).statusCode).toBe(201);
    expectApiError(await leadA.post('/api/experts', newExpert([w.chains.chainB])), 403);
    expectApiError(await leadA.post('/api/experts', newExpert([w.chains.chainA, w.chains.chainB])), 403);
    // lead unit A may edit the two-chain expert, but only change its own chain on it
    const id = byOffice.json().id;
    const drop = await leadA.put(`/api/experts/${id}`, { ...newExpert([w.chains.chainA], byOffice.json().name), field: '特钢' });
    expectApiError(drop, 403);
    const edit = await leadA.put(`/api/experts/${id}`, {
      ...newExpert([w.chains.chainA, w.chains.chainB], byOffice.json().name),
      field: '特钢',
    });
    expect(edit.statusCode, edit.body).toBe(200);
    expect(edit.json().field).toBe('特钢');
    const history = (await office.get(`/api/experts/${id}/history`)).json();
    expect(history.map((h: { action: string }) => h.action)).toEqual(['update', 'create']);
    expect((await office.get('/api/experts?q=特钢')).json().total).toBeGreaterThanOrEqual(1);
    const sheet = await office.get(`/api/experts/export?chainId=${w.chains.chainB}`);
    expect(sheet.statusCode).toBe(200);
    expect(sheet.headers['content-type']).toContain(XLSX_TYPE);
  });

  it('refuses bad input with messages per field', async () => {
    const noContact = expectApiError(await office.post('/api/experts', { ...newExpert([w.chains.chainA]), phone: '' }), 400);
    expect(noContact.fields?.phone).toContain('联系电话');
    const badEmail = expectApiError(await office.post('/api/experts', { ...newExpert([w.chains.chainA]), email: 'not-an-email' }), 400);
    expect(badEmail.fields?.email).toBeDefined();
    expect(expectApiError(await office.post('/api/experts', newExpert([])), 400).fields?.chainIds).toBeDefined();
    expectApiError(await office.post('/api/experts', newExpert([999_999])), 400);
    expectApiError(
      await office.post('/api/consultations', { chainId: w.chains.chainA, heldOn: '2024-13-01', topic: 'x', expertIds: [w.expert] }),
      400,
    );
    expectApiError(
      await office.post('/api/expert-pairings', {
        expertId: w.expert,
        enterpriseId: w.enterprises.entA,
        chainId: w.chains.chainA,
        fromOn: '2024-05-01',
        toOn: '2024-04-01',
      }),
      400,
    );
    // entB is not on chainA
    const offChain = expectApiError(
      await office.post('/api/expert-pairings', {
        expertId: w.expert,
        enterpriseId: w.enterprises.entB,
        chainId: w.chains.chainA,
        fromOn: '2024-05-01',
      }),
      400,
    );
    expect(offChain.fields?.enterpriseId).toBeDefined();
  });

  it('an unpublished group is seen by the office and the lead unit; the office publishes it for everybody', async () => {
    const chainA = w.chains.chainA;
    const other = (await office.post('/api/experts', newExpert([w.chains.chainB]))).json().id;
    const outside = expectApiError(
      await leadA.put(`/api/expert-groups/${chainA}/members`, { members: [{ expertId: other, role: 'member' }] }),
      400,
    );
    expect(outside.message).toContain('未登记服务');
    expectApiError(
      await leadA.put(`/api/expert-groups/${chainA}/members`, {
        members: [
          { expertId: w.expert, role: 'leader' },
          { expertId: w.expert, role: 'member' },
        ],
      }),
      400,
    );
    const set = await leadA.put(`/api/expert-groups/${chainA}/members`, { members: [{ expertId: w.expert, role: 'leader' }] });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({ chainId: chainA, publishedAt: null, members: [{ expertId: w.expert, role: 'leader' }] });
    expectApiError(await (await t.login('leadBEditor')).put(`/api/expert-groups/${chainA}/members`, { members: [] }), 404);

    const city = await t.login('cityAEditor');
    const member = await t.login('memberViewer');
    expectApiError(await city.get(`/api/expert-groups/${chainA}`), 404);
    expect((await member.get('/api/expert-groups')).json().map((g: { chainId: number }) => g.chainId)).not.toContain(chainA);
    expect((await (await t.login('leadAViewer')).get(`/api/expert-groups/${chainA}`)).statusCode).toBe(200);

    expectApiError(await leadA.post(`/api/expert-groups/${chainA}/publish`, {}), 403);
    expectApiError(await office.post(`/api/expert-groups/${w.chains.chainB}/publish`, {}), 400);
    const published = await office.post(`/api/expert-groups/${chainA}/publish`, { publishedAt: '2024-03-20' });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json().publishedAt).toBe('2024-03-20');
    expectApiError(await office.post(`/api/expert-groups/${chainA}/publish`, {}), 409);
    expect((await city.get(`/api/expert-groups/${chainA}`)).json().members).toHaveLength(1);
    expect((await member.get('/api/expert-groups')).json().map((g: { chainId: number }) => g.chainId)).toEqual([chainA]);
    expect(await expertGroupsPublished(t.deps.db, 2024)).toEqual([chainA]);
    expect(await expertGroupsPublished(t.deps.db, 2023)).toEqual([]);
    const history = (await office.get(`/api/expert-groups/${chainA}/history`)).json();
    expect(history).toHaveLength(2);
    expectApiError(await (await t.login('sysAdmin')).get('/api/expert-groups'), 403);
  });

  it('an expert sees only their own records and may log services on their own pairings', async () => {
    const someone = (await office.post('/api/experts', newExpert([w.chains.chainA]))).json().id;
    const mine = await leadA.post('/api/consultations', {
      chainId: w.chains.chainA,
      heldOn: '2024-05-10',
      topic: '特钢材料技术路线咨询',
      expertIds: [w.expert, someone],
      enterpriseIds: [w.enterprises.entA],
      outcome: '形成三条建议',
    });
    expect(mine.statusCode, mine.body).toBe(201);
    expect(mine.json().enterprises).toEqual([{ id: w.enterprises.entA, name: expect.any(String) }]);
    const notMine = (
      await office.post('/api/consultations', { chainId: w.chains.chainA, heldOn: '2024-06-10', topic: '另一次', expertIds: [someone] })
    ).json();
    expectApiError(
      await (await t.login('leadBEditor')).post('/api/consultations', {
        chainId: w.chains.chainA,
        heldOn: '2024-06-10',
        topic: '越权',
        expertIds: [someone],
      }),
      403,
    );

    const report = await leadA.post('/api/expert-reports', {
      chainId: w.chains.chainA,
      title: '关于特钢产业链延链补链的建议',
      reportedOn: '2024-07-01',
      expertIds: [w.expert],
      recommendations: '建议引进高端模具钢项目',
    });
    expect(report.statusCode, report.body).toBe(201);
    expect(report.json().followUpState).toBe('pending');
    const followed = await leadA.patch(`/api/expert-reports/${report.json().id}/follow-up`, {
      followUp: '已对接两家企业',
      followUpState: 'inProgress',
    });
    expect(followed.json().followUpState).toBe('inProgress');
    const upload = await leadA.raw(
      'POST',
      `/api/expert-reports/${report.json().id}/documents?title=${encodeURIComponent('专家报告正文')}&fileName=report.pdf`,
      Buffer.from('%PDF-1.4 test'),
      'application/pdf',
    );
    expect(upload.statusCode, upload.body).toBe(200);
    expect((await expert.get(`/api/expert-reports/${report.json().id}/documents`)).json()).toHaveLength(1);
    expectApiError(
      await expert.raw(
        'POST',
        `/api/expert-reports/${report.json().id}/documents?title=x&fileName=x.pdf`,
        Buffer.from('%PDF'),
        'application/pdf',
      ),
      403,
    );

    const pairing = await leadA.post('/api/expert-pairings', {
      expertId: w.expert,
      enterpriseId: w.enterprises.entA,
      chainId: w.chains.chainA,
      fromOn: '2024-03-01',
      toOn: '2024-12-31',
    });
    expect(pairing.statusCode, pairing.body).toBe(201);
    const other = (
      await leadA.post('/api/expert-pairings', {
        expertId: someone,
        enterpriseId: w.enterprises.entA,
        chainId: w.chains.chainA,
        fromOn: '2024-03-01',
      })
    ).json();
    const served = await expert.post(`/api/expert-pairings/${pairing.json().id}/services`, {
      servedOn: '2024-04-15',
      content: '现场诊断热处理工艺',
    });
    expect(served.statusCode, served.body).toBe(200);
    expect(served.json().services).toMatchObject([{ servedOn: '2024-04-15', recordedBy: 'expertUser' }]);
    expectApiError(
      await expert.post(`/api/expert-pairings/${pairing.json().id}/services`, { servedOn: '2025-02-01', content: '期外' }),
      400,
    );
    expectApiError(await expert.post(`/api/expert-pairings/${other.id}/services`, { servedOn: '2024-04-15', content: '越权' }), 404);

    // the expert's lists hold only their own records
    expect((await expert.get('/api/experts')).json().items.map((x: { id: number }) => x.id)).toEqual([w.expert]);
    expectApiError(await expert.get(`/api/experts/${someone}`), 404);
    expect((await expert.get('/api/consultations')).json().items.map((x: { id: number }) => x.id)).toEqual([mine.json().id]);
    expectApiError(await expert.get(`/api/consultations/${notMine.id}`), 404);
    expect((await expert.get('/api/expert-pairings')).json().total).toBe(1);
    expect((await expert.get('/api/expert-reports')).json().total).toBe(1);
    const work = (await expert.get('/api/my-expert-work')).json();
    expect(work.expert.id).toBe(w.expert);
    expect(work.consultations).toHaveLength(1);
    expect(work.reports).toHaveLength(1);
    expect(work.pairings[0].services).toHaveLength(1);
    expect(work.groups.map((g: { chainId: number }) => g.chainId)).toEqual([w.chains.chainA]);
    // and nothing else of the platform
    for (const url of ['/api/enterprises', '/api/projects', '/api/problems', '/api/chains', '/api/alliances', '/api/matchmaking-events']) {
      const res = await expert.get(url);
      if (res.statusCode === 200) expect(res.json().total ?? res.json().items?.length ?? res.json().length, url).toBe(0);
      else expectApiError(res);
    }
    expectApiError(await expert.post('/api/experts', newExpert([w.chains.chainA])), 403);
    expectApiError(
      await expert.post('/api/consultations', { chainId: w.chains.chainA, heldOn: '2024-06-10', topic: '自记', expertIds: [w.expert] }),
      403,
    );
    expectApiError(await office.get('/api/my-expert-work'), 403);
    const sheet = await office.get('/api/consultations/export?year=2024');
    expect(sheet.headers['content-type']).toContain(XLSX_TYPE);
    expect((await office.get('/api/expert-pairings/export')).statusCode).toBe(200);
  });

  it('the system administrator links an account to an expert', async () => {
    const sys = await t.login('sysAdmin');
    const id = (await office.post('/api/experts', newExpert([w.chains.chainA]))).json().id;
    const userId = await addUser(t.deps, { username: unique('expert'), organisationId: w.orgs.office, roles: ['expert'] });
    expectApiError(await office.put(`/api/experts/${id}/account`, { userId }), 403);
    expectApiError(await sys.put(`/api/experts/${id}/account`, { userId: w.users.auditAdmin }), 400);
    expectApiError(await sys.put(`/api/experts/${id}/account`, { userId: w.users.expertUser }), 409);
    const linked = await sys.put(`/api/experts/${id}/account`, { userId });
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json()).toMatchObject({ expertId: id, userId });
    expect((await sys.get('/api/expert-accounts')).json().find((a: { expertId: number }) => a.expertId === id).userId).toBe(userId);
    const unlinkedUser = await addUser(t.deps, { username: unique('expert'), organisationId: w.orgs.office, roles: ['expert'] });
    const stranger = await t.login(
      (await t.deps.db.selectFrom('users').select('username').where('id', '=', unlinkedUser).executeTakeFirstOrThrow()).username,
    );
    expect(expectApiError(await stranger.get('/api/experts'), 403).message).toContain('尚未关联');
  });
});

describeOnBothDatabases('think-tank demo data', (kind) => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform(kind, { demo: true });
    await generateDemo(t.deps, { scale: 0.1 });
  });
  afterAll(() => t.close());

  it('holds experts across the chains, a published group per chain, and the expert login sees its own', async () => {
    const office = await t.login('office', DEMO_PASSWORD);
    const experts = (await office.get('/api/experts?pageSize=1')).json();
    expect(experts.total).toBeGreaterThanOrEqual(60);
    expect(experts.items[0].demo).toBe(true);
    const groups = (await office.get('/api/expert-groups')).json() as { publishedAt: string | null; members: unknown[] }[];
    expect(groups).toHaveLength(16);
    expect(groups.every((g) => g.publishedAt?.startsWith('2024-03') && g.members.length >= 4)).toBe(true);
    expect(await expertGroupsPublished(t.deps.db, 2024)).toHaveLength(16);
    expect((await office.get('/api/consultations?pageSize=1')).json().total).toBeGreaterThanOrEqual(32);
    expect((await office.get('/api/expert-reports?pageSize=1')).json().total).toBeGreaterThanOrEqual(16);
    expect((await office.get('/api/expert-pairings?pageSize=1')).json().total).toBeGreaterThanOrEqual(16);
    const mine = (await (await t.login('expert', DEMO_PASSWORD)).get('/api/my-expert-work')).json();
    expect(mine.groups.length).toBeGreaterThanOrEqual(1);
    expect(mine.consultations.length + mine.pairings.length).toBeGreaterThan(0);
  });
});
