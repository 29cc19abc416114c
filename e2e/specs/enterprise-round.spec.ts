import { expect, type Page, test } from '@playwright/test';
import { ADMIN_PASSWORD, creditCode, fitsWidth, NEW_ADMIN_PASSWORD, type Org, Session, screenshot } from '../support.js';

/**
 * The 链核 evaluation, end to end. A fresh platform has only the system administrator, so the
 * accounts and the register are set up through the API (as the administrators and the city would),
 * then the round itself is driven in the browser by the people who own each step:
 * the lead unit opens it, the city declares, the lead unit scores, the office decides and publishes.
 */

const INITIAL_PASSWORD = 'Start-Pass-2024!';
const PASSWORD = 'Chain-E2e-2024!';
/**
 * A platform has one first security administrator, appointed once by admin; specs that need one share
 * it. These match specs/project-report.spec.ts, so whichever spec runs first appoints it and the other
 * signs in as it.
 */
const SECURITY = { username: 'e2e.security', initialPassword: 'Temp-Start-2024!', password: 'Project-E2e-2024!' };
const ADMIN_TEMP_PASSWORD = 'Admin-E2e-Temp-2024!';
const LOGIN_BUTTON = { name: /^登\s*录$/ };
const CHAIN = '氢能';

/** Today in the platform's time zone, as the date pickers show it. */
const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());

async function signIn(page: Page, username: string) {
  await page.context().clearCookies();
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', LOGIN_BUTTON).click();
  await expect(page.getByTestId('header-user')).toBeVisible();
}

/** Picks an option of an antd Select inside the open drawer or dialog. */
async function choose(page: Page, label: string, option: string) {
  await page.getByRole('dialog').getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
}

async function confirmPopover(page: Page, action: string) {
  await page.getByRole('button', { name: action }).click();
  await page.getByRole('tooltip').getByRole('button', { name: '确定' }).click();
}

test('a 链核 round: opened, declared, scored, decided, published, and seen in the tier history', async ({ page, playwright, baseURL }) => {
  const newSession = async () => new Session(await playwright.request.newContext({ baseURL }));
  const run = Date.now().toString(36).slice(-5);
  const names = { office: `e2e.office.${run}`, lead: `e2e.lead.${run}`, city: `e2e.city.${run}` };

  // ── the system administrator: a fresh platform asks for a new password first ──
  const admin = await newSession();
  let restoreAdmin = false;
  if (await admin.login('admin', ADMIN_PASSWORD)) {
    await admin.changePassword(ADMIN_PASSWORD, ADMIN_TEMP_PASSWORD);
    restoreAdmin = true; // the login spec expects the initial password; it is put back at the end
  } else {
    expect(await admin.login('admin', NEW_ADMIN_PASSWORD), 'admin logs in with the initial or the changed password').toBe(true);
  }

  try {
    const orgs = (await admin.call<{ items: Org[] }>('GET', '/api/organisations?pageSize=500')).items;
    const org = (name: string) => {
      const found = orgs.find((o) => o.name === name);
      if (!found) throw new Error(`organisation ${name} missing from the reference data`);
      return found;
    };
    const office = org('省链长办');
    const leadUnit = org('省工信厅');
    const city = org('太原市');

    const userIds: Record<string, number> = {};
    for (const [key, username] of Object.entries(names)) {
      const organisationId = key === 'lead' ? leadUnit.id : key === 'city' ? city.id : office.id;
      const user = await admin.call<{ id: number }>('POST', '/api/users', {
        username,
        displayName: `测试${key}`,
        organisationId,
        password: INITIAL_PASSWORD,
      });
      userIds[key] = user.id;
    }
    // the first security administrator is appointed by the system administrator (unless another spec did) …
    const security = await newSession();
    const appointed = await admin.call<{ total: number }>('GET', '/api/users?role=securityAdmin');
    if (appointed.total === 0) {
      const user = await admin.call<{ id: number }>('POST', '/api/users', {
        username: SECURITY.username,
        displayName: '安全管理员（测试）',
        organisationId: office.id,
        password: SECURITY.initialPassword,
      });
      await admin.call('PUT', `/api/users/${user.id}/roles`, { roles: ['securityAdmin'] });
      expect(await security.login(SECURITY.username, SECURITY.initialPassword)).toBe(true);
      await security.changePassword(SECURITY.initialPassword, SECURITY.password);
    } else {
      expect(await security.login(SECURITY.username, SECURITY.password), 'the shared e2e security administrator').toBe(true);
    }
    // … who then grants the business roles
    for (const key of ['office', 'lead', 'city']) {
      await security.call('PUT', `/api/users/${userIds[key]}/roles`, { roles: ['editor'] });
    }
    const sessions: Record<string, Session> = {};
    for (const key of ['office', 'lead', 'city'] as const) {
      const session = await newSession();
      expect(await session.login(names[key], INITIAL_PASSWORD)).toBe(true);
      await session.changePassword(INITIAL_PASSWORD, PASSWORD);
      sessions[key] = session;
    }

    // ── the office gives 氢能 to 省工信厅 and 太原市 as a host; the city registers two enterprises on it ──
    const chain = (
      await sessions.office.call<{ items: { id: number; name: string }[] }>('GET', `/api/chains?q=${encodeURIComponent(CHAIN)}`)
    ).items.find((c) => c.name === CHAIN);
    if (!chain) throw new Error(`chain ${CHAIN} missing`);
    await sessions.office.call('PATCH', `/api/chains/${chain.id}`, { leadUnitId: leadUnit.id, hostIds: [city.id] });
    const serial = String(Date.now()).slice(-9);
    const enterprises = [`氢途测试装备${run}有限公司`, `晋氢测试材料${run}有限公司`];
    for (const [i, name] of enterprises.entries()) {
      await sessions.city.call('POST', '/api/enterprises', {
        creditCode: creditCode(`91140100${serial.slice(0, 8)}${i}`),
        name,
        cityId: city.id,
        chains: [{ chainId: chain.id, stage: 'midstream' }],
      });
    }

    // ── the lead unit opens a 链核 round on its chain ──
    await signIn(page, names.lead);
    await page.getByRole('menuitem', { name: '企业评定' }).click();
    await expect(page.getByRole('heading', { name: '企业评定', exact: true })).toBeVisible();
    await page.getByRole('button', { name: '发起评定' }).click();
    const drawer = page.getByRole('dialog');
    await choose(page, '评定类别', '链核企业半年评定');
    await expect(drawer.getByLabel('期间', { exact: true })).toHaveValue(/^20\d\dH[12]$/);
    await choose(page, '产业链', CHAIN);
    await expect(drawer.getByLabel('标题', { exact: true })).toHaveValue(new RegExp(`^${CHAIN}20\\d\\d年[上下]半年链核企业半年评定$`));
    const effective = drawer.getByLabel('认定生效日期', { exact: true });
    await effective.click();
    await effective.fill(today());
    await effective.press('Tab');
    await expect(effective).toHaveValue(today());
    await drawer.getByRole('button', { name: '保存' }).click();
    await expect(page).toHaveURL(/\/rounds\/\d+$/);
    const roundUrl = new URL(page.url()).pathname;
    await expect(page.getByText('申报中').first()).toBeVisible();

    // ── the city declares both enterprises ──
    await signIn(page, names.city);
    await page.goto(roundUrl);
    for (const [i, name] of enterprises.entries()) {
      await page.getByRole('button', { name: '申报', exact: true }).click();
      const form = page.getByRole('dialog');
      const picker = form.getByLabel('申报企业', { exact: true });
      await picker.click();
      await picker.fill(name.slice(0, 4));
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: name }).click();
      await form.getByLabel('营业收入（万元）', { exact: true }).fill(String(52000 + i * 1000));
      await form.getByLabel('工业总产值（万元）', { exact: true }).fill('48000');
      await form.getByLabel('税收（万元）', { exact: true }).fill('2100.5');
      await form.getByLabel('研发投入（万元）', { exact: true }).fill('1800');
      await form.getByLabel('投资额（万元）', { exact: true }).fill('9000');
      await form.getByLabel('从业人数', { exact: true }).fill('420');
      await form.getByLabel('本地配套率（%）', { exact: true }).fill('46.5');
      await form.getByLabel('申报说明', { exact: true }).fill('氢能装备关键部件本地配套，带动链上企业 12 家');
      await form.getByRole('button', { name: '保存' }).click();
      await expect(form).toBeHidden();
      await expect(page.getByRole('row').filter({ hasText: name })).toBeVisible();
    }
    await expect(page.getByRole('row').filter({ hasText: enterprises[0] as string })).toContainText('52,000.00');

    // ── the lead unit closes declarations and scores ──
    await signIn(page, names.lead);
    await page.goto(roundUrl);
    await confirmPopover(page, '结束申报，进入评审');
    await expect(page.getByText('评审中').first()).toBeVisible();
    for (const [i, name] of enterprises.entries()) {
      await page.getByRole('row').filter({ hasText: name }).getByRole('button', { name: '评分', exact: true }).click();
      const form = page.getByRole('dialog');
      await form.getByLabel('评分', { exact: true }).fill(String(90 - i * 4));
      await form.getByLabel('评审意见', { exact: true }).fill('配套带动作用突出');
      await form.getByRole('button', { name: '保存' }).click();
      await expect(form).toBeHidden();
      await expect(page.getByRole('row').filter({ hasText: name })).toContainText(String(90 - i * 4));
    }
    // the lead unit cannot decide: that is the office's
    await expect(page.getByRole('button', { name: '认定', exact: true })).toHaveCount(0);

    // ── the office recognises both, completes and publishes ──
    await signIn(page, names.office);
    await page.goto(roundUrl);
    for (const name of enterprises) {
      await page.getByRole('row').filter({ hasText: name }).getByRole('button', { name: '认定', exact: true }).click();
      const form = page.getByRole('dialog');
      await expect(form.getByRole('radio', { name: '认定', exact: true })).toBeChecked();
      await form.getByRole('button', { name: '保存' }).click();
      await expect(form).toBeHidden();
      await expect(
        page
          .getByRole('row')
          .filter({ hasText: name })
          .locator('.ant-tag')
          .filter({ hasText: /^认定$/ }),
      ).toBeVisible();
    }
    await confirmPopover(page, '完成认定');
    await expect(page.getByRole('button', { name: '公布名单' })).toBeVisible();
    await confirmPopover(page, '公布名单');
    await page.getByRole('tab', { name: '公布名单' }).click();
    const published = page.getByRole('tabpanel');
    for (const name of enterprises) await expect(published.getByRole('link', { name, exact: true })).toBeVisible();

    // ── the enterprise profile shows 链核 in its tier history ──
    await page.getByRole('menuitem', { name: '企业', exact: true }).click();
    const search = page.getByLabel('企业名称或信用代码', { exact: true });
    await search.fill(enterprises[0] as string);
    await search.press('Enter');
    await page.getByRole('link', { name: enterprises[0], exact: true }).click();
    await expect(page.getByRole('heading', { name: enterprises[0], exact: true })).toBeVisible();
    const history = page.getByRole('region', { name: `${CHAIN}层级变化` });
    // registered as 链上企业, recognised 链核企业 by the round: the change shows from → to
    await expect(history.getByText('链上企业', { exact: true })).toBeVisible();
    await expect(history.getByText('链核企业', { exact: true })).toBeVisible();
    await expect(history.getByRole('link', { name: '经评定认定' })).toBeVisible();
    // on the day the round took effect the enterprise was 链核 on the chain
    await page.getByLabel('查看日期').fill(today());
    await page.getByLabel('查看日期').press('Enter');
    await page.keyboard.press('Escape');
    await expect(page.locator('.ant-picker-dropdown:visible')).toHaveCount(0);
    const onDay = page.getByRole('alert').filter({ hasText: `${today()} 当日` });
    await expect(onDay).toContainText(`${CHAIN}：`);
    await expect(onDay).toContainText('链核企业');
    await expect(page.locator('.ant-message-notice')).toHaveCount(0); // the toasts have faded
    await screenshot(page, 'desktop-enterprise-profile');

    await page.setViewportSize({ width: 375, height: 812 });
    await expect(page.getByRole('button', { name: '打开菜单' })).toBeVisible();
    await expect.poll(() => fitsWidth(page)).toBe(true);
    await screenshot(page, 'phone-enterprise-profile');
  } finally {
    // Put the administrator back as the platform started (initial password, to be changed at next login).
    if (restoreAdmin) await admin.call('POST', `/api/users/${admin.me.id}/password`, { password: ADMIN_PASSWORD });
  }
});
