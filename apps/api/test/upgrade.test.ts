/**
 * An upgrade keeps a province's records. The previous release's demo data (fixtures/README.md says how
 * it was made) is brought to this release by every migration written since, and checked: no table
 * loses rows, the histories the new migrations add start from what was there, the audit trail still
 * verifies, and the platform serves the result. On SQLite the fixture file itself is upgraded, as a
 * province's file would be; on PostgreSQL an empty database is migrated to the previous release's last
 * migration and the fixture's rows are loaded into it table by table.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import SQLite from 'better-sqlite3';
import { type Kysely, Migrator, sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Db } from '../src/db/database.js';
import { chunk, MAX_PARAMS_PER_STATEMENT } from '../src/db/dialect.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { migrations } from '../src/db/migrations/index.js';
import { DEMO_PASSWORD } from '../src/demo/demo-logins.js';
import { expectFiguresMatchRows, figuresIn } from './figure-walk.js';
import { describeOnBothDatabases, startTestPlatform, type TestPlatform } from './platform.js';

/** The previous release's last migration: the upgrade runs every one after it. */
const PREVIOUS_LAST = '202612040000_chain_span_index';
const FIXTURE = path.join(import.meta.dirname, 'fixtures/release-87d8269-demo.sqlite.gz');
/** The audit key the fixture's trail was written with. */
const FIXTURE_AUDIT_KEY = 'upgrade-fixture-audit-key';
const NEW_MIGRATIONS = Object.keys(migrations)
  .filter((name) => name > PREVIOUS_LAST)
  .sort();

describeOnBothDatabases('upgrade from the previous release', (kind) => {
  let t: TestPlatform;
  let dir: string;
  let before: Record<string, number>;
  let after: Record<string, number>;
  let ran: string[];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chainboard-upgrade-'));
    const file = path.join(dir, 'chainboard.sqlite');
    fs.writeFileSync(file, zlib.gunzipSync(fs.readFileSync(FIXTURE)));
    before = fixtureCounts(file);
    // on SQLite the platform opens the fixture file in `dir` itself
    t = await startTestPlatform(kind, { dataDir: dir, auditKey: FIXTURE_AUDIT_KEY }, undefined, {
      async prepare(deps) {
        if (kind === 'postgres') {
          const { error } = await migratorOf(deps.db).migrateTo(PREVIOUS_LAST);
          if (error) throw error;
          await loadRows(deps.db, file);
        }
        ran = await migrateToLatest(deps.db);
        after = await counts(deps.db, Object.keys(before));
      },
    });
  });
  afterAll(async () => {
    await t?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('runs every migration written since the previous release, and no table loses a row', () => {
    expect(NEW_MIGRATIONS.length).toBeGreaterThan(0);
    expect(ran).toEqual(NEW_MIGRATIONS);
    expect(before.enterprises).toBe(800);
    expect(after).toEqual(before);
  });

  it("starts each chain's status history from its current status", async () => {
    const chains = await t.deps.db.selectFrom('chains').select(['id', 'status']).execute();
    const open = await t.deps.db.selectFrom('chain_status_history').select(['chain_id', 'status']).where('valid_to', 'is', null).execute();
    expect(chains.length).toBe(before.chains);
    for (const c of chains) {
      expect(
        open.filter((s) => Number(s.chain_id) === Number(c.id)).map((s) => s.status),
        `chain ${c.id}`,
      ).toEqual([c.status]);
    }
  });

  it('gives each project one open class span, its current class, after spans that do not overlap', async () => {
    const projects = await t.deps.db.selectFrom('projects').select(['id', 'class']).execute();
    const spans = await t.deps.db
      .selectFrom('project_class_history')
      .select(['project_id', 'class', 'valid_from', 'valid_to'])
      .orderBy('project_id')
      .orderBy('valid_from')
      .execute();
    expect(projects.length).toBe(before.projects);
    for (const p of projects) {
      const own = spans.filter((s) => Number(s.project_id) === Number(p.id));
      const open = own.filter((s) => s.valid_to === null);
      expect(
        open.map((s) => s.class),
        `project ${p.id}`,
      ).toEqual([p.class]);
      expect(own.at(-1), `project ${p.id}: the open span comes last`).toBe(open[0]);
      for (const [i, s] of own.entries()) {
        if (s.valid_to !== null) expect(s.valid_from < s.valid_to, `project ${p.id}: ${s.valid_from}–${s.valid_to}`).toBe(true);
        const next = own[i + 1];
        if (next) expect((s.valid_to as string) <= next.valid_from, `project ${p.id}: spans overlap at ${next.valid_from}`).toBe(true);
      }
    }
  });

  it.runIf(NEW_MIGRATIONS.includes('202612080100_plan_versions'))('records every plan loaded so far as its version 1', async () => {
    const plans = await t.deps.db.selectFrom('plans').select('id').execute();
    const firsts = await t.deps.db.selectFrom('plan_versions').select('plan_id').where('version', '=', 1).execute();
    expect(plans.length).toBeGreaterThan(0);
    expect(firsts.map((v) => Number(v.plan_id)).sort((a, b) => a - b)).toEqual(plans.map((p) => Number(p.id)).sort((a, b) => a - b));
  });

  it("serves the upgraded data: the office's 2024 cockpit answers, each figure equal to its rows", async () => {
    const office = await t.login('office', DEMO_PASSWORD);
    const res = await office.get('/api/cockpit?year=2024');
    expect(res.statusCode, res.body).toBe(200);
    const figures = figuresIn(res.json());
    expect(figures.length).toBeGreaterThan(10);
    await expectFiguresMatchRows(office, figures);
  });

  it('keeps the audit trail verifying, the rows written since included', async () => {
    const result = await t.deps.audit.verify(t.deps.db);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.checked).toBeGreaterThan(before.audit_log);
  });
});

function migratorOf(db: Db) {
  return new Migrator({ db, provider: { getMigrations: async () => migrations } });
}

/** The fixture's tables, the migrator's own left out, and their rows. */
function fixtureCounts(file: string): Record<string, number> {
  const src = new SQLite(file, { readonly: true });
  try {
    return Object.fromEntries(
      fixtureTables(src).map((table) => [table, src.prepare(`select count(*) from "${table}"`).pluck().get() as number]),
    );
  } finally {
    src.close();
  }
}

function fixtureTables(src: SQLite.Database): string[] {
  return src
    .prepare(
      "select name from sqlite_master where type = 'table' and name not like 'sqlite\\_%' escape '\\' and name not like 'kysely\\_%' escape '\\' order by name",
    )
    .pluck()
    .all() as string[];
}

async function counts(db: Db, tables: string[]): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of tables) {
    const { rows } = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(db);
    out[table] = Number(rows[0].n);
  }
  return out;
}

/**
 * Copies every row of the fixture into a PostgreSQL database at the same migration: tables after the
 * ones they reference, rows in id order, SQLite's 0/1 as booleans, and each identity sequence moved
 * past the ids inserted so new rows do not collide with them.
 */
async function loadRows(db: Db, file: string) {
  // biome-ignore lint/suspicious/noExplicitAny: the fixture's tables are read by name
  const anyDb = db as unknown as Kysely<any>;
  const columns = await sql<{ table_name: string; column_name: string; data_type: string; is_identity: string }>`
    select table_name, column_name, data_type, is_identity from information_schema.columns where table_schema = current_schema()`.execute(
    db,
  );
  const booleans = new Set(columns.rows.filter((c) => c.data_type === 'boolean').map((c) => `${c.table_name}.${c.column_name}`));
  const src = new SQLite(file, { readonly: true });
  try {
    for (const table of referencedFirst(src, fixtureTables(src))) {
      const rows = (src.prepare(`select * from "${table}" order by rowid`).all() as Record<string, unknown>[]).map((row) =>
        Object.fromEntries(Object.entries(row).map(([c, v]) => [c, booleans.has(`${table}.${c}`) && v !== null ? v === 1 : v])),
      );
      if (rows.length === 0) continue;
      const perStatement = Math.max(1, Math.floor(MAX_PARAMS_PER_STATEMENT / Object.keys(rows[0]).length));
      for (const part of chunk(rows, perStatement)) await anyDb.insertInto(table).values(part).execute();
    }
  } finally {
    src.close();
  }
  for (const c of columns.rows.filter((x) => x.is_identity === 'YES')) {
    const column = sql.ref(c.column_name);
    await sql`select setval(pg_get_serial_sequence(${c.table_name}, ${c.column_name}), coalesce(max(${column}), 0) + 1, false)
      from ${sql.table(c.table_name)}`.execute(db);
  }
}

/** Tables ordered so each comes after the tables its foreign keys reference. */
function referencedFirst(src: SQLite.Database, tables: string[]): string[] {
  const references = new Map(
    tables.map((t) => [
      t,
      (src.prepare('select "table" from pragma_foreign_key_list(?)').pluck().all(t) as string[]).filter((r) => r !== t),
    ]),
  );
  const out: string[] = [];
  const placed = new Set<string>();
  while (out.length < tables.length) {
    const ready = tables.filter((t) => !placed.has(t) && (references.get(t) ?? []).every((r) => placed.has(r)));
    if (ready.length === 0) throw new Error(`foreign keys in a cycle among ${tables.filter((t) => !placed.has(t)).join(', ')}`);
    for (const t of ready) {
      placed.add(t);
      out.push(t);
    }
  }
  return out;
}
