import { afterAll, beforeAll, expect, it } from 'vitest';
import { nowIso } from '../src/db/dialect.js';
import { auditRowsAfter, expectApiError, lastAuditId } from './helpers.js';
import { seedWorld, type World } from './personas.js';
import { type Client, describeOnBothDatabases, startTestPlatform, type TestPlatform } from './platform.js';

describeOnBothDatabases('precise policies: support granted and its effect', (kind) => {
  let t: TestPlatform;
  let w: World;
  let office: Client;
  let leadA: Client;
  let policyId: number;
  beforeAll(async () => {
    t = await startTestPlatform(kind);
    w = await seedWorld(t.deps);
    [office, leadA] = await Promise.all([t.login('officeEditor'), t.login('leadAEditor')]);
    // entA reports every quarter of 2023 and the first three of 2025; 2024 is the grant year
    const now = nowIso();
    const rows = [];
    for (const q of [1, 2, 3, 4]) rows.push({ period: `2023Q${q}`, revenue: 100_000_000, investment: 10_000_000 });
    for (const q of [1, 3, 4]) rows.push({ period: `2024Q${q}`, revenue: 120_000_000, investment: 5_000_000 });
    await t.deps.db
      .insertInto('enterprise_figures')
      .values(
        rows.map((r) => ({
          enterprise_id: w.enterprises.entA,
          period: r.period,
          revenue: r.revenue,
          output: 0,
          tax: 0,
          rd_spending: 0,
          employees: 0,
          investment: r.investment,
          reported_at: now,
          reported_by: null,
        })),
      )
      .execute();
  });
  afterAll(() => t.close());

  it('the office and a lead unit for its own chains register policies; the incentive scheme needs its year', async () => {
    const before = await lastAuditId(t.deps.db);
    const res = await leadA.post('/api/policies', {
      title: '特钢材料产业链链主企业营收升级奖励办法',
      issuerName: '省工信厅',
      issuedOn: '2024-03-20',
      chainIds: [w.chains.chainA],
      supports: ['masterStepUp', 'projects'],
    });
    expect(res.statusCode, res.body).toBe(201);
    policyId = res.json().id;
    expect((await auditRowsAfter(t.deps.db, before)).map((r) => r.entity_type)).toEqual(['policy']);
    expectApiError(
      await leadA.post('/api/policies', {
        title: '越权',
        issuerName: '省工信厅',
        issuedOn: '2024-03-20',
        chainIds: [w.chains.chainB],
        supports: ['land'],
      }),
      403,
    );
    expectApiError(
      await leadA.post('/api/policies', { title: '全省', issuerName: '省工信厅', issuedOn: '2024-03-20', supports: ['land'] }),
      403,
    );
    const scheme = {
      title: '2024年链长制激励办法',
      issuerOrgId: w.orgs.office,
      issuedOn: '2024-02-28',
      supports: ['attraction'],
      incentiveScheme: true,
    };
    expect(expectApiError(await office.post('/api/policies', scheme), 400).fields).toHaveProperty('schemeYear');
    const ok = await office.post('/api/policies', { ...scheme, schemeYear: 2024 });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ issuerName: '省链长办', incentiveScheme: true, schemeYear: 2024, chains: [] });
    expect((await office.get('/api/policies?incentiveScheme=true')).json().total).toBe(1);
    expect((await office.get('/api/policies?support=masterStepUp&year=2024')).json().total).toBe(1);
  });

  it('scope: the chain business scope reads chain policies, everybody reads province-wide ones', async () => {
    expect((await (await t.login('leadAViewer')).get('/api/policies')).json().total).toBe(2);
    expect((await (await t.login('cityBEditor')).get('/api/policies')).json().total).toBe(1);
    expectApiError(await (await t.login('cityBEditor')).get(`/api/policies/${policyId}`), 404);
    expectApiError(await (await t.login('leadBEditor')).patch(`/api/policies/${policyId}`, { title: '改' }), 404);
    const patched = await leadA.patch(`/api/policies/${policyId}`, { documentNumber: '晋工信发〔2024〕12号' });
    expect(patched.json().documentNumber).toBe('晋工信发〔2024〕12号');
    const history = (await leadA.get(`/api/policies/${policyId}/history`)).json();
    expect(history.filter((h: { action: string }) => h.action === 'update')).toHaveLength(1);
  });

  it('support granted to enterprises and projects, and the effect before and after', async () => {
    const grant = await leadA.post(`/api/policies/${policyId}/grants`, {
      enterpriseId: w.enterprises.entA,
      amount: 5_000_000,
      grantedOn: '2024-06-15',
      note: '营收首次突破百亿奖励',
    });
    expect(grant.statusCode, grant.body).toBe(201);
    expect(
      (await leadA.post(`/api/policies/${policyId}/grants`, { projectId: w.projects.projA, amount: 2_000_000, grantedOn: '2024-07-01' }))
        .statusCode,
    ).toBe(201);
    expectApiError(await leadA.post(`/api/policies/${policyId}/grants`, { amount: 1, grantedOn: '2024-07-01' }), 400);
    expectApiError(
      await leadA.post(`/api/policies/${policyId}/grants`, { enterpriseId: w.enterprises.entA, amount: 1, grantedOn: '2023-07-01' }),
      400,
    );
    // the after year: 2025 has no figures, 2024 is complete (Q2 comes from the seeded world)
    const ev = (await leadA.get(`/api/policies/${policyId}/evaluation`)).json();
    expect(ev.enterprises).toEqual([
      expect.objectContaining({
        enterpriseId: w.enterprises.entA,
        beforeYear: 2023,
        afterYear: 2024,
        revenueBefore: 400_000_000,
        revenueAfter: 660_000_000,
        investmentBefore: 40_000_000,
        investmentAfter: 35_000_000,
      }),
    ]);
    expect(ev.enterprises[0].revenueGrowth).toBeCloseTo(0.65);
    expect(ev.projects).toHaveLength(1);
    expect(ev.totals).toMatchObject({ grantAmount: 7_000_000, comparedEnterprises: 1, revenueBefore: 400_000_000 });
    const detail = (await (await t.login('enterpriseEditor')).get(`/api/policies/${policyId}`)).json();
    expect(detail.grants.length).toBeGreaterThanOrEqual(1);
    for (const path of ['/api/policies/export', `/api/policies/${policyId}/evaluation/export`]) {
      const res = await office.get(path);
      expect(res.statusCode, path).toBe(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
    }
  });

  it("a policy's document is attached by who keeps it and read by who sees it", async () => {
    const url = `/api/policies/${policyId}/documents?title=${encodeURIComponent('政策原文')}&fileName=${encodeURIComponent('原文.pdf')}`;
    const up = await leadA.raw('POST', url, Buffer.from('%PDF-1.4 政策'), 'application/pdf');
    expect(up.statusCode, up.body).toBe(200);
    expectApiError(await (await t.login('leadAViewer')).raw('POST', url, Buffer.from('%PDF-1.4'), 'application/pdf'), 403);
    expect((await (await t.login('leadAViewer')).get(`/api/policies/${policyId}/documents`)).json()).toHaveLength(1);
    expectApiError(await (await t.login('cityBEditor')).get(`/api/policies/${policyId}/documents`), 404);
  });
});
