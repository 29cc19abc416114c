import { expect, test } from '@playwright/test';
import { type DemoPlatform, fitsWidth, screenshot, signInAsDemo, startDemoPlatform } from '../support.js';

/**
 * The office reads the cockpit as of a past day: the page says which day its figures hold on and
 * which quarters revenue counts, the day stays in the address bar, and a figure's rows are read as of
 * the same day. The demo data gets a platform of its own, so the other specs keep their empty database.
 */

let demo: DemoPlatform;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  demo = await startDemoPlatform('cockpit-as-of', 90, 0.25);
});

test.afterAll(async () => {
  await demo?.stop();
});

test('the office picks a past 统计日期 and every figure, the ranking and a drill-down hold on that day', async ({ page }) => {
  await signInAsDemo(page, demo.url, 'office');
  await expect(page).toHaveURL(/\/cockpit$/, { timeout: 30_000 });
  await expect(page.getByTestId('figure-target:chainEnterprises')).toBeVisible({ timeout: 60_000 });

  const picker = page.getByLabel('统计日期');
  await picker.click();
  await picker.fill('2024-09-30');
  await picker.press('Enter');
  await expect(page).toHaveURL(/[?&]asOf=2024-09-30/);
  await expect(page.getByTestId('cockpit-as-of')).toContainText('数据截至 2024年9月30日');
  await expect(page.getByTestId('figure-target:chainRevenue')).toContainText('营收（截至2024年第三季度）');
  await expect(page.getByRole('columnheader', { name: /营收（截至2024年第三季度，亿元）/ })).toBeVisible({ timeout: 30_000 });

  // the page's figure is the API's as of that day, not today's
  const asked = await (await page.request.get(`${demo.url}/api/cockpit?year=2024&asOf=2024-09-30`)).json();
  const projects = asked.targets.find((t: { key: string }) => t.key === 'keyProjects');
  await expect(page.getByTestId('figure-target:keyProjects')).toContainText(String(projects.actual.value));

  // the ranking says when its per-chain sum counts an enterprise on two chains twice
  const ranking = await (await page.request.get(`${demo.url}/api/cockpit/chains?year=2024&asOf=2024-09-30`)).json();
  const chainsSum = ranking.rows.reduce((s: number, r: { enterprises: { value: number } }) => s + r.enterprises.value, 0);
  // the demo puts about one enterprise in seven on two chains
  expect(chainsSum).toBeGreaterThan(asked.freshness.total.value);
  const note = page.getByTestId('ranking-cross-chain');
  await expect(note).toContainText('按链合计含跨链企业，合计可能大于全省去重数');
  await expect(note).toContainText(`按链合计 ${chainsSum.toLocaleString('zh-CN')} 家`);

  const drillRequest = page.waitForRequest((r) => r.url().includes('/api/cockpit/drill?'));
  await page.getByTestId('figure-target:keyProjects').click();
  expect(new URL((await drillRequest).url()).searchParams.get('asOf')).toBe('2024-09-30');
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByText(/截至 2024年9月30日），由以下 [\d,]+ 条记录计算/)).toBeVisible({ timeout: 30_000 });
  await screenshot(page, 'cockpit-as-of-drill', { fullPage: false });
  await drawer.getByRole('button', { name: /close|关闭/i }).click();

  // the day survives a reload and a switch to another view
  await page.reload();
  await expect(page.getByTestId('cockpit-as-of')).toContainText('数据截至 2024年9月30日');
  await page.getByText('按产业链', { exact: true }).click();
  await expect(page).toHaveURL(/chainId=\d+.*asOf=2024-09-30|asOf=2024-09-30.*chainId=\d+/);
  await expect(page.getByTestId('cockpit-as-of')).toContainText('数据截至 2024年9月30日');
  // the ranking under a chain's cockpit is still read against the province's distinct total
  await expect(note).toBeVisible({ timeout: 30_000 });

  await page.setViewportSize({ width: 375, height: 812 });
  await expect(page.getByLabel('统计日期')).toBeVisible();
  expect(await fitsWidth(page)).toBe(true);
  await screenshot(page, 'cockpit-as-of-phone');
});
