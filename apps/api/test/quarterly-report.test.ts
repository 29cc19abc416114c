import JSZip from 'jszip';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/demo/demo-logins.js';
import { generateDemo } from '../src/demo/generate-demo.js';
import ExcelJS from '../src/excel/exceljs.js';
import { describeOnBothDatabases, startTestPlatform, type TestPlatform } from './platform.js';

describeOnBothDatabases('the quarterly report', (kind) => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform(kind, { demo: true });
    await generateDemo(t.deps, { scale: 0.25 });
  });
  afterAll(() => t.close());

  it('for 2024Q3 of the demo data opens as a .docx whose numbers match the API for the same quarter', async () => {
    const office = await t.login('office', DEMO_PASSWORD);
    const report = (await office.get('/api/quarterly-reports/2024Q3')).json();
    expect(report).toMatchObject({ period: '2024Q3', asOf: '2024-09-30', title: '山西省重点产业链“链长制”2024年第三季度工作情况报告' });
    expect(report.tasks).toHaveLength(10);
    const docx = await office.get('/api/quarterly-reports/2024Q3/docx');
    expect(docx.statusCode).toBe(200);
    const zip = await JSZip.loadAsync(docx.rawPayload);
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain(report.title);
    for (const c of report.chains) {
      const yi = (c.revenueYearToDate / 1e8).toLocaleString('zh-CN', { maximumFractionDigits: 2 });
      expect(text).toContain(`${c.chainName}${c.enterprises}${yi}`);
    }
    // the quarter's breakthrough summaries and each chain's weak links, as the technologies and the chain map give them
    const summarised = report.breakthroughs.find((b: { summary: string | null }) => b.summary !== null);
    expect(text).toContain(`${summarised.chainName}：${summarised.summary}`);
    const weak = report.weakLinks.find((x: { gaps: number; bottlenecks: number }) => x.gaps + x.bottlenecks > 0);
    expect(text).toContain(`${weak.chainName}：断点${weak.gaps}个、堵点${weak.bottlenecks}个。`);
    const enterprises = report.targets.find((x: { label: string }) => x.label.includes('700'));
    expect(text).toContain(`产业链企业突破700家：${enterprises.actual.toLocaleString('zh-CN')}家`);
    // and the same figure the plan page shows as of that day
    expect(report.chains.reduce((s: number, c: { enterprises: number }) => s + c.enterprises, 0)).toBeGreaterThanOrEqual(
      enterprises.actual,
    );
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
    const again = (await office.get('/api/quarterly-reports/2024Q2')).json();
    expect(again.text.overview).toBe(text.overview);

    const docx = await office.get('/api/quarterly-reports/2024Q2/docx');
    const xml = (await (await JSZip.loadAsync(docx.rawPayload)).file('word/document.xml')?.async('string')) ?? '';
    const words = xml.replace(/<[^>]+>/g, '');
    for (const line of ['链主企业带动作用进一步增强。', '二是抓项目。', '八、下一步工作安排']) expect(words).toContain(line);

    const blank = await office.put('/api/quarterly-reports/2024Q2/text', { overview: ' ', nextSteps: '下一步' });
    expect(blank.statusCode).toBe(400);
    expect((await (await t.login('general.leader', DEMO_PASSWORD)).put('/api/quarterly-reports/2024Q2/text', text)).statusCode).toBe(403);

    const xlsx = await office.get('/api/quarterly-reports/2024Q2/xlsx');
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const chains = book.getWorksheet('各产业链主要指标');
    expect(chains?.rowCount).toBe(drafted.chains.length + 1);
    expect(chains?.getRow(2).getCell(1).text).toBe(drafted.chains[0].chainName);
    expect(Number(chains?.getRow(2).getCell(2).value)).toBe(drafted.chains[0].enterprises);
  });
});
