/**
 * Every difference between SQLite and PostgreSQL lives here, so the rest of the code is one Kysely
 * dialect-neutral program. See docs/architecture.md for the table of differences.
 */
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import {
  type ColumnDataType,
  type CreateTableBuilder,
  type Expression,
  Kysely,
  type KyselyPlugin,
  OperationNodeTransformer,
  PostgresDialect,
  type PrimitiveValueListNode,
  type RawBuilder,
  type SelectQueryBuilder,
  SqliteDialect,
  sql,
  type ValueNode,
} from 'kysely';
import pg from 'pg';
import type { Database, DatabaseKind, Db } from './database.js';

export type Connection = { db: Db; kind: DatabaseKind; sqlite: SQLite.Database | null; close(): Promise<void> };

export function connect(opts: { databaseUrl: string | null; dataDir: string; sqliteFile?: string }): Connection {
  if (opts.databaseUrl) return connectPostgres(opts.databaseUrl);
  return connectSqlite(opts.sqliteFile ?? path.join(opts.dataDir, 'chainboard.sqlite'));
}

function connectSqlite(file: string): Connection {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  // The cockpit's aggregates at national size read far more than SQLite's default 2 MB page cache:
  // keep up to 128 MB of pages, map the file into memory, and sort in memory.
  sqlite.pragma('cache_size = -131072');
  sqlite.pragma('mmap_size = 1073741824');
  sqlite.pragma('temp_store = MEMORY');
  registerSumByKey(sqlite);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }), plugins: [new SqliteValuesPlugin()] });
  return { db, kind: 'sqlite', sqlite, close: () => db.destroy() };
}

/** pg returns int8, numeric and timestamps as strings or Dates; normalise them to what SQLite returns. */
const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    switch (oid) {
      case 20: // int8: counts, sums and money in yuan stay well inside 2^53
      case 1700: // numeric
        return (v: string) => Number(v);
      case 1114: // timestamp
      case 1184: // timestamptz
        return (v: string) => new Date(v.includes('T') || v.endsWith('Z') || /[+-]\d\d(:?\d\d)?$/.test(v) ? v : `${v}Z`).toISOString();
      case 1082: // date: keep 'YYYY-MM-DD'
        return (v: string) => v;
      default:
        return pg.types.getTypeParser(oid, format);
    }
  },
} as pg.CustomTypesConfig;

/**
 * Settings of every PostgreSQL session (an `options` in the URL wins). No JIT: at national size the
 * cockpit's aggregates cross the planner's JIT thresholds, and compiling them cost more than it saved
 * (1.0 s of the ranking's 3.4 s revenue query).
 */
export const PG_SESSION_OPTIONS = '-c jit=off';

function connectPostgres(url: string): Connection {
  const pool = new pg.Pool({ connectionString: url, max: 10, types: pgTypes, options: PG_SESSION_OPTIONS });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, kind: 'postgres', sqlite: null, close: () => db.destroy() };
}

/** better-sqlite3 cannot bind booleans, Dates or objects: turn them into 1/0, ISO text and JSON text. */
function toSqliteValue(value: unknown): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === 'object' && !Buffer.isBuffer(value)) return JSON.stringify(value);
  return value;
}

class SqliteValuesTransformer extends OperationNodeTransformer {
  protected override transformValue(node: ValueNode): ValueNode {
    return { ...super.transformValue(node), value: toSqliteValue(node.value) };
  }
  protected override transformPrimitiveValueList(node: PrimitiveValueListNode): PrimitiveValueListNode {
    return { ...super.transformPrimitiveValueList(node), values: node.values.map(toSqliteValue) };
  }
}

class SqliteValuesPlugin implements KyselyPlugin {
  readonly #transformer = new SqliteValuesTransformer();
  transformQuery: KyselyPlugin['transformQuery'] = (args) => this.#transformer.transformNode(args.node);
  transformResult: KyselyPlugin['transformResult'] = async (args) => args.result;
}

// ---- schema helpers for migrations ----

export function dialectOf(db: Kysely<unknown>): DatabaseKind {
  const adapter = db.getExecutor().adapter.constructor.name;
  return adapter.startsWith('Postgres') ? 'postgres' : 'sqlite';
}

export type Columns = {
  /** An auto-increment integer primary key. */
  id<T extends string>(table: CreateTableBuilder<T, never>): CreateTableBuilder<T, 'id'>;
  timestamp: ColumnDataType;
  boolean: ColumnDataType;
  binary: ColumnDataType;
  /** Current time as ISO text, for column defaults. */
  now: RawBuilder<string>;
};

export function columnsFor(kind: DatabaseKind): Columns {
  if (kind === 'postgres') {
    return {
      id: (t) => t.addColumn('id', 'bigint', (c) => c.primaryKey().generatedByDefaultAsIdentity()),
      timestamp: 'timestamptz',
      boolean: 'boolean',
      binary: 'bytea',
      now: sql`now()`,
    };
  }
  return {
    id: (t) => t.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement()),
    timestamp: 'text',
    boolean: 'integer',
    binary: 'blob',
    now: sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`,
  };
}

// ---- query helpers ----

/** Case-insensitive substring match: ILIKE is a syntax error on SQLite. */
export function containsInsensitive(kind: DatabaseKind, column: Expression<unknown> | string, needle: string) {
  const pattern = `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const col = typeof column === 'string' ? sql.ref(column) : column;
  return kind === 'postgres'
    ? sql<boolean>`${col} ilike ${pattern} escape '\\'`
    : sql<boolean>`lower(${col}) like lower(${pattern}) escape '\\'`;
}

/** SQLite allows 32,766 bound parameters; stay far below it in IN lists and bulk inserts. */
export const MAX_PARAMS_PER_STATEMENT = 900;

export function chunk<T>(items: readonly T[], size = MAX_PARAMS_PER_STATEMENT): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Totals of `v` per key `g` over the rows of `rows` (a query selecting `g` and `v`). PostgreSQL groups
 * by hashing. SQLite has no hash aggregation: its GROUP BY sorts every row first, and sorting a few
 * hundred thousand rows costs more than reading them. There the rows go, in the order they are read,
 * into the `sum_by_key` aggregate, which keeps one total per key. Where the rows already come in key
 * order (an index leading with the key), a plain GROUP BY streams on both and needs none of this.
 */
export async function sumPerKey(
  db: Db,
  // biome-ignore lint/suspicious/noExplicitAny: the rows may come from any tables
  rows: SelectQueryBuilder<Database, any, { g: number; v: number | null }>,
): Promise<Map<number, number>> {
  if (dialectOf(db as Kysely<unknown>) === 'postgres') {
    const grouped = await db
      .selectFrom(rows.as('r'))
      .select(['r.g as g', sql<number>`sum(r.v)`.as('n')])
      .groupBy('r.g')
      .execute();
    return new Map(grouped.map((r) => [Number(r.g), Number(r.n ?? 0)]));
  }
  const row = await db.selectFrom(rows.as('r')).select(sql<string | null>`sum_by_key(r.g, r.v)`.as('totals')).executeTakeFirstOrThrow();
  return new Map(JSON.parse(row.totals ?? '[]') as [number, number][]);
}

/** `sum_by_key(g, v)`: the total of non-null `v` for each `g`, as JSON `[[g, total], …]`; SQL's sum skips nulls too. */
function registerSumByKey(sqlite: SQLite.Database) {
  const step = (totals: Map<number, number>, g: number, v: number | bigint | null) => {
    totals.set(g, (totals.get(g) ?? 0) + (v === null ? 0 : Number(v)));
  };
  sqlite.aggregate('sum_by_key', {
    start: () => new Map<number, number>(),
    // the declared type takes one argument a row; SQLite passes each argument of the call
    step: step as unknown as (totals: Map<number, number>) => void,
    result: (totals: Map<number, number>) => JSON.stringify([...totals]),
  });
}

/** Serialise writers of a chained structure (the audit trail) across processes. */
export async function lockForAuditChain(db: Db, kind: DatabaseKind): Promise<void> {
  // SQLite: a write transaction already holds the database's only write lock.
  if (kind === 'postgres') await sql`select pg_advisory_xact_lock(727274)`.execute(db);
}

/** The machine's present instant, for tests and benchmarks that write rows directly; the platform reads `deps.clock`. */
export function nowIso(): string {
  return new Date().toISOString();
}
