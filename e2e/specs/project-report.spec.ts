import { type Browser, type BrowserContext, expect, type Locator, type Page, test } from '@playwright/test';
import { ADMIN_PASSWORD, fitsWidth, NEW_ADMIN_PASSWORD, screenshot } from '../support.js';

/**
 * A host city keeps its key project: 太原市 lists a 12亿元 储备类 project on a chain it hosts,
 * reports a past month's progress, moves the project to 实施类（新建）, and the project's timeline
 * shows the report and the move. Accounts are set up through the API, as the administrators would:
 * the system administrator creates them, appoints the first security administrator, who grants roles.
 */

const PASSWORD = 'Project-E2e-2024!';
const TEMP_PASSWORD = 'Temp-Start-2024!';
const CHAIN = '光伏';
const PROJECT = '太原光伏组件智能制造基地项目（测试）';

type Me = { id: number; csrfToken: string; mustChangePassword: boolean };
type Org = { id: number; name: string; type: string };
type Paged<T> = { items: T[]; total: number };

/** A signed-in API session in its own browser context (its own cookie jar). */
type Session = {
  context: BrowserContext;
  me: Me;
  get<T>(path: string): Promise<T>;
  send<T>(method: 'POST' | 'PUT' | 'PATCH', path: string, body: unknown): Promise<T>;
};

async function signIn(browser: Browser, username: string, password: string): Promise<Session | null> {
  const context = await browser.newContext();
  const login = await context.request.post('/api/auth/login', { data: { username, password } });
  if (!login.ok()) {
    await context.close();
    return null;
  }
  const session: Session = {
    context,
    me: (await login.json()) as Me,
    async get<T>(path: string) {
      const response = await context.request.get(path);
      expect(response.ok(), `GET ${path}: ${await response.text()}`).toBe(true);
      return (await response.json()) as T;
    },
    async send<T>(method: 'POST' | 'PUT' | 'PATCH', path: string, body: unknown) {
      const response = await context.request.fetch(path, {
        method,
        data: body,
        headers: { 'x-csrf-token': session.me.csrfToken },
      });
      expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBe(true);
      return (await response.json()) as T;
    },
  };
  return session;
}

/** Signs in and, on a first login, replaces the initial password. */
async function signInReady(browser: Browser, username: string, password: string, next: string): Promise<Session> {
  const session = await signIn(browser, username, password);
  expect(session, `login of ${username}`).not.toBeNull();
  const s = session as Session;
  if (s.me.mustChangePassword) {
    s.me = await s.send<Me>('POST', '/api/auth/password', { currentPassword: password, newPassword: next });
  }
  return s;
}

/** The administrator: with the password the login spec set, or the initial one (then changed as that spec does). */
async function signInAdmin(browser: Browser): Promise<Session> {
  const changed = await signIn(browser, 'admin', NEW_ADMIN_PASSWORD);
  if (changed) return changed;
  return signInReady(browser, 'admin', ADMIN_PASSWORD, NEW_ADMIN_PASSWORD);
}

async function createUser(admin: Session, username: string, displayName: string, organisationId: number): Promise<number> {
  const user = await admin.send<{ id: number }>('POST', '/api/users', { username, displayName, organisationId, password: TEMP_PASSWORD });
  return user.id;
}

/**
 * Accounts and the chain's host: a security administrator (appointed by admin), an office editor
 * who makes 太原市 a host of the chain, and the 太原市 editor who then works in the browser.
 */
async function setUp(browser: Browser): Promise<void> {
  const admin = await signInAdmin(browser);
  const orgs = await admin.get<Paged<Org>>('/api/organisations?pageSize=500');
  const office = orgs.items.find((o) => o.type === 'office');
  const taiyuan = orgs.items.find((o) => o.type === 'city' && o.name === '太原市');
  expect(office && taiyuan, 'the seeded 省链长办 and 太原市').toBeTruthy();

  // the first security administrator is appointed once per platform; another spec may have done it
  const existing = await admin.get<Paged<{ username: string }>>('/api/users?role=securityAdmin');
  if (existing.total === 0) {
    const securityId = await createUser(admin, 'e2e.security', '安全管理员（测试）', (office as Org).id);
    await admin.send('PUT', `/api/users/${securityId}/roles`, { roles: ['securityAdmin'] });
  } else {
    expect(
      existing.items.map((u) => u.username),
      'the shared e2e security administrator',
    ).toContain('e2e.security');
  }
  const officeEditorId = await createUser(admin, 'e2e.office', '省链长办经办（测试）', (office as Org).id);
  const cityEditorId = await createUser(admin, 'e2e.taiyuan', '太原市经办（测试）', (taiyuan as Org).id);
  await admin.context.close();

  const security =
    existing.total === 0
      ? await signInReady(browser, 'e2e.security', TEMP_PASSWORD, PASSWORD)
      : ((await signIn(browser, 'e2e.security', PASSWORD)) as Session);
  await security.send('PUT', `/api/users/${officeEditorId}/roles`, { roles: ['editor'] });
  await security.send('PUT', `/api/users/${cityEditorId}/roles`, { roles: ['editor'] });
  await security.context.close();

  // the chain must be hosted in 太原市 for the city to list projects on it
  const officeEditor = await signInReady(browser, 'e2e.office', TEMP_PASSWORD, PASSWORD);
  const chains = await officeEditor.get<Paged<{ id: number; name: string; hosts: { id: number }[] }>>('/api/chains?pageSize=100');
  const chain = chains.items.find((c) => c.name === CHAIN);
  expect(chain, `the seeded chain ${CHAIN}`).toBeTruthy();
  const hostIds = [...new Set([...(chain?.hosts ?? []).map((h) => h.id), (taiyuan as Org).id])];
  await officeEditor.send('PATCH', `/api/chains/${chain?.id}`, { hostIds });
  await officeEditor.context.close();

  // the city's first login (password change) through the API; the browser then logs in directly
  const city = await signInReady(browser, 'e2e.taiyuan', TEMP_PASSWORD, PASSWORD);
  await city.context.close();
}

/** Picks an option of an antd Select by typing it and pressing Enter. */
async function choose(page: Page, within: Locator, label: string, option: string) {
  const box = within.getByLabel(label, { exact: true });
  await box.click();
  await box.fill(option);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
}

test('a city lists a 12亿元 reserve project, reports a month and moves it to 实施类（新建）', async ({ browser, page }) => {
  await setUp(browser);

  // log in as the 太原市 editor and open 重点项目
  await page.goto('/login');
  await page.getByLabel('用户名').fill('e2e.taiyuan');
  await page.getByLabel('密码', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: /^登\s*录$/ }).click();
  await expect(page).toHaveURL(/\/chains$/);
  await page.getByRole('menuitem', { name: '重点项目' }).click();
  await expect(page).toHaveURL(/\/projects$/);
  await expect(page.getByRole('heading', { name: '重点项目', exact: true })).toBeVisible();
  await expect(page.getByText('还没有重点项目')).toBeVisible();

  // 新增: 12亿元 typed as 120000 万元, 储备类; the city is fixed to the user's own
  await page.getByRole('button', { name: '新增' }).click();
  const drawer = page.getByRole('dialog', { name: '新增重点项目' });
  await expect(drawer).toBeVisible();
  await drawer.getByLabel('项目名称').fill(PROJECT);
  await choose(page, drawer, '产业链', CHAIN);
  await expect(drawer.locator('.ant-form-item').filter({ hasText: '所在市' }).first()).toContainText('太原市');
  await drawer.getByLabel('建设单位').fill('太原示例光伏科技有限公司（测试）');
  await drawer.getByLabel('建设内容').fill('建设高效光伏组件智能制造产线');
  await drawer.getByLabel('总投资（万元）').fill('120000');
  await drawer.getByLabel('年度计划投资（万元）').fill('30000');
  await drawer.getByRole('radio', { name: /^储备类/ }).check();
  await drawer.getByLabel('包联领导').fill('王副市长（测试）');
  await drawer.getByRole('button', { name: '保存' }).click();

  // the project page
  await expect(page).toHaveURL(/\/projects\/\d+$/);
  const header = page.getByRole('heading', { name: PROJECT, exact: true });
  await expect(header).toBeVisible();
  const total = page.getByRole('rowheader', { name: '总投资', exact: true }).locator('xpath=following-sibling::*[1]');
  await expect(total).toHaveText('120,000 万元（12.00 亿元）');
  await expect(page.getByRole('rowheader', { name: '包联领导', exact: true }).locator('xpath=following-sibling::*[1]')).toHaveText(
    '王副市长（测试）',
  );

  // 进展报送: a past month (the form starts from the month just ended)
  await page.getByRole('tab', { name: /进展报送/ }).click();
  await page.getByRole('button', { name: '报送进展' }).click();
  const report = page.getByRole('dialog', { name: /报送进展/ });
  const period = await report.getByLabel(/报送期间/).inputValue();
  expect(period).toMatch(/^20\d\d-\d\d$/);
  await report.getByLabel('形象进度').fill('完成厂房基础施工，主体钢结构进场');
  await report.getByLabel('本期完成投资（万元）').fill('5000');
  await report.getByRole('button', { name: '报送' }).click();
  await expect(report).toBeHidden();
  const reports = page.getByRole('table', { name: '进展报告' });
  await expect(reports.getByText('完成厂房基础施工，主体钢结构进场')).toBeVisible();
  await expect(reports.getByRole('cell', { name: '5,000', exact: true })).toBeVisible();

  // 调整类别: 储备类 → 实施类（新建）
  await page.getByRole('button', { name: '调整类别' }).click();
  const move = page.getByRole('dialog', { name: /调整类别/ });
  await move.getByRole('radio', { name: '实施类' }).check();
  await move.getByRole('radio', { name: '新建' }).check();
  await move.getByRole('button', { name: '确认调整' }).click();
  await expect(move).toBeHidden();
  await expect(page.locator('.ant-tag', { hasText: '实施类（新建）' }).first()).toBeVisible();

  // the timeline: listed, reported, moved
  await page.getByRole('tab', { name: '时间线' }).click();
  const timeline = page.getByLabel('项目时间线');
  await expect(timeline.getByText('储备类 → 实施类（新建）')).toBeVisible();
  await expect(timeline.getByText(new RegExp(`报送 ${period} 进展.*本期完成投资 0\\.50亿元`))).toBeVisible();
  await expect(timeline.getByText('列入储备类，总投资 12.00亿元')).toBeVisible();
  await expect(timeline.getByText('e2e.taiyuan').first()).toBeVisible();
  await expect(page.locator('.ant-message-notice')).toHaveCount(0); // the toasts have faded
  await screenshot(page, 'desktop-project');

  // on a phone the same page fits the screen
  await page.setViewportSize({ width: 375, height: 812 });
  await expect(page.getByRole('button', { name: '打开菜单' })).toBeVisible();
  await expect(header).toBeVisible();
  expect(await fitsWidth(page)).toBe(true);
  await screenshot(page, 'phone-project');

  // the list shows the project with its class and its last report
  await page.goto('/projects');
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: PROJECT }) });
  await expect(row).toContainText('实施类（新建）');
  await expect(row).toContainText('120,000');
});
