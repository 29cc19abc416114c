import { REPORT_PROJECT_CLASSES } from '@chainboard/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nowIso } from '../src/db/dialect.js';
import { DEMO_PASSWORD } from '../src/demo/demo-logins.js';
import { generateDemo } from '../src/demo/generate-demo.js';
import { fixedClock } from '../src/lib/clock.js';
import { addUser, unique } from './helpers.js';
import { creditCode, insertEnterprise, insertProject } from './personas.js';
import { type Client, describeOnBothDatabases, startTestPlatform, type TestPlatform } from './platform.js';
import { expectDocumentsAgree, type Report, wordOf, workbookOf, yi } from './report-documents.js';

describeOnBothDatabases('the quarterly report', (kind) => {
  describe('on a small history with an enterprise on two chains', () => {
    let t: TestPlatform;
    let office: Client;
    const clock = fixedClock('2024-10-15');
    const username = unique('report.office');
    const chains: { id: number; name: string }[] = [];
    // A: on chain 1 all year, on chain 2 from 2024-07-01; B: on chain 1. Revenue per quarter, Q1 to Q3.
    const A = 1_250_000_000;
    const B = 333_300_000;
    beforeAll(async () => {
      t = await startTestPlatform(kind, {}, clock);
      const db = t.deps.db;
      const office_ = await db.selectFrom('organisations').select('id').where('type', '=', 'office').executeTakeFirstOrThrow();
      const city = await db.selectFrom('organisations').select('id').where('type', '=', 'city').orderBy('id').executeTakeFirstOrThrow();
      await addUser(t.deps, { username, organisationId: Number(office_.id), roles: ['editor'] });
      office = await t.login(username);
      const key = await db.selectFrom('chains').select(['id', 'name']).where('status', '=', 'key').orderBy('code').limit(2).execute();
      chains.push(...key.map((c) => ({ id: Number(c.id), name: c.name })));
      const cityId = Number(city.id);
      const now = nowIso();
      const revenue = async (id: number, yuan: number) => {
        for (const period of ['2024Q1', '2024Q2', '2024Q3']) {
          await db
            .insertInto('enterprise_figures')
            .values({
              enterprise_id: id,
              period,
              revenue: yuan,
              output: 0,
              tax: 0,
              rd_spending: 0,
              employees: 0,
              investment: 0,
              reported_at: now,
              reported_by: null,
            })
            .execute();
        }
      };
      const a = await insertEnterprise(db, {
        name: '跨链测试企业甲',
        creditCode: creditCode(998_100_001),
        cityId,
        chains: [chains[0].id],
        since: '2024-01-01',
      });
      await db.insertInto('enterprise_chains').values({ enterprise_id: a, chain_id: chains[1].id, stage: 'midstream' }).execute();
      await db
        .insertInto('enterprise_tiers')
        .values({
          enterprise_id: a,
          chain_id: chains[1].id,
          tier: 'member',
          valid_from: '2024-07-01',
          valid_to: null,
          round_id: null,
          created_at: now,
        })
        .execute();
      await revenue(a, A);
      const b = await insertEnterprise(db, {
        name: '跨链测试企业乙',
        creditCode: creditCode(998_100_002),
        cityId,
        chains: [chains[0].id],
        since: '2024-01-01',
      });
      await revenue(b, B);
      // key projects: one planning on chain 1; one reserve on chain 2, underway from 2024-08-01
      await insertProject(db, { name: '报告测试项目一', chainId: chains[0].id, cityId, class: 'planning', year: 2024 });
      const moved = await insertProject(db, { name: '报告测试项目二', chainId: chains[1].id, cityId, class: 'reserve', year: 2024 });
      await db.updateTable('project_class_history').set({ valid_to: '2024-08-01' }).where('project_id', '=', moved).execute();
      await db
        .insertInto('project_class_history')
        .values({ project_id: moved, class: 'underway', valid_from: '2024-08-01', valid_to: null, recorded_at: now })
        .execute();
    });
    afterAll(() => t.close());

    it('states the province totals once, distinct, as the cockpit and the plan do; the per-chain table says it counts A twice', async () => {
      const res = await office.get('/api/quarterly-reports/2024Q3');
      expect(res.statusCode, res.body).toBe(200);
      const report: Report = res.json();
      expect(report).toMatchObject({ asOf: '2024-09-30', revenueLabel: '截至2024年第三季度', crossChainEnterprises: 1 });
      expect(report.totals).toMatchObject({ enterprises: 2, revenueYearToDate: 3 * (A + B) });
      const row = (id: number) => report.chains.find((c) => c.chainId === id);
      expect(row(chains[0].id)).toMatchObject({ enterprises: 2, revenueYearToDate: 3 * (A + B) });
      expect(row(chains[1].id)).toMatchObject({ enterprises: 1, revenueYearToDate: 3 * A });
      // each class its own number, the project in the class it had on the day
      expect(row(chains[0].id)?.projectsByClass).toEqual({ planning: 1, reserve: 0, underway: 0, completed: 0 });
      expect(row(chains[1].id)?.projectsByClass).toEqual({ planning: 0, reserve: 0, underway: 1, completed: 0 });
      expect(report.totals.projectsByClass).toEqual({ planning: 1, reserve: 0, underway: 1, completed: 0 });
      expect(report.chainsNote).toBe('按链合计含跨链企业（1家企业在多条链上），全省合计按企业去重');
      // 总体情况 uses the province's distinct totals, not the per-chain sums
      expect(report.text.overview).toContain(`共有链上企业2家（按企业去重），年内实现营收${yi(3 * (A + B))}亿元（截至2024年第三季度）`);

      // the cockpit and the plan page on the same day say the same
      const cockpit = (await office.get('/api/cockpit?year=2024&asOf=2024-09-30')).json();
      const cockpitTarget = (key: string) => cockpit.targets.find((x: { key: string }) => x.key === key).actual.value;
      expect(cockpitTarget('chainEnterprises')).toBe(report.totals.enterprises);
      expect(cockpitTarget('chainRevenue')).toBe(report.totals.revenueYearToDate);
      const plan = await office.get('/api/plans/2024?asOf=2024-09-30');
      expect(plan.statusCode, plan.body).toBe(200);
      const planTarget = (metric: string) => plan.json().targets.find((x: { metric: string }) => x.metric === metric).actual;
      expect(planTarget('chainEnterprises')).toBe(report.totals.enterprises);
      expect(planTarget('chainRevenue')).toBe(report.totals.revenueYearToDate);
      // each chain's row is the cockpit ranking's figure for the chain
      const ranking = (await office.get('/api/cockpit/chains?year=2024&asOf=2024-09-30')).json();
      for (const c of report.chains) {
        const ranked = ranking.rows.find((r: { chainId: number }) => r.chainId === c.chainId);
        expect([c.enterprises, c.revenueYearToDate], c.chainName).toEqual([ranked.enterprises.value, ranked.revenue.value]);
      }
      const reportTarget = (metric: string) => report.targets.find((x) => x.metric === metric)?.actual;
      expect(reportTarget('chainEnterprises')).toBe(report.totals.enterprises);
      expect(reportTarget('chainRevenue')).toBe(report.totals.revenueYearToDate);

      const { word } = await expectDocumentsAgree(office, '2024Q3', report);
      expect(word.rows.find((r) => r[0] === '全省合计（按企业去重）')?.slice(1, 3)).toEqual(['2', '47.50']);
      expect(word.text).toContain('营收截至2024年第三季度');
    });

    it('in 2024Q2, before A joined its second chain, the sums are the totals and no note is written', async () => {
      const report: Report = (await office.get('/api/quarterly-reports/2024Q2')).json();
      expect(report).toMatchObject({ asOf: '2024-06-30', revenueLabel: '截至2024年第二季度', crossChainEnterprises: 0, chainsNote: null });
      expect(report.totals).toMatchObject({ enterprises: 2, revenueYearToDate: 2 * (A + B) });
      expect(report.totals.projectsByClass).toEqual({ planning: 1, reserve: 1, underway: 0, completed: 0 });
      const cockpit = (await office.get('/api/cockpit?year=2024&asOf=2024-06-30')).json();
      expect(cockpit.targets.find((x: { key: string }) => x.key === 'chainRevenue').actual.value).toBe(report.totals.revenueYearToDate);
      await expectDocumentsAgree(office, '2024Q2', report);
    });

    it('on each quarter of the year the report, its Word and Excel, the cockpit and the plan page give the same totals', async () => {
      // three months on, in a new session
      clock.set('2025-01-15');
      const office = await t.login(username);
      const quarters = [
        ['2024Q1', '2024-03-31', '第一季度', 1],
        ['2024Q2', '2024-06-30', '第二季度', 2],
        ['2024Q3', '2024-09-30', '第三季度', 3],
        ['2024Q4', '2024-12-31', '第四季度', 3],
      ] as const;
      for (const [period, day, quarter, reported] of quarters) {
        const report: Report = (await office.get(`/api/quarterly-reports/${period}`)).json();
        expect(report).toMatchObject({ asOf: day, revenueLabel: `截至2024年${quarter}` });
        expect(report.totals, period).toMatchObject({ enterprises: 2, revenueYearToDate: reported * (A + B) });
        expect(report.crossChainEnterprises, period).toBe(day >= '2024-07-01' ? 1 : 0);
        const cockpit = (await office.get(`/api/cockpit?year=2024&asOf=${day}`)).json();
        const plan = (await office.get(`/api/plans/2024?asOf=${day}`)).json();
        for (const metric of ['chainEnterprises', 'chainRevenue'] as const) {
          const total = metric === 'chainEnterprises' ? report.totals.enterprises : report.totals.revenueYearToDate;
          expect(cockpit.targets.find((x: { key: string }) => x.key === metric).actual.value, `${period} ${metric}`).toBe(total);
          expect(plan.targets.find((x: { metric: string }) => x.metric === metric).actual, `${period} ${metric}`).toBe(total);
        }
        await expectDocumentsAgree(office, period, report);
      }
      clock.set('2024-10-15');
    });
  });

  describe('on the demo data', () => {
    let t: TestPlatform;
    beforeAll(async () => {
      t = await startTestPlatform(kind, { demo: true });
      await generateDemo(t.deps, { scale: 0.25 });
    });
    afterAll(() => t.close());

    it('for 2024Q3 opens as a .docx and an .xlsx whose numbers are those of the JSON report', async () => {
      const office = await t.login('office', DEMO_PASSWORD);
      const report = (await office.get('/api/quarterly-reports/2024Q3')).json();
      expect(report).toMatchObject({
        period: '2024Q3',
        asOf: '2024-09-30',
        revenueLabel: '截至2024年第三季度',
        title: '山西省重点产业链“链长制”2024年第三季度工作情况报告',
      });
      expect(report.tasks).toHaveLength(10);
      const growth = report.targets.find((x: { metric: string }) => x.metric === 'chainRevenueGrowth');
      expect(growth.alongside).toEqual([{ label: expect.stringContaining('同口径'), value: expect.any(Number) }]);
      const { word } = await expectDocumentsAgree(office, '2024Q3', report);
      expect(word.text).toContain(report.title);
      // the quarter's breakthrough summaries and each chain's weak links, as the technologies and the chain map give them
      const summarised = report.breakthroughs.find((b: { summary: string | null }) => b.summary !== null);
      expect(word.text).toContain(`${summarised.chainName}：${summarised.summary}`);
      const weak = report.weakLinks.find((x: { gaps: number; bottlenecks: number }) => x.gaps + x.bottlenecks > 0);
      expect(word.text).toContain(`${weak.chainName}：断点${weak.gaps}个、堵点${weak.bottlenecks}个。`);
      const enterprises = report.targets.find((x: { metric: string }) => x.metric === 'chainEnterprises');
      expect(word.text).toContain(`产业链企业突破700家：${enterprises.actual.toLocaleString('zh-CN')}家`);
      // the province counts each enterprise once; the chains' sum counts those on several chains on each
      expect(report.totals.enterprises).toBe(enterprises.actual);
      const sum = report.chains.reduce((s: number, c: { enterprises: number }) => s + c.enterprises, 0);
      expect(sum).toBeGreaterThanOrEqual(report.totals.enterprises);
      expect(report.chainsNote === null).toBe(sum === report.totals.enterprises);
      // each class column is the engine's per-chain figure, and they add up to the cockpit's classes
      const cockpit = (await office.get('/api/cockpit?year=2024&asOf=2024-09-30')).json();
      for (const c of REPORT_PROJECT_CLASSES) {
        const figure = cockpit.projectsByClass.find((f: { id: string }) => f.id === `projects:${c}`);
        expect(report.totals.projectsByClass[c], c).toBe(figure.value);
      }
      expect((await (await t.login('city', DEMO_PASSWORD)).get('/api/quarterly-reports/2024Q3')).statusCode).toBe(403);
    });

    it('the office edits and saves the words; the figures stay computed; the same tables come as Excel', async () => {
      const office = await t.login('office', DEMO_PASSWORD);
      const drafted = (await office.get('/api/quarterly-reports/2024Q2')).json();
      expect(drafted.text).toMatchObject({ savedAt: null });
      expect(drafted.text.overview).toContain(`截至${drafted.asOf}，全省${drafted.chains.length}条省级重点产业链`);

      const text = {
        overview: '二季度，全省重点产业链总体平稳向好。\n链主企业带动作用进一步增强。',
        nextSteps: '一是抓招商。\n二是抓项目。',
      };
      const saved = await office.put('/api/quarterly-reports/2024Q2/text', text);
      expect(saved.statusCode, saved.body).toBe(200);
      expect(saved.json().text).toMatchObject({ ...text, savedBy: expect.any(String) });
      expect(saved.json().chains).toEqual(drafted.chains);
      expect(saved.json().totals).toEqual(drafted.totals);
      const again = (await office.get('/api/quarterly-reports/2024Q2')).json();
      expect(again.text.overview).toBe(text.overview);

      const docx = await office.get('/api/quarterly-reports/2024Q2/docx');
      const { text: words } = await wordOf(docx.rawPayload);
      for (const line of ['链主企业带动作用进一步增强。', '二是抓项目。', '八、下一步工作安排']) expect(words).toContain(line);

      const blank = await office.put('/api/quarterly-reports/2024Q2/text', { overview: ' ', nextSteps: '下一步' });
      expect(blank.statusCode).toBe(400);
      expect((await (await t.login('general.leader', DEMO_PASSWORD)).put('/api/quarterly-reports/2024Q2/text', text)).statusCode).toBe(403);

      const xlsx = await office.get('/api/quarterly-reports/2024Q2/xlsx');
      expect(xlsx.statusCode).toBe(200);
      const chains = (await workbookOf(xlsx.rawPayload)).getWorksheet('各产业链主要指标');
      expect(chains?.getRow(2).getCell(1).text).toBe(drafted.chains[0].chainName);
      expect(chains?.getRow(2).getCell(2).value).toBe(drafted.chains[0].enterprises);
      expect(chains?.getRow(drafted.chains.length + 2).getCell(2).value).toBe(drafted.totals.enterprises);
    });
  });
});
