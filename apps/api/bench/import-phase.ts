/**
 * One measured phase of the import benchmark, in a process of its own so its peak memory is its own:
 *   baseline  read the workbook with the same reader, bulk-insert the rows unvalidated
 *   import    the platform's import: validate every row, then write them in one transaction
 * Prints one JSON line: rows, seconds, peak RSS in MB.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Insertable } from 'kysely';
import pg from 'pg';
import { createDeps } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import type { EnterprisesTable } from '../src/db/database.js';
import { chunk, connect, nowIso } from '../src/db/dialect.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { readSheet } from '../src/excel/read-sheet.js';
import { ENTERPRISE_COLUMNS, importEnterprises } from '../src/modules/enterprises/enterprise-excel.js';
import type { Actor } from '../src/policy/actor.js';
import { seedReference } from '../src/seed/seed-reference.js';

const [phase, file, serverUrl] = process.argv.slice(2);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `chainboard-bench-${phase}-`));
// on PostgreSQL each phase gets a database of its own, dropped afterwards
const pgName = `cb_bench_${process.pid}`;
const databaseUrl = serverUrl ? await createDatabase(serverUrl, pgName) : null;
const config = { ...loadConfig({}), dataDir, databaseUrl, auditKey: 'bench' };
const deps = createDeps(config, connect(config));
await migrateToLatest(deps.db);
await seedReference(deps, { adminPassword: 'Bench-Admin-1' });
const office = await deps.db.selectFrom('organisations').select('id').where('type', '=', 'office').executeTakeFirstOrThrow();
const cities = new Map(
  (await deps.db.selectFrom('organisations').select(['id', 'name']).where('type', '=', 'city').execute()).map((c) => [
    c.name,
    Number(c.id),
  ]),
);

let peak = 0;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 20);
const buffer = fs.readFileSync(file);
const started = process.hrtime.bigint();
let rows = 0;

if (phase === 'baseline') {
  const headers = ENTERPRISE_COLUMNS.map((c) => c.header);
  const now = nowIso();
  const all: Insertable<EnterprisesTable>[] = [];
  for await (const { cells } of readSheet(buffer, headers, [])) {
    const cityId = cities.get(String(cells['所在市'])) as number;
    all.push({
      credit_code: String(cells['统一社会信用代码']),
      name: String(cells['企业名称']),
      city_id: cityId,
      zone_id: null,
      address: cells['地址'] as string | null,
      legal_representative: cells['法定代表人'] as string | null,
      contact_person: cells['联系人'] as string | null,
      contact_phone: cells['联系电话'] as string | null,
      main_products: cells['主要产品'] as string | null,
      owner_org_id: cityId,
      organisation_id: null,
      last_confirmed_at: now,
      demo: false,
      created_at: now,
      updated_at: now,
    });
  }
  await deps.db.transaction().execute(async (trx) => {
    for (const part of chunk(all, 1500)) await trx.insertInto('enterprises').values(part).execute();
  });
  rows = all.length;
} else {
  const actor: Actor = { userId: 0, username: 'bench', organisationId: Number(office.id), organisationType: 'office', roles: ['editor'] };
  const result = await importEnterprises(deps, { actor, ip: null }, buffer, 'all');
  if (result.problems.length) throw new Error(`import reported problems: ${JSON.stringify(result.problems.slice(0, 3))}`);
  rows = result.written;
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss);
await deps.connection.close();
if (serverUrl) await adminQuery(serverUrl, `drop database ${pgName} with (force)`);
fs.rmSync(dataDir, { recursive: true, force: true });
console.log(JSON.stringify({ phase, rows, seconds, peakMb: Math.round(peak / 1024 / 1024) }));

async function adminQuery(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(sql);
  await client.end();
}

async function createDatabase(url: string, name: string): Promise<string> {
  await adminQuery(url, `create database ${name}`);
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
