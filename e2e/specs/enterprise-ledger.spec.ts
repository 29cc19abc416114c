import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { creditCode, type DemoPlatform, screenshot, signInAsDemo, startDemoPlatform } from '../support.js';

/**
 * A city brings in a quarter's enterprise ledger: the dialog shows the ledger's period (the last
 * quarter ended by default), the city picks the quarter the ledger reports, and the enterprises sit on
 * their chain from that quarter's first day, not from the day of the import.
 */

let demo: DemoPlatform;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  demo = await startDemoPlatform('ledger', 110, 0.1);
});

test.afterAll(async () => {
  await demo?.stop();
});

async function ledger(codes: string[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('企业名录');
  sheet.addRow([
    '统一社会信用代码',
    '企业名称',
    '所在市',
    '所在开发区/园区',
    '地址',
    '法定代表人',
    '联系人',
    '联系电话',
    '主要产品',
    '所属产业链',
    '所处环节',
  ]);
  codes.forEach((code, i) => {
    sheet.addRow([code, `台账示例企业${i + 1}有限公司`, '太原市', '', '', '', '', '', '', '光伏', '中游']);
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('a 2024Q3 ledger places its enterprises on their chain from 2024-07-01', async ({ page }) => {
  await signInAsDemo(page, demo.url, 'city');
  await page.goto(`${demo.url}/enterprises`);
  await page.getByRole('button', { name: /导入/ }).first().click();
  await page.getByText('导入企业名录').click();
  const dialog = page.getByRole('dialog', { name: '导入企业名录' });
  const period = dialog.getByLabel('台账所属期');
  await expect(dialog.getByText(/默认为最近一个已结束的季度/)).toBeVisible();

  await period.click();
  await page.getByTitle('2024年第三季度（2024Q3）').click();
  await expect(dialog.getByText('台账中的企业自 2024-07-01 起计入所属产业链', { exact: false })).toBeVisible();
  const serial = String(Date.now()).slice(-8);
  const codes = [creditCode(`91140100${serial}1`), creditCode(`91140100${serial}2`)];
  await dialog.locator('input[type=file]').setInputFiles({
    name: '2024年第三季度企业台账.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await ledger(codes),
  });
  await dialog.getByRole('button', { name: '开始导入' }).click();
  await expect(dialog.getByText('导入成功：共 2 行，已写入 2 行')).toBeVisible();
  await expect(dialog.getByText('按台账所属期2024年第三季度导入：企业自 2024-07-01 起计入所属产业链。')).toBeVisible();
  await screenshot(page, 'enterprise-ledger-imported', { fullPage: false });

  // the enterprise's tier history starts with the quarter the ledger reports
  const found = await (await page.request.get(`${demo.url}/api/enterprises?q=${codes[0]}`)).json();
  const tiers = await (await page.request.get(`${demo.url}/api/enterprises/${found.items[0].id}/tiers`)).json();
  expect(tiers).toMatchObject([{ chainName: '光伏', tier: 'member', validFrom: '2024-07-01', validTo: null }]);
});
