/**
 * A real platform for one test file: its own SQLite file or its own PostgreSQL database, migrated and
 * seeded, dropped afterwards. Tests talk to it through app.inject, as a browser would.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { describe } from 'vitest';
import { buildApp, createDeps } from '../src/app.js';
import { type Config, loadConfig } from '../src/config.js';
import type { Deps } from '../src/context.js';
import type { DatabaseKind } from '../src/db/database.js';
import { connect } from '../src/db/dialect.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { type Clock, systemClock } from '../src/lib/clock.js';
import { seedReference } from '../src/seed/seed-reference.js';

export const ADMIN_PASSWORD = 'Admin-Initial-1';
export const PASSWORD = 'Chain-Test-2024';

/** PostgreSQL runs where TEST_DATABASE_URL or DATABASE_URL points; without either only SQLite runs. */
const postgresUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || null;
export const DATABASE_KINDS: DatabaseKind[] = postgresUrl ? ['sqlite', 'postgres'] : ['sqlite'];

/** `describeOnBothDatabases('chains', (kind) => { ... })` runs the suite once per database. */
export function describeOnBothDatabases(name: string, suite: (kind: DatabaseKind) => void) {
  describe.each(DATABASE_KINDS)(`${name} [%s]`, suite);
}

async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const base = new URL(postgresUrl as string);
  const name = `cb_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: base.toString() });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(base.toString());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: base.toString() });
      await c.connect();
      // pool.end() resolves before its sockets have closed: wait for them, or the forced drop
      // kills a connection that is still ending and pg reports it as an unhandled error
      for (let i = 0; i < 100; i++) {
        const { rows } = await c.query('select count(*)::int as n from pg_stat_activity where datname = $1', [name]);
        if (rows[0].n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export type TestPlatform = Awaited<ReturnType<typeof startTestPlatform>>;

/**
 * `clock`: the day the platform runs on (the system clock unless a test fixes one). `prepare` fills the
 * database before the platform migrates and seeds it as a start does (an earlier release's data, say).
 */
export async function startTestPlatform(
  kind: DatabaseKind,
  overrides: Partial<Config> = {},
  clock: Clock = systemClock,
  opts: { prepare?: (deps: Deps) => Promise<void> } = {},
) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chainboard-test-'));
  const pgDb = kind === 'postgres' ? await createPostgresDatabase() : null;
  const config: Config = {
    ...loadConfig({}),
    dataDir,
    databaseUrl: pgDb?.url ?? null,
    auditKey: 'test-audit-key',
    webDist: null,
    adminPassword: ADMIN_PASSWORD,
    ...overrides,
  };
  const deps = createDeps(config, connect(config), clock);
  await opts.prepare?.(deps);
  await migrateToLatest(deps.db);
  await seedReference(deps, { adminPassword: ADMIN_PASSWORD });
  const app = await buildApp(deps);

  return {
    app,
    deps,
    config,
    /** Logs in and returns a client that carries the session cookie and CSRF token. */
    async login(username: string, password = PASSWORD) {
      const remoteAddress = nextAddress();
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress });
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
      return clientFor(app, cookieOf(res), res.json().csrfToken as string, remoteAddress);
    },
    anonymous: () => clientFor(app, null, null, nextAddress()),
    async close() {
      await app.close();
      await deps.connection.close();
      await pgDb?.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function cookieOf(res: LightMyRequestResponse): string {
  const c = res.cookies.find((x) => x.name === 'cb_session');
  if (!c) throw new Error('no session cookie');
  return c.value;
}

/**
 * Each client comes from its own address, as separate browsers would: the per-address rate limits
 * on login and password change then count one client's requests, not the whole test file's.
 */
let addressCounter = 0;
function nextAddress(): string {
  const n = ++addressCounter;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

export type Client = ReturnType<typeof clientFor>;
export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

function clientFor(app: FastifyInstance, session: string | null, csrf: string | null, remoteAddress: string) {
  const send = (method: Method, url: string, payload?: unknown) =>
    app.inject({
      method,
      url,
      payload: payload as Record<string, unknown> | undefined,
      cookies: session ? { cb_session: session } : {},
      headers: csrf && method !== 'GET' ? { 'x-csrf-token': csrf } : {},
      remoteAddress,
    });
  return {
    session,
    csrf,
    remoteAddress,
    /** Any method; a write without a payload sends `{}`, as post() does. */
    send: (method: Method, url: string, payload?: unknown) => send(method, url, method === 'GET' ? undefined : (payload ?? {})),
    get: (url: string) => send('GET', url),
    post: (url: string, payload?: unknown) => send('POST', url, payload ?? {}),
    patch: (url: string, payload: unknown) => send('PATCH', url, payload),
    put: (url: string, payload: unknown) => send('PUT', url, payload),
    delete: (url: string) => send('DELETE', url),
    /** A body sent exactly as given, for malformed JSON, other content types and uploaded files. */
    raw: (method: Method, url: string, body: string | Buffer, contentType = 'application/json') =>
      app.inject({
        method,
        url,
        payload: body,
        cookies: session ? { cb_session: session } : {},
        headers: { 'content-type': contentType, ...(csrf ? { 'x-csrf-token': csrf } : {}) },
        remoteAddress,
      }),
  };
}

/**
 * A second API on a platform's database, with its own connections, as a second process behind a
 * load balancer would be. Close it before the platform.
 */
export async function startSecondApp(t: TestPlatform) {
  const deps = createDeps(t.config, connect(t.config), t.deps.clock);
  const app = await buildApp(deps);
  return {
    app,
    async close() {
      await app.close();
      await deps.connection.close();
    },
  };
}
