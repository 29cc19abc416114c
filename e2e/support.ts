import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type APIRequestContext, expect, type Page } from '@playwright/test';
import { creditCodeCheckChar } from '../packages/contracts/src/credit-code.js';

/** The initial admin password the platform under test is started with. */
export const ADMIN_PASSWORD = 'Admin-Initial-1';

/** The password the login spec changes it to. */
export const NEW_ADMIN_PASSWORD = 'Chain-Board-2024';

const screenshotDir = path.join(import.meta.dirname, 'screenshots');

/** A screenshot (the whole page unless told otherwise) into e2e/screenshots/<name>.png, for people to look at. */
export async function screenshot(page: Page, name: string, { fullPage = true } = {}): Promise<void> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage });
}

/** True when nothing on the page is wider than the window (no sideways scrolling of the whole page). */
export function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

/** The demo's shared password (see apps/api/src/demo/demo-logins.ts). */
export const DEMO_PASSWORD = 'Demo-2024!';

const repoRoot = path.resolve(import.meta.dirname, '..');

export type DemoPlatform = { url: string; stop: () => Promise<void> };

/**
 * Serves a platform of its own on `dataDir` (SQLite) with `args` run by Node, for specs that need
 * records to look at; the other specs keep their empty database. `offset` keeps each spec's port apart.
 * `stop` ends it and, when `removeData`, deletes the folder.
 */
async function serve(name: string, offset: number, dataDir: string, args: string[], removeData: boolean): Promise<DemoPlatform> {
  const port = Number(process.env.E2E_PORT ?? 3210) + offset;
  const url = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, args, {
    cwd: repoRoot,
    env: {
      ...process.env,
      DATABASE_URL: '',
      PORT: String(port),
      HOST: '127.0.0.1',
      CHAINBOARD_DATA_DIR: dataDir,
      CHAINBOARD_DEMO: 'true',
      CHAINBOARD_AUDIT_KEY: auditKeyOf(name),
      LOG_LEVEL: 'warn',
    },
    stdio: 'ignore',
  });
  const stop = async () => {
    if (server.exitCode === null) {
      await new Promise<void>((resolve) => {
        server.once('exit', () => resolve());
        server.kill('SIGTERM');
      });
    }
    if (removeData) fs.rmSync(dataDir, { recursive: true, force: true });
  };
  for (let i = 0; i < 750; i++) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`the ${name} platform did not start`);
}

/** A platform on a new demo data set of `scale` (the demo command migrates, writes the demo data, then serves). */
export function startDemoPlatform(name: string, offset: number, scale = 0.25): Promise<DemoPlatform> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `chainboard-e2e-${name}-`));
  return serve(name, offset, dataDir, ['apps/api/bin/chainboard.mjs', 'demo', '--scale', String(scale), '--start'], true);
}

/** A platform on a data folder built beforehand (e.g. by the benchmark's builder). */
/** The audit key a spec's own platform runs with: a data set built for it must be signed with the same. */
export const auditKeyOf = (name: string) => `e2e-${name}`;

export function startPlatformOn(name: string, offset: number, dataDir: string, removeData: boolean): Promise<DemoPlatform> {
  return serve(name, offset, dataDir, ['--import', 'tsx', 'apps/api/src/server.ts'], removeData);
}

/** Signs in on the login page of `url` as a demo user. */
export async function signInAsDemo(page: Page, url: string, username: string): Promise<void> {
  await page.goto(`${url}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /^登\s*录$/ }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

export type Me = { id: number; csrfToken: string; mustChangePassword: boolean };
export type Org = { id: number; name: string; type: string };

/**
 * Logins are limited per address (20 a minute) and the specs share one server: the budget left after
 * the last login, and when the window resets, as the server says in its x-ratelimit headers.
 */
export const loginBudget = { remaining: 20, resetAt: 0 };

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A signed-in API session: its own cookie jar, the CSRF token echoed on writes. */
export class Session {
  me!: Me;
  constructor(readonly request: APIRequestContext) {}

  async login(username: string, password: string): Promise<boolean> {
    let response = await this.request.post('/api/auth/login', { data: { username, password } });
    if (response.status() === 429) {
      // another spec used up this minute's logins: wait for the window to reset, once
      await sleep((Number(response.headers()['retry-after'] ?? 60) + 1) * 1000);
      response = await this.request.post('/api/auth/login', { data: { username, password } });
    }
    const headers = response.headers();
    if (headers['x-ratelimit-remaining'] !== undefined) {
      loginBudget.remaining = Number(headers['x-ratelimit-remaining']);
      loginBudget.resetAt = Date.now() + Number(headers['x-ratelimit-reset'] ?? 0) * 1000;
    }
    if (!response.ok()) return false;
    this.me = (await response.json()) as Me;
    return true;
  }

  async call<T>(method: string, url: string, data?: unknown): Promise<T> {
    const response = await this.request.fetch(url, { method, data, headers: { 'x-csrf-token': this.me.csrfToken } });
    if (!response.ok()) throw new Error(`${method} ${url} → ${response.status()} ${await response.text()}`);
    return (response.status() === 204 ? undefined : await response.json()) as T;
  }

  async changePassword(current: string, next: string) {
    this.me = await this.call<Me>('POST', '/api/auth/password', { currentPassword: current, newPassword: next });
  }
}

/** A valid 统一社会信用代码 from its first 17 characters, for the enterprises a spec registers. */
export const creditCode = (first17: string): string => first17 + creditCodeCheckChar(first17);
