import { expect, test } from '@playwright/test';
import { type DemoPlatform, fitsWidth, screenshot, signInAsDemo, startDemoPlatform } from '../support.js';

/**
 * The annual plan as its users work it, on demo data: a lead unit reads the plan, gives a planning
 * document it owes with its file, and sees the milestone count it evidences; the office edits the
 * quarterly report's words and downloads the Word document and the Excel tables.
 */

let demo: DemoPlatform;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  demo = await startDemoPlatform('plan', 50, 0.1);
});

test.afterAll(async () => {
  await demo?.stop();
});

test('a lead unit gives a planning document it owes, with its file; the plan page counts it', async ({ page }) => {
  await signInAsDemo(page, demo.url, 'lead.unit');
  await page.goto(`${demo.url}/plans/2024`);
  await expect(page.getByText('产业链企业突破700家').first()).toBeVisible();
  await expect(page.getByText('1月制定本产业链2024年行动方案').first()).toBeVisible();
  await screenshot(page, 'plan-2024');

  await page.goto(`${demo.url}/plans/2024/documents?kind=chainActionPlan`);
  await expect(page.getByRole('heading', { name: '2024年规划文件报送' })).toBeVisible();
  const owed = page.getByRole('row').filter({ has: page.getByRole('button', { name: '报送', exact: true }) });
  const count = await owed.count();
  test.skip(count === 0, 'the demo gave every action plan of this lead unit');
  const row = owed.first();
  const chain = ((await row.getByRole('cell').nth(2).textContent()) ?? '').trim();
  await row.getByRole('button', { name: '报送', exact: true }).click();

  const dialog = page.getByRole('dialog', { name: '报送规划文件' });
  await dialog.getByLabel('文件名称').fill(`${chain}产业链2024年行动方案`);
  const issued = dialog.getByLabel('印发日期');
  await issued.click();
  await issued.fill('2024-02-05');
  await issued.press('Tab');
  await expect(issued).toHaveValue('2024-02-05');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();

  // once given, the file itself goes in the drawer that opens
  const drawer = page.getByRole('dialog', { name: '规划文件附件' });
  await drawer.getByRole('button', { name: '上传文件' }).click();
  const upload = page.getByRole('dialog', { name: '上传规划文件' });
  await upload.getByLabel('文件标题').fill('行动方案正文');
  await upload
    .locator('input[type=file]')
    .setInputFiles({ name: '行动方案.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 行动方案') });
  await upload.getByRole('button', { name: /^上\s*传$/ }).click();
  await expect(drawer.getByText('行动方案.pdf')).toBeVisible();
  await screenshot(page, 'plan-documents');
  // closed by its own button: Escape reaches the drawer only while the focus is inside it
  await drawer.getByRole('button', { name: '关闭' }).click();
  await expect(drawer).toBeHidden();

  const given = page.getByRole('row').filter({ hasText: `${chain}产业链2024年行动方案` });
  await expect(given.getByText('逾期报送')).toBeVisible();
  await expect(given.getByText('附件 1 个')).toBeVisible();
  await expect(page.getByRole('row').filter({ has: page.getByRole('button', { name: '报送', exact: true }) })).toHaveCount(count - 1);

  await page.goto(`${demo.url}/plans/2024`);
  await expect(page.getByText(/规划文件 已报 \d+\/\d+/).first()).toBeVisible();

  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(`${demo.url}/plans/2024/documents`);
  await expect(page.getByRole('heading', { name: '2024年规划文件报送' })).toBeVisible();
  expect(await fitsWidth(page)).toBe(true);
});

test('the office edits the quarterly report and downloads it as Word and Excel', async ({ page }) => {
  await signInAsDemo(page, demo.url, 'office');
  await page.goto(`${demo.url}/quarterly-reports?period=2024Q3`);
  await expect(page.getByText('系统草稿')).toBeVisible();
  const overview = page.getByLabel('总体情况');
  await expect(overview).toHaveValue(/^截至2024-09-30，全省/);
  await overview.fill('三季度，全省重点产业链运行总体平稳。');
  await page.getByRole('button', { name: '保存文字' }).click();
  await expect(page.getByText(/^已保存（/)).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('总体情况')).toHaveValue('三季度，全省重点产业链运行总体平稳。');

  const word = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载 Word' }).click();
  expect((await word).suggestedFilename()).toMatch(/2024年第三季度工作情况报告\.docx$/);
  const excel = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载 Excel' }).click();
  expect((await excel).suggestedFilename()).toMatch(/\.xlsx$/);
  await screenshot(page, 'quarterly-report');
});
