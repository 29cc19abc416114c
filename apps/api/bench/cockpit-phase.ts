/**
 * One size of the cockpit benchmark, in a process of its own:
 *   1. builds a data set with the demo generator (`scale` × one province, spread over `chains` chains)
 *   2. times the cockpit through the API (app.inject, signed in as the office), computed afresh each run
 *   3. times the very same aggregate queries, captured from the API run, as plain SQL through the
 *      database driver (better-sqlite3 or pg), without Kysely, Fastify, the session or JSON
 * Prints one JSON line with the sizes and the median times in milliseconds.
 *   args: <postgres server url or ''> <scale> <chains> [runs]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { buildApp, createDeps } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { connect, nowIso, PG_SESSION_OPTIONS } from '../src/db/dialect.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { DEMO_PASSWORD } from '../src/demo/demo-logins.js';
import { generateDemo } from '../src/demo/generate-demo.js';
import { chainsRepository } from '../src/modules/chains/chains.repository.js';
import { clearCockpitCache } from '../src/modules/cockpit/cockpit.service.js';
import { seedReference } from '../src/seed/seed-reference.js';

const [serverUrl, scaleArg, chainsArg, runsArg] = process.argv.slice(2);
const scale = Number(scaleArg);
const chainTotal = Number(chainsArg);
const runs = Number(runsArg ?? 5);
const keepDir = process.env.BENCH_KEEP_DIR || null;
const dataDir = keepDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'chainboard-bench-cockpit-'));
fs.mkdirSync(dataDir, { recursive: true });
const pgName = `cb_bench_cockpit_${process.pid}`;
const databaseUrl = serverUrl ? await createDatabase(serverUrl, pgName) : null;
// a kept data folder is served afterwards, and a platform refuses an audit trail signed with another
// key: the one it will be served with (CHAINBOARD_AUDIT_KEY), or the folder's own
const config = {
  ...loadConfig({}),
  dataDir,
  databaseUrl,
  auditKey: keepDir ? (process.env.CHAINBOARD_AUDIT_KEY ?? null) : 'bench',
  demo: true,
};
const connection = connect(config);
const deps = createDeps(config, connection);
await migrateToLatest(deps.db);
await seedReference(deps, { adminPassword: 'Bench-Admin-1' });

// a national data set: about 500 chains (29 provinces with 10-20 each) on top of the 16 seeded
const existing = await deps.db.selectFrom('chains').select('id').execute();
const now = nowIso();
for (let i = existing.length; i < chainTotal; i++) {
  const id = await chainsRepository.insert(deps.db, {
    code: `N${String(i + 1).padStart(4, '0')}`,
    name: `示例产业链${i + 1}`,
    batch: 2024,
    status: 'key',
    leader_name: null,
    leader_post: null,
    leader_user_id: null,
    lead_unit_id: null,
    notes: '基准测试数据',
    created_at: now,
    updated_at: now,
  });
  await chainsRepository.setStatus(deps.db, id, 'key', '2024-01-01', now, 'system');
}
const built = Date.now();
// the national figures the cockpit is sized for: about 50,000 projects and 100,000 problems for 500,000 enterprises
const summary = await generateDemo(deps, { scale, perProvince: { projects: 80, problems: 160 } });
const buildSeconds = (Date.now() - built) / 1000;
// statistics for the planner; on PostgreSQL also the visibility map that autovacuum keeps on a live
// database, without which an index-only scan still reads every row from the table
if (connection.sqlite) connection.sqlite.exec('analyze');
else await pgQuery('vacuum analyze');

const sizes = {
  chains: chainTotal,
  enterprises: summary.enterprises,
  figures: summary.figures,
  projects: summary.projects,
  problems: Number(
    (
      await deps.db
        .selectFrom('problems')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  ),
};

// ---- capture the SQL the cockpit runs, at the driver ----
type Captured = { sql: string; params: unknown[] };
let capturing = false;
const captured: Captured[] = [];
if (connection.sqlite) {
  const sqlite = connection.sqlite;
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((source: string) => {
    const stmt = prepare(source);
    if (!capturing) return stmt;
    for (const method of ['all', 'get', 'iterate', 'run'] as const) {
      const original = (stmt[method] as (...a: unknown[]) => unknown).bind(stmt);
      (stmt as unknown as Record<string, unknown>)[method] = (...params: unknown[]) => {
        if (capturing) captured.push({ sql: source, params: params.flat() });
        return original(...params);
      };
    }
    return stmt;
  }) as typeof sqlite.prepare;
} else {
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    if (capturing && typeof args[0] === 'string') captured.push({ sql: args[0], params: (args[1] as unknown[]) ?? [] });
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof query;
}

const app = await buildApp(deps);
const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'office', password: DEMO_PASSWORD } });
if (login.statusCode !== 200) throw new Error(`login failed: ${login.body}`);
const cookie = login.cookies.find((c) => c.name === 'cb_session')?.value as string;
const get = async (url: string) => {
  const res = await app.inject({ method: 'GET', url, cookies: { cb_session: cookie } });
  if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 300)}`);
  return res;
};
// the first province read takes the quarter-end snapshots; that is not what is timed
await get('/api/cockpit');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

/** The business queries of one API call: not the session, the cache version or the snapshot check. */
const isAggregate = (sql: string) => !/"(sessions|users|user_roles|audit_log|cockpit_snapshots|settings)"/.test(sql);

// the platform's own session settings, so both run the same plans
const pool = databaseUrl ? new pg.Pool({ connectionString: databaseUrl, max: 1, options: PG_SESSION_OPTIONS }) : null;
async function plain(statements: Captured[]) {
  if (connection.sqlite) {
    for (const s of statements) connection.sqlite.prepare(s.sql).all(...(s.params as unknown[]));
  } else {
    const client = await (pool as pg.Pool).connect();
    try {
      for (const s of statements) await client.query(s.sql, s.params);
    } finally {
      client.release();
    }
  }
}

async function measure(url: string) {
  clearCockpitCache(deps.db);
  captured.length = 0;
  capturing = true;
  await get(url);
  capturing = false;
  const statements = captured.filter((s) => isAggregate(s.sql));
  const api: number[] = [];
  const sql: number[] = [];
  const cached: number[] = [];
  for (let i = 0; i < runs; i++) {
    clearCockpitCache(deps.db);
    let t = process.hrtime.bigint();
    await get(url);
    api.push(ms(t));
    t = process.hrtime.bigint();
    await get(url);
    cached.push(ms(t));
    t = process.hrtime.bigint();
    await plain(statements);
    sql.push(ms(t));
  }
  return { url, queries: statements.length, apiMs: median(api), sqlMs: median(sql), cachedMs: median(cached) };
}

/**
 * What reading ten times the rows costs on this machine by itself: one plain pass over the register,
 * the tier spans and the figures, with nothing filtered, joined or grouped. The cockpit's growth is
 * read against this (caches hold more of the smaller set).
 */
async function reference() {
  const statements = [
    'select max(last_confirmed_at) from enterprises',
    'select max(valid_from) from enterprise_tiers',
    'select sum(revenue) from enterprise_figures',
  ].map((s) => ({ sql: s, params: [] }));
  await plain(statements);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    await plain(statements);
    times.push(ms(t));
  }
  return median(times);
}

const chainId = Number((await deps.db.selectFrom('chains').select('id').orderBy('code').executeTakeFirstOrThrow()).id);
const results = {
  province: await measure('/api/cockpit'),
  ranking: await measure('/api/cockpit/chains'),
  chain: await measure(`/api/cockpit?chainId=${chainId}`),
};
const referenceMs = await reference();

await app.close();
await pool?.end();
await deps.connection.close();
if (databaseUrl) await dropDatabase(serverUrl, pgName);
else if (!keepDir) fs.rmSync(dataDir, { recursive: true, force: true });
console.log(JSON.stringify({ scale, sizes, buildSeconds, results, referenceMs }));

async function pgQuery(text: string) {
  const c = new pg.Client({ connectionString: databaseUrl as string });
  await c.connect();
  await c.query(text);
  await c.end();
}

async function createDatabase(server: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}

async function dropDatabase(server: string, name: string) {
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
}
