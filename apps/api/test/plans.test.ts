import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seedWorld } from './personas.js';
import { type Client, describeOnBothDatabases, startTestPlatform, type TestPlatform } from './platform.js';

const repoRoot = path.resolve(import.meta.dirname, '../../..');

describeOnBothDatabases('the annual action plan', (kind) => {
  let t: TestPlatform;
  let office: Client;
  let lead: Client;
  beforeAll(async () => {
    t = await startTestPlatform(kind);
    await seedWorld(t.deps);
    [office, lead] = await Promise.all([t.login('officeEditor'), t.login('leadAEditor')]);
  });
  afterAll(() => t.close());

  it('a new database holds the 2024 plan: the ten tasks with their quarterly milestones, and every target bound to a metric', async () => {
    const plan = (await office.get('/api/plans/2024')).json();
    expect(plan.title).toBe('山西省重点产业链“链长制”2024年行动计划');
    expect(plan.tasks.map((x: { seq: number }) => x.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const task3 = plan.tasks[2];
    expect(task3.milestones.map((m: { quarter: number; title: string }) => [m.quarter, m.title])).toContainEqual([
      3,
      '完成“链主”企业遴选认定工作',
    ]);
    expect(plan.tasks[7].milestones[0].dueOn).toBe('2024-01-31');
    const byKey = Object.fromEntries(plan.targets.map((x: { key: string }) => [x.key, x]));
    expect(byKey.keyChains).toMatchObject({ actual: 16, value: 20, status: 'behind' });
    expect(byKey.matchmakingPerCity).toMatchObject({ actual: 0, unitsMet: 0, unitsTotal: 12 });
    expect(byKey.landedPerCity).toMatchObject({ unitsTotal: 12 });
    expect(byKey.chainEnterprises.actual).toBeGreaterThan(0);
    // the think tank and the funds feed their targets: tracked, not 暂未统计
    expect(byKey.expertGroupChains).toMatchObject({ actual: 0, value: 16 });
    expect(byKey.fundChains).toMatchObject({ actual: 0, value: 16 });
    expect([byKey.expertGroupChains.status, byKey.fundChains.status]).not.toContain('notTracked');
  });

  it('a lead unit reports only the milestones it is responsible for; only the office confirms', async () => {
    const plan = (await office.get('/api/plans/2024')).json();
    const mine = plan.tasks[1].milestones[0]; // 各链长牵头单位
    const notMine = plan.tasks[0].milestones[1]; // 省链长办、省商务厅、省投促局
    expect((await lead.post(`/api/milestones/${notMine.id}/report`, { evidence: 'x' })).statusCode).toBe(403);
    expect((await lead.post(`/api/milestones/${mine.id}/confirm`)).statusCode).toBe(403);
    const reported = await lead.post(`/api/milestones/${mine.id}/report`, { evidence: '已印发《特钢材料产业链2024年重点项目清单》' });
    expect(reported.statusCode, reported.body).toBe(200);
    const confirmed = (await office.post(`/api/milestones/${mine.id}/confirm`)).json();
    expect(confirmed.tasks[1].milestones[0]).toMatchObject({ state: 'confirmed', overdue: false, reportedBy: '省工信厅' });
    expect(plan.tasks[1].milestones[0].overdue).toBe(true);
  });

  it('`chainboard plan import` adds another year without a code change', () => {
    const env = {
      ...process.env,
      CHAINBOARD_DATA_DIR: t.config.dataDir,
      DATABASE_URL: t.config.databaseUrl ?? '',
      CHAINBOARD_AUDIT_KEY: 'test-audit-key',
    };
    const out = execFileSync(
      process.execPath,
      [
        path.join(repoRoot, 'apps/api/bin/chainboard.mjs'),
        'plan',
        'import',
        path.join(import.meta.dirname, 'fixtures/invented-2025-plan.json'),
      ],
      { env, encoding: 'utf8' },
    );
    expect(out).toContain('plan 2025 loaded: 2 targets, 1 tasks, 1 milestones');
    return (async () => {
      expect((await office.get('/api/plans')).json().map((p: { year: number }) => p.year)).toEqual([2025, 2024]);
      expect((await office.get('/api/plans/2025')).json().targets[0]).toMatchObject({ label: '产业链企业突破800家', value: 800 });
    })();
  });
});
