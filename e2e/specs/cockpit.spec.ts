import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { auditKeyOf, type DemoPlatform, fitsWidth, screenshot, signInAsDemo, startPlatformOn } from '../support.js';

/**
 * The cockpit renders the demo data (one province) and a national-shaped data set (500 chains), on a
 * wall screen and on a phone. Each data set gets a platform of its own, so the other specs keep their
 * empty database. The national set is built here at a reduced size unless CHAINBOARD_NATIONAL_DATA_DIR
 * names a data folder kept by the benchmark (BENCH_KEEP_DIR), which holds the full 500,000 enterprises.
 */

const repoRoot = path.resolve(import.meta.dirname, '../..');

/**
 * Builds a data set with the demo generator into a new data folder (via the benchmark's builder, kept),
 * its audit trail signed with the key the platform serving it uses.
 */
function buildDataSet(scale: number, chains: number, name: string): string {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chainboard-e2e-cockpit-'));
  execFileSync(process.execPath, ['--import', 'tsx', 'apps/api/bench/cockpit-phase.ts', '', String(scale), String(chains), '1'], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: '', BENCH_KEEP_DIR: dataDir, CHAINBOARD_AUDIT_KEY: auditKeyOf(name) },
    stdio: 'ignore',
    timeout: 15 * 60_000,
  });
  return dataDir;
}

async function logIn(page: Page, url: string) {
  await signInAsDemo(page, url, 'office');
  await expect(page).toHaveURL(/\/cockpit$/, { timeout: 30_000 });
}

async function expectCockpit(page: Page) {
  await expect(page.getByTestId('cockpit')).toBeVisible();
  // at national scale the first read after a write computes everything from the records (tens of seconds)
  await expect(page.getByTestId('figure-target:chainEnterprises')).toBeVisible({ timeout: 180_000 });
  // the charts arrive after the figures, in their own chunk
  await expect(page.getByRole('img', { name: /链上企业营业收入/ })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('产业链排名')).toBeVisible({ timeout: 30_000 });
}

for (const set of [
  { name: 'demo', scale: 1, chains: 16, dir: null as string | null },
  {
    name: 'national',
    scale: Number(process.env.COCKPIT_NATIONAL_SCALE ?? 12.5),
    chains: 500,
    dir: process.env.CHAINBOARD_NATIONAL_DATA_DIR ?? null,
  },
]) {
  test.describe(`the cockpit on the ${set.name} data set`, () => {
    test.describe.configure({ mode: 'serial', timeout: 20 * 60_000 });
    let platform: DemoPlatform;
    test.beforeAll(async () => {
      const dataDir = set.dir ?? buildDataSet(set.scale, set.chains, `cockpit-${set.name}`);
      platform = await startPlatformOn(`cockpit-${set.name}`, set.name === 'demo' ? 10 : 11, dataDir, !set.dir);
    });
    test.afterAll(async () => {
      await platform?.stop();
    });

    test('on a 1920×1080 wall screen, every figure opens its rows', async ({ page }) => {
      await page.setViewportSize({ width: 1920, height: 1080 });
      await logIn(page, platform.url);
      await expectCockpit(page);
      await screenshot(page, `cockpit-${set.name}-wall`, { fullPage: false });
      await screenshot(page, `cockpit-${set.name}-wall-full`);

      const card = page.getByTestId('figure-target:keyProjects');
      await card.click();
      const drawer = page.getByRole('dialog');
      await expect(drawer.getByText(/由以下 [\d,]+ 条记录计算/)).toBeVisible({ timeout: 30_000 });
      await expect(drawer.getByRole('button', { name: /导出/ })).toBeVisible();
      await screenshot(page, `cockpit-${set.name}-drill`, { fullPage: false });
    });

    test('on a phone', async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 812 });
      await logIn(page, platform.url);
      await expectCockpit(page);
      expect(await fitsWidth(page)).toBe(true);
      await screenshot(page, `cockpit-${set.name}-phone`);
    });
  });
}
