import JSZip from 'jszip';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { today } from '../src/lib/dates.js';
import { seedWorld, type World } from './personas.js';
import { type Client, describeOnBothDatabases, startTestPlatform, type TestPlatform } from './platform.js';

const inDays = (n: number) => {
  const d = new Date(`${today()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

describeOnBothDatabases('the problem list', (kind) => {
  let t: TestPlatform;
  let w: World;
  let enterprise: Client;
  let city: Client;
  let lead: Client;
  let office: Client;
  beforeAll(async () => {
    t = await startTestPlatform(kind);
    w = await seedWorld(t.deps);
    [enterprise, city, lead, office] = await Promise.all([
      t.login('enterpriseEditor'),
      t.login('cityAEditor'),
      t.login('leadAEditor'),
      t.login('officeEditor'),
    ]);
  });
  afterAll(() => t.close());

  const step = (c: Client, id: number, body: Record<string, unknown>) => c.post(`/api/problems/${id}/steps`, body);

  it('goes from raising to a rated close, through automatic escalation, a meeting and a reopening', async () => {
    const raised = await enterprise.post('/api/problems', {
      title: '项目用地指标不足',
      description: '二期厂房用地指标尚未落实，影响开工',
      category: 'land',
      chainId: w.chains.chainA,
      responsibleOrgId: w.orgs.cityA,
      responsiblePerson: '李示例',
      deadline: inDays(3),
    });
    expect(raised.statusCode, raised.body).toBe(201);
    const id = raised.json().id;
    expect((await step(city, id, { step: 'accept', note: '已受理' })).json().state).toBe('accepted');

    // the deadline passes by more than the configured days: it rises to the chain leader by itself
    await t.deps.db
      .updateTable('problems')
      .set({ deadline: inDays(-10) })
      .where('id', '=', id)
      .execute();
    const overdue = (await city.get(`/api/problems/${id}`)).json();
    expect(overdue).toMatchObject({ level: 'chainLeader', overdue: true });
    const leader = await t.login('chainLeaderA');
    expect((await leader.get('/api/problems?level=chainLeader')).json().items.map((p: { id: number }) => p.id)).toContain(id);

    const meeting = await lead.post('/api/meetings', {
      chainId: w.chains.chainA,
      heldOn: today(),
      title: '特钢材料产业链链长协调会',
      location: '省政府第三会议室',
      attendees: '链长、省工信厅、太原市政府',
      problemIds: [id],
    });
    expect(meeting.statusCode, meeting.body).toBe(201);
    const withDecision = await lead.post(`/api/meetings/${meeting.json().id}/decisions`, {
      content: '由太原市统筹调剂用地指标',
      ownerOrgId: w.orgs.cityA,
      deadline: inDays(30),
      problemId: id,
    });
    expect(withDecision.statusCode, withDecision.body).toBe(200);

    expect((await step(city, id, { step: 'answer', note: '已按会议议定调剂用地指标 50 亩' })).json().state).toBe('answered');
    // nobody but the raiser closes it
    expect((await step(city, id, { step: 'rate', rating: 'satisfied' })).statusCode).toBe(403);
    expect((await step(office, id, { step: 'rate', rating: 'satisfied' })).statusCode).toBe(403);
    expect((await step(enterprise, id, { step: 'rate', rating: 'unsatisfied' })).json().fields.note).toBeDefined();
    expect((await step(enterprise, id, { step: 'rate', rating: 'unsatisfied', note: '指标只落实一半' })).json().state).toBe('inProgress');
    expect((await step(city, id, { step: 'answer', note: '剩余 50 亩指标已落实' })).json().state).toBe('answered');
    const closed = (await step(enterprise, id, { step: 'rate', rating: 'satisfied' })).json();
    expect(closed).toMatchObject({ state: 'closed', rating: 'satisfied' });

    const timeline = (await enterprise.get(`/api/problems/${id}/timeline`)).json();
    expect(timeline.map((e: { kind: string }) => e.kind)).toEqual([
      'raised',
      'accept',
      'escalated',
      'onAgenda',
      'decision',
      'answer',
      'reopened',
      'answer',
      'rate',
    ]);
    expect(timeline[2].note).toBe('超过办理期限 7 天，自动提级至链长协调');

    const stats = (await office.get('/api/problems/stats')).json();
    expect(stats.byState).toEqual({ closed: 1 });
    expect(stats.averageDaysToSolve).not.toBeNull();

    const minutes = await lead.get(`/api/meetings/${meeting.json().id}/minutes`);
    expect(minutes.statusCode).toBe(200);
    const docx = await JSZip.loadAsync(minutes.rawPayload);
    const xml = await docx.file('word/document.xml')?.async('string');
    expect(xml).toContain('特钢材料产业链链长协调会议纪要');
    expect(xml).toContain('由太原市统筹调剂用地指标');
    expect(xml).toContain('项目用地指标不足');
  });

  it('the raiser and the responsible unit attach evidence; whoever sees the problem reads it', async () => {
    const id = (
      await enterprise.post('/api/problems', {
        title: '环评批复慢',
        description: '环评审批超过法定时限',
        category: 'approval',
        chainId: w.chains.chainA,
        responsibleOrgId: w.orgs.cityA,
        deadline: inDays(10),
      })
    ).json().id;
    const upload = (c: Client) =>
      t.app.inject({
        method: 'POST',
        url: `/api/problems/${id}/documents?title=${encodeURIComponent('受理回执')}&fileName=${encodeURIComponent('回执.pdf')}`,
        payload: Buffer.from('%PDF-1.4 回执'),
        headers: { 'content-type': 'application/pdf', 'x-csrf-token': c.csrf as string },
        cookies: { cb_session: c.session as string },
      });
    const uploaded = await upload(enterprise);
    expect(uploaded.statusCode, uploaded.body).toBe(200);
    expect(uploaded.json()[0]).toMatchObject({ kind: 'attachment', title: '受理回执', fileName: '回执.pdf' });
    expect((await upload(city)).statusCode).toBe(200);
    expect((await upload(lead)).statusCode).toBe(403); // sees it as the chain's lead unit, but neither raised nor handles it
    const docs = (await lead.get(`/api/problems/${id}/documents`)).json();
    expect(docs).toHaveLength(2);
    expect((await lead.get(`/api/documents/${docs[0].id}/content`)).rawPayload.toString()).toBe('%PDF-1.4 回执');
    expect((await (await t.login('cityBEditor')).get(`/api/documents/${docs[0].id}/content`)).statusCode).toBe(404);
  });

  it('a problem names only a project, an enterprise and a visit its raiser may see', async () => {
    const cityB = await t.login('cityBEditor');
    const base = {
      title: '越权关联',
      description: '关联了看不到的记录',
      category: 'other',
      chainId: w.chains.chainB,
      responsibleOrgId: w.orgs.leadB,
      deadline: '2099-12-31',
    };
    const project = await cityB.post('/api/problems', { ...base, projectId: w.projects.projA });
    expect(project.statusCode).toBe(400);
    expect(project.json().fields.projectId).toBe('请选择本单位可见的项目');
    const enterprise = await cityB.post('/api/problems', { ...base, enterpriseId: w.enterprises.entA });
    expect(enterprise.json().fields.enterpriseId).toBe('请选择本单位可见的企业');
    expect((await cityB.post('/api/problems', { ...base, projectId: w.projects.projB, enterpriseId: w.enterprises.entB })).statusCode).toBe(
      201,
    );
  });

  it('nobody outside the responsible chain of organisations sees a problem', async () => {
    const id = (
      await enterprise.post('/api/problems', {
        title: '融资难',
        description: '流动资金紧张',
        category: 'funding',
        chainId: w.chains.chainA,
        responsibleOrgId: w.orgs.leadA,
        deadline: inDays(20),
      })
    ).json().id;
    for (const outsider of ['cityBEditor', 'leadBEditor', 'zoneBEditor', 'memberViewer', 'sysAdmin', 'auditAdmin']) {
      const c = await t.login(outsider);
      expect((await c.get(`/api/problems/${id}`)).statusCode, outsider).toBe(404);
    }
    for (const insider of ['leadAEditor', 'officeViewer', 'generalLeader', 'chainLeaderA']) {
      expect((await (await t.login(insider)).get(`/api/problems/${id}`)).statusCode, insider).toBe(200);
    }
    // the lead unit lifts it to the chain leader; only the office to the general chain leader
    expect((await step(lead, id, { step: 'escalate', note: '涉及跨部门协调' })).json().level).toBe('chainLeader');
    expect((await step(lead, id, { step: 'escalate', note: '特别重大' })).statusCode).toBe(403);
    expect((await step(office, id, { step: 'escalate', note: '请示总链长' })).json().level).toBe('generalLeader');
  });
});
