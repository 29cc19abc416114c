import { expect, test } from '@playwright/test';
import { type DemoPlatform, fitsWidth, screenshot, signInAsDemo, startDemoPlatform } from '../support.js';

/**
 * The office compares the 2024Q2 snapshot with the same day rebuilt from today's records: nothing
 * differs at first; after an enterprise's 2024Q1 revenue is corrected, the revenue rows differ and
 * name that enterprise, linking to its figures. The demo data gets a platform of its own.
 */

let demo: DemoPlatform;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  demo = await startDemoPlatform('snapshot-diff', 130, 0.1);
});

test.afterAll(async () => {
  await demo?.stop();
});

test('the snapshot diff shows the rebuilt day and the corrected record behind a difference', async ({ page }) => {
  await signInAsDemo(page, demo.url, 'office');
  await expect(page).toHaveURL(/\/cockpit$/, { timeout: 30_000 });
  const me = await (await page.request.get(`${demo.url}/api/auth/me`)).json();
  // the cockpit takes the quarter-end snapshots of the year when first read
  expect((await page.request.get(`${demo.url}/api/cockpit?year=2024`)).ok()).toBe(true);
  const snapshots: { id: number; period: string }[] = await (await page.request.get(`${demo.url}/api/cockpit/snapshots`)).json();
  const q2 = snapshots.find((s) => s.period === '2024Q2');
  expect(q2).toBeDefined();

  await page.goto(`${demo.url}/cockpit?snapshot=${q2?.id}`);
  const open = page.getByRole('button', { name: '与今日记录对比' });
  await open.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('snapshot-diff-basis')).toHaveText(
    '快照：2024年第二季度（数据截至 2024-06-30，第1版计划）；同日按今日记录重算，差异来自补录和更正',
    { timeout: 60_000 },
  );
  await expect(dialog.getByRole('columnheader', { name: '按今日记录重算（同日）' })).toBeVisible();
  await expect(dialog.getByRole('columnheader', { name: '报送值（快照）' })).toBeVisible();
  await expect(dialog.getByTestId('snapshot-diff-verdict')).toHaveText('按今日记录重算与报送值一致');
  await dialog.getByRole('button', { name: /close|关闭/i }).click();

  // a correction of a first quarter already reported
  const enterprises = await (await page.request.get(`${demo.url}/api/enterprises?pageSize=1`)).json();
  const enterprise: { id: number; name: string } = enterprises.items[0];
  const figures: { period: string; enterpriseId: number; reportedAt: string; revenue: number }[] = await (
    await page.request.get(`${demo.url}/api/enterprises/${enterprise.id}/figures`)
  ).json();
  const { enterpriseId: _e, reportedAt: _r, ...q1 } = figures.find((f) => f.period === '2024Q1') ?? figures[0];
  const put = await page.request.put(`${demo.url}/api/enterprises/${enterprise.id}/figures`, {
    headers: { 'x-csrf-token': me.csrfToken },
    data: { ...q1, period: '2024Q1', revenue: q1.revenue + 250_000_000 },
  });
  expect(put.ok(), await put.text()).toBe(true);

  await open.click();
  await expect(dialog.getByTestId('snapshot-diff-verdict')).toContainText('项指标按今日记录重算与报送值不同', { timeout: 60_000 });
  const revenue = dialog.getByRole('row').filter({ hasText: '整体营收突破7000亿元' });
  // 2.5 亿元 more in the rebuilt day than reported
  await expect(revenue).toContainText('+2.50 亿元');
  await revenue.getByRole('button', { name: '展开行' }).click();
  const link = dialog.getByRole('link', { name: enterprise.name }).first();
  await expect(dialog.getByText('数值更正（1）：').first()).toBeVisible({ timeout: 30_000 });
  await expect(link).toHaveAttribute('href', `/enterprises/${enterprise.id}?tab=figures`);
  await screenshot(page, 'cockpit-snapshot-diff', { fullPage: false });

  await page.setViewportSize({ width: 375, height: 812 });
  await expect(dialog.getByRole('columnheader', { name: '指标' })).toBeVisible();
  expect(await fitsWidth(page)).toBe(true);
  await screenshot(page, 'cockpit-snapshot-diff-phone', { fullPage: false });

  await link.click();
  await expect(page).toHaveURL(new RegExp(`/enterprises/${enterprise.id}\\?tab=figures`));
});
