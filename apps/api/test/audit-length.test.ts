/**
 * The audit trail proves its length: rows cut from its end, or all of them, fail verification against
 * the signed head kept in the database and in the data folder's checkpoint file; the application's
 * database role cannot update or delete audit rows; a process with another audit key refuses to start.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { createDeps } from '../src/app.js';
import { connect } from '../src/db/dialect.js';
import { createAuditGuards } from '../src/db/migrations/202612080900_audit_head.js';
import type { AuditRow } from '../src/modules/audit/audit.repository.js';
import { KEY_MISMATCH } from '../src/modules/audit/audit-head.js';
import { startServer } from '../src/server.js';
import { dropAuditGuards } from './audit-guards.js';
import { auditCount, lastAuditId } from './helpers.js';
import { describeOnBothDatabases, startTestPlatform, type TestPlatform } from './platform.js';

const API_ROOT = path.resolve(import.meta.dirname, '..');
const runFile = promisify(execFile);

describeOnBothDatabases('audit trail length', (kind) => {
  let t: TestPlatform;
  let checkpointFile: string;

  const write = async (n: number) => {
    for (let i = 0; i < n; i++) {
      await t.deps.db
        .transaction()
        .execute((trx) =>
          t.deps.audit.record(trx, { actor: null, ip: null, action: 'update', entityType: 'test', entityId: i, after: { i } }),
        );
    }
  };
  const verify = () => t.deps.audit.verify(t.deps.db);
  const cli = async (key = 'test-audit-key') => {
    const env = {
      ...process.env,
      CHAINBOARD_DATA_DIR: t.config.dataDir,
      DATABASE_URL: t.config.databaseUrl ?? '',
      CHAINBOARD_AUDIT_KEY: key,
    };
    try {
      const { stdout, stderr } = await runFile(process.execPath, [path.join(API_ROOT, 'bin/chainboard.mjs'), 'audit', 'verify'], { env });
      return { exitCode: 0, output: stdout + stderr };
    } catch (err) {
      const e = err as { code?: number; stdout?: string; stderr?: string };
      return { exitCode: typeof e.code === 'number' ? e.code : -1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
    }
  };

  /** As an attacker with the owner's rights: drop the triggers, then delete the newest `n` rows (all: every row). */
  const cut = async (n: number | 'all') => {
    await dropAuditGuards(t.deps.db, kind);
    let q = t.deps.db.selectFrom('audit_log').selectAll().orderBy('id', 'desc');
    if (n !== 'all') q = q.limit(n);
    const rows = await q.execute();
    await t.deps.db
      .deleteFrom('audit_log')
      .where(
        'id',
        'in',
        rows.map((r) => r.id),
      )
      .execute();
    return rows;
  };
  /** Puts the cut rows back as they were, and the triggers, so the next test starts from a whole trail. */
  const putBack = async (rows: AuditRow[]) => {
    for (const r of [...rows].reverse()) await t.deps.db.insertInto('audit_log').values(r).execute();
    await dropAuditGuards(t.deps.db, kind);
    await createAuditGuards(t.deps.db);
    expect(await verify()).toMatchObject({ ok: true, problems: [] });
  };

  beforeAll(async () => {
    t = await startTestPlatform(kind);
    checkpointFile = path.join(t.config.dataDir, 'audit.head');
    await write(60);
  });
  afterAll(() => t?.close());
  beforeEach(async () => {
    expect(await t.deps.audit.checkpoint(t.deps.db)).not.toBe('kept');
  });

  it('the writes verify, the head names the last row and the count, and the checkpoint file copies it (0600)', async () => {
    const result = await verify();
    expect(result).toEqual({ ok: true, checked: await auditCount(t.deps.db), problems: [] });
    const head = await t.deps.db.selectFrom('audit_head').selectAll().executeTakeFirstOrThrow();
    expect(Number(head.row_count)).toBe(result.checked);
    expect(Number(head.last_id)).toBe(await lastAuditId(t.deps.db));
    const file = JSON.parse(fs.readFileSync(checkpointFile, 'utf8'));
    expect(file).toMatchObject({
      lastId: Number(head.last_id),
      rowCount: result.checked,
      lastMac: head.last_mac,
      signature: head.signature,
    });
    expect(fs.statSync(checkpointFile).mode & 0o777).toBe(0o600);
    expect(await t.deps.audit.checkpoint(t.deps.db)).toBe('unchanged');
    const out = await cli();
    expect(out.output).toContain(`intact: ${result.checked} row(s)`);
    expect(out.exitCode).toBe(0);
  });

  it("the application's database role cannot update, delete or empty the audit rows or move the head back", async () => {
    const id = await lastAuditId(t.deps.db);
    const refused = /append-only/;
    await expect(t.deps.db.updateTable('audit_log').set({ ip: '1.2.3.4' }).where('id', '=', id).execute()).rejects.toThrow(refused);
    await expect(t.deps.db.deleteFrom('audit_log').where('id', '=', id).execute()).rejects.toThrow(refused);
    await expect(t.deps.db.deleteFrom('audit_log').execute()).rejects.toThrow(refused);
    if (kind === 'postgres') await expect(sql`truncate audit_log`.execute(t.deps.db)).rejects.toThrow(refused);
    const backwards = /audit_head cannot/;
    await expect(t.deps.db.deleteFrom('audit_head').execute()).rejects.toThrow(backwards);
    await expect(t.deps.db.updateTable('audit_head').set({ row_count: 0, last_id: 0 }).execute()).rejects.toThrow(backwards);
    await expect(
      t.deps.db
        .updateTable('audit_head')
        .set({ key_fingerprint: 'f'.repeat(64) })
        .execute(),
    ).rejects.toThrow(backwards);
    expect(await verify()).toMatchObject({ ok: true, problems: [] });
  });

  it('deleting the newest row fails verification, naming the missing row, and the CLI exits 1', async () => {
    const rows = await cut(1);
    const result = await verify();
    expect(result.ok).toBe(false);
    expect(result.problems).toContainEqual({ id: Number(rows[0].id), problem: expect.stringContaining('末尾至少 1 条记录被删除') });
    const out = await cli();
    expect(out.output).toContain(`row ${rows[0].id}`);
    expect(out.output).toContain('BROKEN');
    expect(out.exitCode).toBe(1);
    await putBack(rows);
  });

  it('deleting the newest 50 rows fails verification, counting them', async () => {
    const rows = await cut(50);
    expect(rows).toHaveLength(50);
    const result = await verify();
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.problem)).toContainEqual(expect.stringContaining('末尾至少 50 条记录被删除'));
    await putBack(rows);
  });

  it('deleting every row fails verification: no "intact: 0 row(s)"', async () => {
    const rows = await cut('all');
    const result = await verify();
    expect(result).toMatchObject({ ok: false, checked: 0 });
    expect(result.problems.map((p) => p.problem)).toContainEqual(expect.stringContaining(`末尾至少 ${rows.length} 条记录被删除`));
    const out = await cli();
    expect(out.output).not.toContain('intact');
    expect(out.exitCode).toBe(1);
    await putBack(rows);
  });

  it('deleting every row and the head, or resetting the head to an empty one, is caught by the checkpoint file', async () => {
    const head = await t.deps.db.selectFrom('audit_head').selectAll().executeTakeFirstOrThrow();
    const rows = await cut('all');
    await t.deps.db.deleteFrom('audit_head').execute();
    let result = await verify();
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.problem)).toEqual([
      expect.stringContaining('链头记录（audit_head）缺失'),
      expect.stringContaining(`检查点文件（${head.at}）记载共 ${rows.length} 条`),
    ]);
    // the head a fresh database would have: only the file outside the database remembers the rows
    await t.deps.db
      .insertInto('audit_head')
      .values({ ...head, last_id: 0, row_count: 0, last_mac: '0'.repeat(64), key_fingerprint: null, signature: null })
      .execute();
    result = await verify();
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.problem)).toEqual([expect.stringContaining('检查点文件')]);
    // a checkpoint does not overwrite the evidence with the emptier head
    expect(await t.deps.audit.checkpoint(t.deps.db)).toBe('kept');
    await t.deps.db.deleteFrom('audit_head').execute();
    await t.deps.db.insertInto('audit_head').values(head).execute();
    await putBack(rows);
  });

  it('a write after the tail was cut does not hide the cut', async () => {
    const rows = await cut(5);
    await write(1);
    // the checkpoint file keeps naming the cut row rather than take the head written after the cut
    expect(await t.deps.audit.checkpoint(t.deps.db)).toBe('kept');
    const result = await verify();
    expect(result.ok).toBe(false);
    const last = await lastAuditId(t.deps.db);
    expect(result.problems).toEqual([
      { id: last, problem: expect.stringContaining('与前一条记录的链接不符') },
      { id: last, problem: expect.stringContaining('有 5 条记录被删除或插入') },
      { id: Number(rows[0].id), problem: expect.stringMatching(/^检查点文件.*该记录已不存在/) },
    ]);
    await putBack(rows);
  });

  it('a head edited without the key fails verification', async () => {
    await dropAuditGuards(t.deps.db, kind);
    const head = await t.deps.db.selectFrom('audit_head').selectAll().executeTakeFirstOrThrow();
    await t.deps.db
      .updateTable('audit_head')
      .set({ row_count: Number(head.row_count) - 1 })
      .execute();
    const result = await verify();
    expect(result.problems.map((p) => p.problem)).toContainEqual(expect.stringContaining('链头记录（audit_head）的签名不符'));
    await t.deps.db.updateTable('audit_head').set({ row_count: head.row_count }).execute();
    await createAuditGuards(t.deps.db);
    expect((await verify()).ok).toBe(true);
  });

  // several API processes share a database on PostgreSQL; on SQLite one process serves a file
  it.runIf(kind === 'postgres')('two processes with the same key writing at once keep one chain and an exact head', async () => {
    const second = createDeps(t.config, connect(t.config), t.deps.clock);
    try {
      await second.audit.open(second.db);
      const before = await auditCount(t.deps.db);
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          (i % 2 ? second : t.deps).db
            .transaction()
            .execute((trx) =>
              (i % 2 ? second : t.deps).audit.record(trx, { actor: null, ip: null, action: 'update', entityType: 'test', entityId: i }),
            ),
        ),
      );
      expect(await auditCount(t.deps.db)).toBe(before + 20);
      expect(await verify()).toEqual({ ok: true, checked: before + 20, problems: [] });
      expect(await second.audit.verify(second.db)).toMatchObject({ ok: true });
    } finally {
      await second.connection.close();
    }
  });

  it('a process with another audit key refuses to start, and writes nothing', async () => {
    const before = await auditCount(t.deps.db);
    const other = { ...t.config, auditKey: 'another-audit-key', port: 0, host: '127.0.0.1', webDist: null };
    await expect(startServer(other)).rejects.toThrow(KEY_MISMATCH);
    // one started without CHAINBOARD_AUDIT_KEY generates a key of its own, which the database refuses too
    await expect(startServer({ ...other, auditKey: null })).rejects.toThrow(KEY_MISMATCH);
    expect(fs.existsSync(path.join(t.config.dataDir, 'audit.key'))).toBe(true);
    expect(KEY_MISMATCH).toContain('审计密钥与数据库记录的密钥指纹不一致：请使用与其他服务进程相同的 CHAINBOARD_AUDIT_KEY');
    expect(KEY_MISMATCH).toContain('the audit key does not match');

    // and one that skipped the start-up check cannot write a row either
    const deps = createDeps(other, connect(other), t.deps.clock);
    try {
      await expect(
        deps.db
          .transaction()
          .execute((trx) => deps.audit.record(trx, { actor: null, ip: null, action: 'update', entityType: 'test', entityId: 1 })),
      ).rejects.toThrow(KEY_MISMATCH);
    } finally {
      await deps.connection.close();
    }
    const out = await cli('another-audit-key');
    expect(out.output).toContain('审计密钥与数据库记录的密钥指纹不一致');
    expect(out.exitCode).toBe(1);
    expect(await auditCount(t.deps.db)).toBe(before);
    expect((await verify()).ok).toBe(true);
  });
});
