/**
 * The lockout holds when attempts arrive at once, on one API or two sharing a database: every attempt
 * takes its place in the failure count before its password is checked.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { trustProxyFrom } from '../src/config.js';
import { MAX_FAILED_ATTEMPTS } from '../src/modules/auth/auth.service.js';
import { addUser, auditRowsAfter, expectApiError, lastAuditId } from './helpers.js';
import { seedWorld, type World } from './personas.js';
import { describeOnBothDatabases, PASSWORD, startSecondApp, startTestPlatform, type TestPlatform } from './platform.js';

describeOnBothDatabases('authentication counters', (kind) => {
  let t: TestPlatform;
  let w: World;
  let n = 0;
  beforeAll(async () => {
    t = await startTestPlatform(kind);
    w = await seedWorld(t.deps);
  });
  afterAll(() => t.close());

  /** A fresh account of its own for each test. */
  const account = async (username: string) => addUser(t.deps, { username, organisationId: w.orgs.cityA, roles: ['viewer'] });
  /** Each attempt from its own address, so the per-address rate limit plays no part. */
  const login = (app: FastifyInstance, username: string, password: string) =>
    app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password },
      remoteAddress: `10.77.${(++n >> 8) & 255}.${n & 255}`,
    });
  const userRow = (id: number) =>
    t.deps.db.selectFrom('users').select(['failed_attempts', 'locked_until']).where('id', '=', id).executeTakeFirstOrThrow();
  const reasons = async (since: number, id: number) =>
    (await auditRowsAfter(t.deps.db, since))
      .filter((r) => r.entity_id === String(id))
      .map((r) => (r.after as { reason?: string })?.reason ?? r.action);

  it('20 wrong passwords at once: exactly 5 are checked, the rest refused, and the account is locked', async () => {
    const id = await account('race.twenty');
    const since = await lastAuditId(t.deps.db);
    const results = await Promise.all(Array.from({ length: 20 }, () => login(t.app, 'race.twenty', 'Wrong-Pass-1')));
    const codes = results.map((r) => r.json().code);
    expect(codes.filter((c) => c === 'INVALID_CREDENTIALS')).toHaveLength(MAX_FAILED_ATTEMPTS - 1);
    expect(codes.filter((c) => c === 'ACCOUNT_LOCKED')).toHaveLength(20 - MAX_FAILED_ATTEMPTS + 1);
    const row = await userRow(id);
    expect(row.failed_attempts).toBeGreaterThanOrEqual(MAX_FAILED_ATTEMPTS);
    expect(row.locked_until).not.toBeNull();
    const logged = await reasons(since, id);
    expect(logged.filter((r) => r === 'badPassword')).toHaveLength(MAX_FAILED_ATTEMPTS);
    expect(logged.filter((r) => r === 'locked')).toHaveLength(20 - MAX_FAILED_ATTEMPTS);
    expectApiError(await login(t.app, 'race.twenty', PASSWORD), 423, 'ACCOUNT_LOCKED');
  });

  it.each([0, 4, 5, 11])('the right password sent among 11 wrong ones at once is refused (at place %i)', async (place) => {
    const username = `race.eleven.${place}`;
    const id = await account(username);
    const passwords = Array.from({ length: 12 }, (_, i) => (i === place ? PASSWORD : 'Wrong-Pass-1'));
    const results = await Promise.all(passwords.map((p) => login(t.app, username, p)));
    expectApiError(results[place], 423, 'ACCOUNT_LOCKED');
    expect(results.filter((r) => r.statusCode === 200)).toHaveLength(0);
    const sessions = await t.deps.db.selectFrom('sessions').select('id').where('user_id', '=', id).execute();
    expect(sessions).toEqual([]);
    expect((await userRow(id)).locked_until).not.toBeNull();
  });

  it('four wrong passwords and then the right one log in, and the count starts again', async () => {
    const id = await account('race.four');
    for (let i = 0; i < MAX_FAILED_ATTEMPTS - 1; i++) expectApiError(await login(t.app, 'race.four', 'Wrong-Pass-1'), 401);
    expect((await login(t.app, 'race.four', PASSWORD)).statusCode).toBe(200);
    expect(await userRow(id)).toEqual({ failed_attempts: 0, locked_until: null });
  });

  it('wrong current passwords on the change-password form count and lock the account', async () => {
    const id = await account('race.change');
    const client = await t.login('race.change');
    for (let i = 1; i < MAX_FAILED_ATTEMPTS; i++) {
      const res = await client.post('/api/auth/password', { currentPassword: 'Wrong-Pass-1', newPassword: 'Brand-New-2024' });
      expectApiError(res, 400, 'VALIDATION_FAILED');
      expect(res.json().fields.currentPassword).toContain(`再错 ${MAX_FAILED_ATTEMPTS - i} 次`);
    }
    const fifth = await client.post('/api/auth/password', { currentPassword: 'Wrong-Pass-1', newPassword: 'Brand-New-2024' });
    expectApiError(fifth, 423, 'ACCOUNT_LOCKED');
    expect((await userRow(id)).locked_until).not.toBeNull();
    // locked: the right current password is refused unchecked, and so is a login
    expectApiError(await client.post('/api/auth/password', { currentPassword: PASSWORD, newPassword: 'Brand-New-2024' }), 423);
    expectApiError(await login(t.app, 'race.change', PASSWORD), 423, 'ACCOUNT_LOCKED');
  });

  it('wrong current passwords sent at once lock the account after 5', async () => {
    const id = await account('race.change.burst');
    const client = await t.login('race.change.burst');
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        client.post('/api/auth/password', { currentPassword: 'Wrong-Pass-1', newPassword: 'Brand-New-2024' }),
      ),
    );
    expect(results.filter((r) => r.statusCode === 423)).toHaveLength(10 - MAX_FAILED_ATTEMPTS + 1);
    expect((await userRow(id)).locked_until).not.toBeNull();
  });

  it('an unknown user name, a wrong password and a disabled account with a wrong password answer alike', async () => {
    await account('known.user');
    await addUser(t.deps, { username: 'known.disabled', organisationId: w.orgs.cityA, roles: ['viewer'], disabled: true });
    const answers = await Promise.all(
      ['no.such.user', 'known.user', 'known.disabled'].map(async (u) => {
        const res = await login(t.app, u, 'Wrong-Pass-1');
        expectApiError(res, 401, 'INVALID_CREDENTIALS');
        return res.body;
      }),
    );
    expect(new Set(answers).size).toBe(1);
  });
});

describeOnBothDatabases('client address behind a proxy', (kind) => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform(kind);
  });
  afterAll(() => t.close());

  /** The address the audit records for a failed login through an app trusting `trust`. */
  const auditedAddress = async (trust: string) => {
    const app = await buildApp({ ...t.deps, config: { ...t.deps.config, trustProxy: trustProxyFrom(trust) } });
    try {
      const since = await lastAuditId(t.deps.db);
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'nobody.here', password: 'Wrong-Pass-1' },
        remoteAddress: '127.0.0.1',
        headers: { 'x-forwarded-for': '1.2.3.4, 5.6.7.8' },
      });
      expect(res.statusCode).toBe(401);
      const rows = await auditRowsAfter(t.deps.db, since);
      expect(rows).toHaveLength(1);
      return rows[0].ip;
    } finally {
      await app.close();
    }
  };

  it('one trusted hop: the address the proxy saw, not the one the client wrote', async () => {
    expect(await auditedAddress('1')).toBe('5.6.7.8');
  });

  it('a list of proxies: X-Forwarded-For counts only from a listed peer', async () => {
    expect(await auditedAddress('127.0.0.1,10.0.0.0/8')).toBe('5.6.7.8');
    expect(await auditedAddress('10.0.0.0/8,192.168.1.1')).toBe('127.0.0.1');
    expect(await auditedAddress('false')).toBe('127.0.0.1');
  });
});

describe('CHAINBOARD_TRUST_PROXY', () => {
  it('takes false, a hop count or a list of addresses and CIDRs, and refuses "trust everyone"', () => {
    expect(trustProxyFrom(undefined)).toBe(false);
    expect(trustProxyFrom('false')).toBe(false);
    expect(trustProxyFrom('2')).toBe(2);
    expect(trustProxyFrom('127.0.0.1, 10.0.0.0/8,::1')).toEqual(['127.0.0.1', '10.0.0.0/8', '::1']);
    expect(() => trustProxyFrom('true')).toThrow(/address.*hop/);
    expect(() => trustProxyFrom('proxy.local')).toThrow(/proxy.local/);
    expect(() => trustProxyFrom('10.0.0.0/40')).toThrow(/10\.0\.0\.0\/40/);
  });
});

describeOnBothDatabases('lockout across two API processes', (kind) => {
  let t: TestPlatform;
  let w: World;
  let second: Awaited<ReturnType<typeof startSecondApp>>;
  let n = 0;
  beforeAll(async () => {
    t = await startTestPlatform(kind);
    w = await seedWorld(t.deps);
    second = await startSecondApp(t);
  });
  afterAll(async () => {
    await second.close();
    await t.close();
  });

  const login = (app: FastifyInstance, username: string, password: string) =>
    app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password },
      remoteAddress: `10.78.${(++n >> 8) & 255}.${n & 255}`,
    });

  it('20 wrong passwords at once, alternately to each process: locked after 5, on both', async () => {
    const id = await addUser(t.deps, { username: 'two.procs', organisationId: w.orgs.cityA, roles: ['viewer'] });
    const apps = [t.app, second.app];
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => login(apps[i % 2], 'two.procs', 'Wrong-Pass-1')));
    expect(results.filter((r) => r.statusCode === 401)).toHaveLength(MAX_FAILED_ATTEMPTS - 1);
    const row = await t.deps.db
      .selectFrom('users')
      .select(['failed_attempts', 'locked_until'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.failed_attempts).toBeGreaterThanOrEqual(MAX_FAILED_ATTEMPTS);
    expect(row.locked_until).not.toBeNull();
    for (const app of apps) expectApiError(await login(app, 'two.procs', PASSWORD), 423, 'ACCOUNT_LOCKED');
  });

  it('the right password among 11 wrong ones, spread over both processes, is refused', async () => {
    await addUser(t.deps, { username: 'two.procs.right', organisationId: w.orgs.cityA, roles: ['viewer'] });
    const apps = [t.app, second.app];
    const passwords = Array.from({ length: 12 }, (_, i) => (i === 7 ? PASSWORD : 'Wrong-Pass-1'));
    const results = await Promise.all(passwords.map((p, i) => login(apps[i % 2], 'two.procs.right', p)));
    expectApiError(results[7], 423, 'ACCOUNT_LOCKED');
  });
});
