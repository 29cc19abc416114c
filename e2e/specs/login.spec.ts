import { expect, type Page, test } from '@playwright/test';
import { ADMIN_PASSWORD, fitsWidth, NEW_ADMIN_PASSWORD, screenshot } from '../support.js';

// The second test logs in with the password the first one sets.
test.describe.configure({ mode: 'serial' });

/** antd writes a two-character button label as "登 录"; match it with or without the space. */
const LOGIN_BUTTON = { name: /^登\s*录$/ };

async function logIn(page: Page, password: string) {
  await page.getByLabel('用户名').fill('admin');
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', LOGIN_BUTTON).click();
}

async function expectChainList(page: Page) {
  await expect(page).toHaveURL(/\/chains$/);
  await expect(page.getByRole('heading', { name: '产业链', exact: true })).toBeVisible();
  for (const name of ['特钢材料', '合成生物', '装配式建筑', '光伏']) {
    await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  }
  await expect(page.getByText('共 16 条')).toBeVisible();
  await expect(page.locator('.ant-table-tbody tr.ant-table-row')).toHaveCount(16);
}

async function openPhotovoltaics(page: Page) {
  await page.getByRole('link', { name: '光伏', exact: true }).click();
  await expect(page).toHaveURL(/\/chains\/\d+$/);
  await expect(page.getByRole('heading', { name: '光伏', exact: true })).toBeVisible();
  // the facts block: the cell right after the 批次 header holds the batch year
  const batch = page.getByRole('rowheader', { name: '批次', exact: true });
  await expect(batch.locator('xpath=following-sibling::*[1]')).toHaveText('2022年');
}

async function logOut(page: Page) {
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('button', LOGIN_BUTTON)).toBeVisible();
}

test('first login: change the initial password, browse the chains, log out', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByText('产业链链长制工作平台')).toBeVisible();
  await screenshot(page, 'desktop-login');

  await logIn(page, ADMIN_PASSWORD);
  await expect(page).toHaveURL(/\/change-password$/);
  await expect(page.getByText('首次登录须修改初始密码')).toBeVisible();
  await page.getByLabel('当前密码').fill(ADMIN_PASSWORD);
  await page.getByLabel('新密码', { exact: true }).fill(NEW_ADMIN_PASSWORD);
  await page.getByLabel('确认新密码').fill(NEW_ADMIN_PASSWORD);
  await page.getByRole('button', { name: '确认修改' }).click();

  await expectChainList(page);
  await screenshot(page, 'desktop-chains');

  await openPhotovoltaics(page);
  await screenshot(page, 'desktop-chain-detail');

  await logOut(page);

  // The initial password no longer opens the platform.
  await logIn(page, ADMIN_PASSWORD);
  await expect(page.getByRole('alert').filter({ hasText: '用户名或密码错误' })).toBeVisible();
  await expect(page).toHaveURL(/\/login$/);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

  test('log in with the new password, the chain list and a chain fit the screen', async ({ page }) => {
    await page.goto('/login');
    await expect(page.getByRole('button', LOGIN_BUTTON)).toBeVisible();
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, 'phone-login');

    await logIn(page, NEW_ADMIN_PASSWORD);
    await expectChainList(page);
    // the side menu folds into a drawer
    await page.getByRole('button', { name: '打开菜单' }).click();
    const drawer = page.getByRole('dialog');
    await expect(drawer.getByRole('menuitem', { name: '产业链' })).toBeVisible();
    await expect.poll(async () => (await drawer.boundingBox())?.x).toBe(0); // slid fully in
    await screenshot(page, 'phone-menu', { fullPage: false });
    await page.getByRole('menuitem', { name: '产业链' }).click();
    await expect(page.getByRole('menuitem', { name: '产业链' })).toBeHidden();
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, 'phone-chains');

    await openPhotovoltaics(page);
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, 'phone-chain-detail');

    await logOut(page);
  });
});
