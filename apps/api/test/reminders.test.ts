import { afterAll, beforeAll, expect, it } from 'vitest';
import { daysAfter, today } from '../src/lib/dates.js';
import { seedWorld, type World } from './personas.js';
import { type Client, describeOnBothDatabases, startTestPlatform, type TestPlatform } from './platform.js';

describeOnBothDatabases('work reports and reminders', (kind) => {
  let t: TestPlatform;
  let w: World;
  let office: Client;
  let lead: Client;
  let member: Client;
  beforeAll(async () => {
    t = await startTestPlatform(kind);
    w = await seedWorld(t.deps);
    office = await t.login('officeEditor');
    lead = await t.login('leadAEditor');
    member = await t.login('memberViewer');
  });
  afterAll(() => t.close());

  it('lead units send quarterly summaries once per quarter; the office sees who has not', async () => {
    const first = await lead.post('/api/work-reports', {
      kind: 'quarterly',
      period: '2024Q3',
      title: '省工信厅2024年第三季度产业链工作总结',
      content: '三季度完成链主遴选认定……',
    });
    expect(first.statusCode, first.body).toBe(201);
    expect((await lead.post('/api/work-reports', { kind: 'quarterly', period: '2024Q3', title: '重复', content: 'x' })).statusCode).toBe(
      409,
    );
    expect((await lead.post('/api/work-reports', { kind: 'quarterly', title: '缺季度', content: 'x' })).json().fields.period).toBeDefined();
    expect((await member.post('/api/work-reports', { kind: 'info', title: '工作信息', content: 'x' })).statusCode).toBe(403); // a viewer
    const status = (await office.get('/api/work-reports/status?period=2024Q3')).json();
    expect(status.dueOn).toBe('2024-10-10');
    const byId = Object.fromEntries(status.units.map((u: { organisationId: number }) => [u.organisationId, u]));
    expect(byId[w.orgs.leadA].submittedAt).not.toBeNull();
    expect(byId[w.orgs.leadB].submittedAt).toBeNull();
    expect((await lead.get('/api/work-reports/status?period=2024Q3')).statusCode).toBe(403);
  });

  it('reminders come from due dates: the lead unit sees its overdue 2024 milestones, the city a problem to accept', async () => {
    const leadReminders = (await lead.get('/api/reminders')).json();
    expect(
      leadReminders.items.some(
        (r: { kind: string; title: string; overdue: boolean }) => r.kind === 'milestone' && r.title.includes('行动方案') && r.overdue,
      ),
    ).toBe(true);
    // and the planning documents it owes for its chain, until it gives them
    const owed = (r: { kind: string; title: string; overdue: boolean }) =>
      r.kind === 'planningDocument' && r.title === '报送本产业链2024年行动方案（特钢材料）' && r.overdue;
    expect(leadReminders.items.some(owed)).toBe(true);
    const requirementId = (await lead.get('/api/plans/2024/documents?kind=chainActionPlan')).json()[0].requirementId;
    await lead.put('/api/planning-documents', {
      requirementId,
      chainId: w.chains.chainA,
      title: '特钢材料产业链2024年行动方案',
      issuedOn: '2024-01-20',
    });
    expect((await lead.get('/api/reminders')).json().items.some(owed)).toBe(false);

    const city = await t.login('cityAEditor');
    const enterprise = await t.login('enterpriseEditor');
    await enterprise.post('/api/problems', {
      title: '专用线接入慢',
      description: '铁路专用线接入审批慢',
      category: 'approval',
      chainId: w.chains.chainA,
      responsibleOrgId: w.orgs.cityA,
      deadline: daysAfter(today(), 5),
    });
    const cityReminders = (await city.get('/api/reminders')).json();
    expect(cityReminders.items).toContainEqual(
      expect.objectContaining({ kind: 'problem', title: '问题待受理：专用线接入慢', overdue: false }),
    );
    expect(cityReminders.count).toBe(cityReminders.items.length);
  });
});
