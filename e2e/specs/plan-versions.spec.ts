import { expect, test } from '@playwright/test';
import { type DemoPlatform, screenshot, signInAsDemo, startDemoPlatform } from '../support.js';

/**
 * The plan as versioned data: the plan page names the version its figures use; the office changes a
 * target's value there, which makes the next version, and a lead unit sees no such action.
 */

let demo: DemoPlatform;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  demo = await startDemoPlatform('plan-versions', 70, 0.1);
});

test.afterAll(async () => {
  await demo?.stop();
});

test('the office changes a target value on the plan page and the plan moves to its next version', async ({ page }) => {
  await signInAsDemo(page, demo.url, 'office');
  await page.goto(`${demo.url}/plans/2024`);
  const version = page.getByLabel('计划版本');
  await expect(version).toHaveText(/^第1版（系统 于 \d{4}-\d{2}-\d{2}）$/);

  await page.getByRole('button', { name: '修改目标值：重点产业链总数达到20条' }).click();
  const dialog = page.getByRole('dialog', { name: '修改目标值' });
  await dialog.getByLabel('目标值').fill('21');
  await dialog.getByLabel('修改说明').fill('按年中调度会议调整');
  await dialog.getByRole('button', { name: '保存为新版本' }).click();
  await expect(dialog).toBeHidden();
  await expect(version).toHaveText(/^第2版（.+ 于 \d{4}-\d{2}-\d{2}）$/);
  await expect(page.getByRole('row').filter({ hasText: '重点产业链总数达到20条' }).getByText('21').first()).toBeVisible();
  await screenshot(page, 'plan-version-2');
});

test('a lead unit reads the version but cannot change a target', async ({ page }) => {
  await signInAsDemo(page, demo.url, 'lead.unit');
  await page.goto(`${demo.url}/plans/2024`);
  await expect(page.getByLabel('计划版本')).toHaveText(/^第2版/);
  await expect(page.getByRole('button', { name: /^修改目标值/ })).toHaveCount(0);
});
