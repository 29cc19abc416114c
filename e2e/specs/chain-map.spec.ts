import { expect, test } from '@playwright/test';
import { type DemoPlatform, fitsWidth, screenshot, signInAsDemo, startDemoPlatform } from '../support.js';

/**
 * The 光伏 chain map of the demo data: it renders, a segment opens the rows behind it, and the weak
 * links list gives reasons. The demo data gets a platform of its own, so the other specs keep their
 * empty database.
 */

let demo: DemoPlatform;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  demo = await startDemoPlatform('chainmap', 30, 0.5);
});

test.afterAll(async () => {
  await demo?.stop();
});

test('the 光伏 map renders, a segment opens its rows, weak links give their reasons', async ({ page }, testInfo) => {
  await signInAsDemo(page, demo.url, 'office');
  const url = demo.url;

  const chains = await (await page.request.get(`${url}/api/chains?q=${encodeURIComponent('光伏')}`)).json();
  const pv = chains.items.find((c: { name: string }) => c.name === '光伏');
  await page.goto(`${url}/chain-map?chainId=${pv.id}`);
  const chart = page.getByTestId('chain-map-chart');
  await expect(chart).toBeVisible();
  // the tree is drawn as SVG: every segment is a label that can be found and clicked
  const cells = chart.locator('text', { hasText: '多晶硅（' });
  await expect(cells.first()).toBeVisible();
  await expect(chart.locator('text', { hasText: '棒状硅（' }).first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('chain-map-pv.png'), fullPage: true });
  await screenshot(page, 'chain-map-pv');

  await chart.locator('text', { hasText: '单晶硅片（' }).first().click();
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByText('单晶硅片', { exact: false }).first()).toBeVisible();
  await expect(drawer.getByRole('tab', { name: /企业（\d+）/ })).toBeVisible();
  await expect(drawer.locator('.ant-table-row').first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('chain-map-segment.png') });
  await screenshot(page, 'chain-map-segment', { fullPage: false });
  await drawer.getByRole('button', { name: '关闭' }).click();
  await expect(drawer).toBeHidden();

  await page.getByRole('tab', { name: '断点堵点' }).click();
  const silver = page.getByRole('row', { name: /光伏银浆/ });
  await expect(silver).toContainText('断点');
  await expect(silver).toContainText('本地企业 0 家');

  // on a phone the map scrolls inside its own box; the page itself keeps to the screen's width
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto(`${url}/chain-map?chainId=${pv.id}`);
  await expect(page.getByTestId('chain-map-chart')).toBeVisible();
  expect(await fitsWidth(page)).toBe(true);
  await screenshot(page, 'chain-map-pv-phone');
});
