import JSZip from 'jszip';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/demo/demo-logins.js';
import { generateDemo } from '../src/demo/generate-demo.js';
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
    const enterprises = report.targets.find((x: { label: string }) => x.label.includes('700'));
    expect(text).toContain(`产业链企业突破700家：${enterprises.actual.toLocaleString('zh-CN')}家`);
    // and the same figure the plan page shows as of that day
    expect(report.chains.reduce((s: number, c: { enterprises: number }) => s + c.enterprises, 0)).toBeGreaterThanOrEqual(
      enterprises.actual,
    );
    expect((await (await t.login('city', DEMO_PASSWORD)).get('/api/quarterly-reports/2024Q3')).statusCode).toBe(403);
  });
});
