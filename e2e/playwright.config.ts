import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { ADMIN_PASSWORD } from './support.js';

/**
 * The end-to-end tests drive the real platform (API + built web app, one process) in Debian's
 * Chromium. Every run starts from a new SQLite database in a fresh data folder.
 */
const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://127.0.0.1:${port}`;
const dataDir = path.join(os.tmpdir(), `chainboard-e2e-${port}`);
const repoRoot = path.resolve(import.meta.dirname, '..');

export default defineConfig({
  testDir: './specs',
  // per port, so runs on different ports (E2E_PORT) can go on side by side
  outputDir: `./test-results/${port}`,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never', outputFolder: `playwright-report/${port}` }]],
  use: {
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } } }],
  webServer: {
    // A new database every run: the data folder is removed and made again before the server starts.
    // DATABASE_URL is unset so the platform runs on its embedded SQLite database.
    command: `unset DATABASE_URL; rm -rf '${dataDir}' && mkdir -p '${dataDir}' && exec node_modules/.bin/tsx apps/api/src/server.ts`,
    cwd: repoRoot,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    // Playwright adds these to its own environment.
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      CHAINBOARD_DATA_DIR: dataDir,
      CHAINBOARD_ADMIN_PASSWORD: ADMIN_PASSWORD,
      CHAINBOARD_DEMO: 'false',
      CHAINBOARD_AUDIT_KEY: '',
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
    },
  },
});
