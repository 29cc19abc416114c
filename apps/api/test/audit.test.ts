import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { AuditEntry } from '@chainboard/contracts';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAuditGuards } from '../src/db/migrations/202612080900_audit_head.js';
import { dropAuditGuards } from './audit-guards.js';
import { addUser, auditCount, auditRowsAfter, CHINESE, expectApiError, lastAuditId, registeredApiRoutes, snapshot } from './helpers.js';
import { seedWorld, type World } from './personas.js';
import { type Client, describeOnBothDatabases, PASSWORD, startTestPlatform, type TestPlatform } from './platform.js';

const API_ROOT = path.resolve(import.meta.dirname, '..');
const runFile = promisify(execFile);

/** `chainboard audit verify` as an operator runs it, against the test platform's database. */
async function cliVerify(t: TestPlatform): Promise<{ exitCode: number; output: string }> {
  const env = {
    ...process.env,
    CHAINBOARD_DATA_DIR: t.config.dataDir,
    DATABASE_URL: t.config.databaseUrl ?? '',
    CHAINBOARD_AUDIT_KEY: 'test-audit-key',
  };
  try {
    const { stdout, stderr } = await runFile(process.execPath, [path.join(API_ROOT, 'bin/chainboard.mjs'), 'audit', 'verify'], { env });
    return { exitCode: 0, output: stdout + stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { exitCode: typeof e.code === 'number' ? e.code : -1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

describeOnBothDatabases('audit trail', (kind) => {
  let t: TestPlatform;
  let w: World;
  let office: Client;
  let leadA: Client;
  let sys: Client;
  let sec: Client;
  let auditor: Client;

  beforeAll(async () => {
    t = await startTestPlatform(kind);
    w = await seedWorld(t.deps);
    [office, leadA, sys, sec, auditor] = await Promise.all(
      ['officeEditor', 'leadAEditor', 'sysAdmin', 'securityAdmin', 'auditAdmin'].map((u) => t.login(u)),
    );
  });
  afterAll(() => t.close());

  const search = async (query: string) => {
    const res = await auditor.get(`/api/audit?${query.includes('pageSize=') ? '' : 'pageSize=100&'}${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { items: AuditEntry[]; total: number };
  };
  const verify = async () => {
    const res = await auditor.post('/api/audit/verify');
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { ok: boolean; checked: number; problems: { id: number; problem: string }[] };
  };

  it('every change writes exactly one audit row naming who did what to which record', async () => {
    const user = await addUser(t.deps, { username: 'audit.subject', organisationId: w.orgs.cityA, roles: ['viewer'] });
    const self = await addUser(t.deps, { username: 'audit.self', organisationId: w.orgs.cityB, roles: ['viewer'] });
    const selfClient = await t.login('audit.self');
    const steps: [string, () => Promise<LightMyRequestResponse>, Record<string, unknown>][] = [
      [
        'create a chain',
        () => office.post('/api/chains', { code: 'AU-1', name: '审计测试链', batch: 2024, status: 'reserve' }),
        { action: 'create', entity_type: 'chain', actor_username: 'officeEditor' },
      ],
      [
        'update a chain',
        () => leadA.patch(`/api/chains/${w.chains.chainA}`, { notes: '审计' }),
        { action: 'update', entity_type: 'chain', entity_id: String(w.chains.chainA), actor_username: 'leadAEditor' },
      ],
      [
        'create an organisation',
        () => sys.post('/api/organisations', { name: '审计测试园区', type: 'zone', parentId: w.orgs.cityA }),
        { action: 'create', entity_type: 'organisation', actor_username: 'sysAdmin' },
      ],
      [
        'update an organisation',
        () => sys.patch(`/api/organisations/${w.orgs.zoneB}`, { retired: false }),
        { action: 'update', entity_type: 'organisation', entity_id: String(w.orgs.zoneB) },
      ],
      [
        'create a user',
        () =>
          sys.post('/api/users', {
            username: 'audit.new',
            displayName: '新用户',
            organisationId: w.orgs.cityA,
            password: 'Initial-Pass-2024',
          }),
        { action: 'create', entity_type: 'user' },
      ],
      [
        'update a user',
        () => sys.patch(`/api/users/${user}`, { displayName: '改名' }),
        { action: 'update', entity_type: 'user', entity_id: String(user) },
      ],
      [
        'reset a password',
        () => sys.post(`/api/users/${user}/password`, { password: 'Reset-Pass-2024' }),
        { action: 'update', entity_type: 'user', entity_id: String(user) },
      ],
      ['unlock a user', () => sys.post(`/api/users/${user}/unlock`), { action: 'update', entity_type: 'user', entity_id: String(user) }],
      [
        'grant roles',
        () => sec.put(`/api/users/${user}/roles`, { roles: ['editor'] }),
        { action: 'grant', entity_type: 'user', entity_id: String(user), actor_username: 'securityAdmin' },
      ],
      [
        'change one’s own password',
        () => selfClient.post('/api/auth/password', { currentPassword: PASSWORD, newPassword: 'Self-Changed-2024' }),
        { action: 'passwordChange', entity_type: 'user', entity_id: String(self), actor_user_id: self },
      ],
      ['log in', () => t.anonymous().post('/api/auth/login', { username: 'officeViewer', password: PASSWORD }), { action: 'login' }],
      [
        'fail to log in',
        () => t.anonymous().post('/api/auth/login', { username: 'officeViewer', password: 'wrong' }),
        { action: 'loginFailed', actor_user_id: null },
      ],
      ['log out', () => selfClient.post('/api/auth/logout'), { action: 'logout', entity_type: 'session', actor_username: 'audit.self' }],
    ];
    for (const [what, step, expected] of steps) {
      const mark = await lastAuditId(t.deps.db);
      const res = await step();
      expect(res.statusCode, `${what}: ${res.body}`).toBeLessThan(what === 'fail to log in' ? 500 : 300);
      const rows = await auditRowsAfter(t.deps.db, mark);
      expect(rows, what).toHaveLength(1);
      expect(rows[0], what).toMatchObject(expected);
    }
  });

  it('an update records the record before and after', async () => {
    const mark = await lastAuditId(t.deps.db);
    const before = (await office.get(`/api/chains/${w.chains.chainB}`)).json();
    const res = await office.patch(`/api/chains/${w.chains.chainB}`, { leaderName: '李四', notes: null });
    expect(res.statusCode).toBe(200);
    const [row] = await auditRowsAfter(t.deps.db, mark);
    expect(row.before).toEqual(before);
    expect(row.after).toEqual(res.json());
    expect(row.after.leaderName).toBe('李四');
  });

  it('a refused or failed change writes no audit row and leaves no trace', async () => {
    const before = await snapshot(t.deps.db);
    expectApiError(await office.post('/api/chains', { code: 'SX01', name: '重复', batch: 2024, status: 'key' }), 409);
    expectApiError(await leadA.patch(`/api/chains/${w.chains.chainA}`, { status: 'retired' }), 403);
    expectApiError(await office.patch(`/api/chains/${w.chains.chainA}`, { hostIds: [w.orgs.leadA] }), 400);
    expectApiError(await office.patch('/api/chains/999999', { notes: 'x' }), 404);
    expectApiError(await sys.put(`/api/users/${w.users.officeViewer}/roles`, { roles: ['editor'] }), 403);
    expectApiError(
      await sys.post('/api/users', {
        username: 'officeViewer',
        displayName: '重名',
        organisationId: w.orgs.office,
        password: 'Initial-Pass-2024',
      }),
      409,
    );
    expect(await snapshot(t.deps.db)).toEqual(before);
  });

  it('the change and its audit row share one transaction: when the audit write fails, the change is undone', async () => {
    const before = await snapshot(t.deps.db);
    const spy = vi.spyOn(t.deps.audit, 'record').mockRejectedValueOnce(new Error('audit store unavailable'));
    let res: LightMyRequestResponse;
    let calls: number;
    try {
      res = await office.patch(`/api/chains/${w.chains.chainA}`, { notes: '不应保存', hostIds: [w.orgs.cityB] });
      calls = spy.mock.calls.length;
    } finally {
      spy.mockRestore();
    }
    expect(calls).toBe(1);
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ code: 'INTERNAL', message: expect.stringMatching(CHINESE) });
    expect(res.body).not.toContain('audit store unavailable');
    expect(await snapshot(t.deps.db)).toEqual(before);
  });

  it('concurrent changes each get their row and keep the chain of MACs intact', async () => {
    const mark = await lastAuditId(t.deps.db);
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        i % 2
          ? office.patch(`/api/chains/${w.chains.chainB}`, { notes: `并发${i}` })
          : leadA.patch(`/api/chains/${w.chains.chainA}`, { notes: `并发${i}` }),
      ),
    );
    expect(results.map((r) => r.statusCode)).toEqual(Array(12).fill(200));
    expect(await auditRowsAfter(t.deps.db, mark)).toHaveLength(12);
    expect((await verify()).ok).toBe(true);
  });

  describe('search', () => {
    it('an audit administrator searches by actor, action, entity and date', async () => {
      const byActor = await search('actor=LEADA');
      expect(byActor.total).toBeGreaterThan(0);
      expect(new Set(byActor.items.map((e) => e.actorUsername))).toEqual(new Set(['leadAEditor']));

      const chainA = await search(`action=update&entityType=chain&entityId=${w.chains.chainA}`);
      expect(chainA.total).toBeGreaterThan(0);
      for (const e of chainA.items) expect(e).toMatchObject({ action: 'update', entityType: 'chain', entityId: String(w.chains.chainA) });
      expect(chainA.items.some((e) => (e.after as { notes?: string }).notes === '审计')).toBe(true);

      const logins = await search('action=login&actor=officeViewer');
      expect(logins.total).toBeGreaterThan(0);
      const failed = await search('action=loginFailed&actor=officeViewer');
      expect(failed.items[0]).toMatchObject({ actorUserId: null, entityType: 'user', after: { reason: 'badPassword' } });
      expect((await search('action=logout&actor=audit.self')).total).toBe(1);

      const all = await search('pageSize=1');
      const day = all.items[0].at.slice(0, 10);
      const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      const prev = new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
      expect((await search(`from=${day}&to=${day}`)).total).toBe(all.total);
      expect((await search(`from=${next}`)).total).toBe(0);
      expect((await search(`to=${prev}`)).total).toBe(0);

      const page = await search('pageSize=3&page=2');
      const ids = page.items.map((e) => e.id);
      expect(ids).toEqual([...ids].sort((a, b) => b - a)); // newest first
      expect(ids).toHaveLength(3);
    });

    it('refuses a malformed search', async () => {
      for (const q of ['from=2024-13-45', 'to=yesterday', 'action=erase', 'pageSize=1000']) {
        expectApiError(await auditor.get(`/api/audit?${q}`), 400, 'VALIDATION_FAILED');
      }
    });
  });

  describe('tamper evidence', () => {
    const middleRow = async () => {
      const rows = await t.deps.db.selectFrom('audit_log').select('id').orderBy('id').execute();
      return Number(rows[Math.floor(rows.length / 2)].id);
    };

    it('verification passes on a clean trail, through the API and the CLI', async () => {
      const result = await verify();
      expect(result).toEqual({ ok: true, checked: await auditCount(t.deps.db), problems: [] });
      const cli = await cliVerify(t);
      expect(cli.output).toContain('intact');
      expect(cli.exitCode).toBe(0);
    });

    it('a row edited by hand in the database is reported, and the CLI exits 1', async () => {
      await dropAuditGuards(t.deps.db, kind);
      const id = await middleRow();
      const original = await t.deps.db.selectFrom('audit_log').select('after_json').where('id', '=', id).executeTakeFirstOrThrow();
      await t.deps.db.updateTable('audit_log').set({ after_json: '{"notes":"改过"}' }).where('id', '=', id).execute();

      const result = await verify();
      expect(result.ok).toBe(false);
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0].id).toBe(id);
      expect(result.problems[0].problem).toContain('修改');

      const cli = await cliVerify(t);
      expect(cli.output).toContain(`row ${id}`);
      expect(cli.exitCode).toBe(1);

      await t.deps.db.updateTable('audit_log').set({ after_json: original.after_json }).where('id', '=', id).execute();
      await createAuditGuards(t.deps.db);
      expect((await verify()).ok).toBe(true);
    });

    it('a deleted middle row is reported at the row after it, and the head counts one row missing', async () => {
      await dropAuditGuards(t.deps.db, kind);
      const id = await middleRow();
      await t.deps.db.deleteFrom('audit_log').where('id', '=', id).execute();
      const next = Number(
        (await t.deps.db.selectFrom('audit_log').select('id').where('id', '>', id).orderBy('id').limit(1).executeTakeFirstOrThrow()).id,
      );
      const result = await verify();
      expect(result.ok).toBe(false);
      expect(result.problems).toEqual([
        { id: next, problem: expect.stringContaining('删除') },
        { id: await lastAuditId(t.deps.db), problem: expect.stringContaining('有 1 条记录被删除') },
      ]);
      await createAuditGuards(t.deps.db);
    });
  });

  describe('separation of duties', () => {
    it('an audit administrator cannot change business data or accounts', async () => {
      const before = await snapshot(t.deps.db);
      for (const res of [
        await auditor.patch(`/api/chains/${w.chains.chainA}`, { notes: '审计员改的' }),
        await auditor.post('/api/chains', { code: 'AD-1', name: '审计员的链', batch: 2024, status: 'key' }),
        await auditor.patch(`/api/organisations/${w.orgs.cityA}`, { name: '改名市' }),
        await auditor.post('/api/users', {
          username: 'by.auditor',
          displayName: 'x',
          organisationId: w.orgs.office,
          password: 'Initial-Pass-2024',
        }),
        await auditor.put(`/api/users/${w.users.officeViewer}/roles`, { roles: ['auditAdmin'] }),
      ]) {
        expectApiError(res, 403, 'FORBIDDEN');
      }
      expect(await snapshot(t.deps.db)).toEqual(before);
    });

    it('the application has no route that updates or deletes audit rows', async () => {
      const routes = registeredApiRoutes(t.app);
      expect(routes.filter((r) => r.includes('/api/audit')).sort()).toEqual(['GET /api/audit', 'POST /api/audit/verify']);

      const before = await snapshot(t.deps.db);
      const id = await lastAuditId(t.deps.db);
      for (const [method, url] of [
        ['DELETE', '/api/audit'],
        ['DELETE', `/api/audit/${id}`],
        ['PATCH', `/api/audit/${id}`],
        ['PUT', `/api/audit/${id}`],
        ['POST', '/api/audit'],
      ] as const) {
        expectApiError(await auditor.send(method, url, { after: null }), 404, 'NOT_FOUND');
      }
      expect(await snapshot(t.deps.db)).toEqual(before);
    });

    it('no code outside the migrations writes to audit_log except the audit trail’s insert', () => {
      const offenders: string[] = [];
      const walk = (dir: string) => {
        for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
          const file = path.join(dir, entry.name);
          if (entry.isDirectory()) {
            if (entry.name !== 'migrations') walk(file);
            continue;
          }
          const source = fs.readFileSync(file, 'utf8');
          if (
            /(updateTable|deleteFrom)\(\s*['"]audit_log['"]|\b(update|delete\s+from)\s+audit_log\b|truncate\b[^;]*audit_log/i.test(source)
          ) {
            offenders.push(path.relative(API_ROOT, file));
          }
        }
      };
      walk(path.join(API_ROOT, 'src'));
      expect(offenders).toEqual([]);
    });
  });
});
