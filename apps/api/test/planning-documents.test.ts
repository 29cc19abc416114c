import { afterAll, beforeAll, expect, it } from 'vitest';
import { nowIso } from '../src/db/dialect.js';
import { fixedClock } from '../src/lib/clock.js';
import { plansService } from '../src/modules/plans/plans.service.js';
import { creditCode, insertEnterprise, seedWorld, type World } from './personas.js';
import { type Client, describeOnBothDatabases, startTestPlatform, type TestPlatform } from './platform.js';

type Obligation = {
  requirementId: number;
  kind: string;
  ownerName: string;
  chainId: number | null;
  enterpriseId: number | null;
  state: string;
  document: { id: number; files: number } | null;
  canSubmit: boolean;
};

/** A later year whose documents are not due yet, to see them given on time. */
const PLAN_2027 = {
  year: 2027,
  title: '示例省重点产业链“链长制”2027年行动计划（虚构，用于测试）',
  issuer: '示例省链长办',
  issuedOn: '2027-01-10',
  targets: [{ key: 'keyChains', label: '重点产业链达到20条', metric: 'keyChains', comparison: '>=', value: 20, unit: '条' }],
  tasks: [
    {
      seq: 1,
      title: '强化系统性规划支撑',
      expectedResult: '各链制定行动方案',
      leadUnits: ['各链长牵头单位'],
      milestones: [{ quarter: 1, title: '制定本产业链2027年行动方案', responsible: ['各链长牵头单位'] }],
    },
  ],
  documents: [
    {
      kind: 'chainActionPlan',
      title: '本产业链2027年行动方案',
      owedBy: 'leadUnit',
      dueOn: '2099-01-31',
      evidenceFor: { task: 1, quarter: 1 },
    },
  ],
};

describeOnBothDatabases('planning documents', (kind) => {
  let t: TestPlatform;
  let w: World;
  let office: Client;
  let lead: Client;
  let enterprise: Client;
  const list = async (c: Client, year = 2024, query = '') => (await c.get(`/api/plans/${year}/documents${query}`)).json() as Obligation[];
  beforeAll(async () => {
    // a day in 2027: the 2027 plan's documents are issued, the 2024 ones long due
    t = await startTestPlatform(kind, {}, fixedClock('2027-03-01'));
    w = await seedWorld(t.deps);
    [office, lead, enterprise] = await Promise.all([t.login('officeEditor'), t.login('leadAEditor'), t.login('enterpriseEditor')]);
  });
  afterAll(() => t.close());

  it('the plan says who owes which document; each unit sees its own and a lead unit its chains', async () => {
    const all = await list(office);
    const kinds = (owner: string) => all.filter((o) => o.ownerName === owner).map((o) => o.kind);
    expect(all.find((o) => o.kind === 'provinceAttractionPlan')).toMatchObject({
      ownerName: '省链长办',
      chainId: null,
    });
    // lead unit A leads chainA: its action plan, mid/long-term plan and key-technology list, all long overdue
    const leadA = all.filter(
      (o) => o.chainId === w.chains.chainA && ['chainActionPlan', 'midLongTermPlan', 'keyTechList'].includes(o.kind),
    );
    expect(leadA).toHaveLength(3);
    expect(leadA.every((o) => o.state === 'overdue')).toBe(true);
    // chainA is hosted in zone A: city A owes its attraction plan for it; entA, its 链主, its three documents
    expect(all.filter((o) => o.kind === 'cityAttractionPlan' && o.chainId === w.chains.chainA).map((o) => o.ownerName)).toEqual(['太原市']);
    expect(
      all
        .filter((o) => o.enterpriseId === w.enterprises.entA)
        .map((o) => o.kind)
        .sort(),
    ).toEqual(['chainPlan', 'taskBook', 'taskTable']);
    expect(kinds('太原市')).toContain('cityAttractionPlan');

    const seenByLead = await list(lead);
    expect(seenByLead.every((o) => o.chainId === w.chains.chainA)).toBe(true);
    expect(seenByLead.some((o) => o.kind === 'cityAttractionPlan')).toBe(true);
    const seenByEnterprise = await list(enterprise);
    expect(seenByEnterprise.map((o) => o.kind).sort()).toEqual(['chainPlan', 'taskBook', 'taskTable']);
    expect(await list(await t.login('cityBEditor'), 2024, `?chainId=${w.chains.chainA}`)).toEqual([]);
    expect((await (await t.login('auditAdmin')).get('/api/plans/2024/documents')).statusCode).toBe(403);
  });

  it('a document given after its due date is flagged late; only the unit that owes it (or the office) gives it', async () => {
    const action = (await list(lead, 2024, '?kind=chainActionPlan'))[0];
    const input = {
      requirementId: action.requirementId,
      chainId: w.chains.chainA,
      title: '特钢材料产业链2024年行动方案',
      issuedOn: '2024-02-05',
      note: '经厅务会审议',
    };
    const given = await lead.put('/api/planning-documents', input);
    expect(given.statusCode, given.body).toBe(200);
    expect(given.json()).toMatchObject({ state: 'late', canSubmit: true, document: { title: input.title, issuedOn: '2024-02-05' } });
    // corrected, not doubled: issued before the due date, it is on time however late it was entered
    const corrected = await lead.put('/api/planning-documents', {
      ...input,
      title: '特钢材料产业链2024年行动方案（修订）',
      issuedOn: '2024-01-25',
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json()).toMatchObject({ state: 'onTime', document: { issuedOn: '2024-01-25' } });
    const future = await lead.put('/api/planning-documents', { ...input, issuedOn: '2027-03-02' });
    expect(future.statusCode).toBe(400);
    expect(future.json().fields.issuedOn).toContain('不能晚于今天');
    expect((await list(office, 2024, '?kind=chainActionPlan')).filter((o) => o.document !== null)).toHaveLength(1);

    expect((await lead.put('/api/planning-documents', { ...input, chainId: w.chains.chainB })).statusCode).toBe(403);
    expect((await (await t.login('cityAEditor')).put('/api/planning-documents', input)).statusCode).toBe(403);
    const wrongChain = await office.put('/api/planning-documents', { ...input, organisationId: w.orgs.leadA, chainId: w.chains.chainB });
    expect(wrongChain.statusCode).toBe(400);
    expect(wrongChain.json().fields.chainId).toBe('请选择本单位负责的产业链');

    // the chain master gives its task book through its own account
    const book = (await list(enterprise)).find((o) => o.kind === 'taskBook') as Obligation;
    const res = await enterprise.put('/api/planning-documents', {
      requirementId: book.requirementId,
      chainId: w.chains.chainA,
      enterpriseId: w.enterprises.entA,
      title: '特钢材料产业链任务书',
      issuedOn: '2024-10-08',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(
      (
        await enterprise.put('/api/planning-documents', {
          requirementId: book.requirementId,
          chainId: w.chains.chainA,
          enterpriseId: w.enterprises.entB,
          title: 'x',
          issuedOn: '2024-10-08',
        })
      ).statusCode,
    ).toBe(403);

    // the file itself: added by who owes it, read by who follows it
    const docId = given.json().document.id;
    const upload = (c: Client) =>
      t.app.inject({
        method: 'POST',
        url: `/api/planning-documents/${docId}/files?title=${encodeURIComponent('行动方案正文')}&fileName=${encodeURIComponent('行动方案.pdf')}`,
        payload: Buffer.from('%PDF-1.4 行动方案'),
        headers: { 'content-type': 'application/pdf', 'x-csrf-token': c.csrf as string },
        cookies: { cb_session: c.session as string },
      });
    expect((await upload(lead)).statusCode).toBe(200);
    expect((await upload(await t.login('cityAEditor'))).statusCode).toBe(404);
    expect((await (await t.login('chainLeaderA')).get(`/api/planning-documents/${docId}/files`)).json()).toHaveLength(1);
    expect((await list(office, 2024, '?kind=chainActionPlan'))[0].document?.files).toBe(1);

    // a second 链主 of chainA owes its own task book: given by the office, the answer is that one, not entA's
    const second = await insertEnterprise(t.deps.db, {
      name: '第二示例链主有限公司',
      creditCode: creditCode(999_000_777),
      cityId: w.orgs.cityA,
      chains: [w.chains.chainA],
    });
    await t.deps.db
      .insertInto('enterprise_tiers')
      .values({
        enterprise_id: second,
        chain_id: w.chains.chainA,
        tier: 'master',
        valid_from: '2024-07-01',
        valid_to: null,
        round_id: null,
        created_at: nowIso(),
      })
      .execute();
    const forSecond = await office.put('/api/planning-documents', {
      requirementId: book.requirementId,
      chainId: w.chains.chainA,
      enterpriseId: second,
      title: '第二链主任务书',
      issuedOn: '2024-10-10',
    });
    expect(forSecond.statusCode, forSecond.body).toBe(200);
    expect(forSecond.json()).toMatchObject({ enterpriseId: second, document: { title: '第二链主任务书' } });
  });

  it('a plan of another year brings its own documents; given before the due date they are on time and count as the milestone evidence', async () => {
    await plansService.importPlan(t.deps, PLAN_2027);
    const owed = await list(lead, 2027);
    expect(owed).toHaveLength(1);
    expect(owed[0]).toMatchObject({ kind: 'chainActionPlan', state: 'pending' });
    const given = await lead.put('/api/planning-documents', {
      requirementId: owed[0].requirementId,
      chainId: w.chains.chainA,
      title: '特钢材料产业链2027年行动方案',
      issuedOn: '2027-01-20',
    });
    expect(given.json().state).toBe('onTime');
    const plan = (await office.get('/api/plans/2027')).json();
    // lead units A and B each owe one
    expect(plan.tasks[0].milestones[0].documents).toEqual({ owed: 2, given: 1, kinds: ['chainActionPlan'] });
  });
});
