import { afterAll, beforeAll, expect, it } from 'vitest';
import { seedWorld, type World } from './personas.js';
import { ADMIN_PASSWORD, describeOnBothDatabases, startTestPlatform, type TestPlatform } from './platform.js';

describeOnBothDatabases('login', (kind) => {
  let t: TestPlatform;
  let world: World;
  beforeAll(async () => {
    t = await startTestPlatform(kind);
    world = await seedWorld(t.deps);
  });
  afterAll(() => t.close());

  it('the seeded admin must change the initial password before anything else', async () => {
    const admin = await t.login('admin', ADMIN_PASSWORD);
    expect((await admin.get('/api/auth/me')).json().mustChangePassword).toBe(true);
    const blocked = await admin.get('/api/chains');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('PASSWORD_CHANGE_REQUIRED');

    const weak = await admin.post('/api/auth/password', { currentPassword: ADMIN_PASSWORD, newPassword: 'abcdefgh' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().fields.newPassword).toContain('三类');

    const changed = await admin.post('/api/auth/password', { currentPassword: ADMIN_PASSWORD, newPassword: 'New-Admin-2024' });
    expect(changed.statusCode).toBe(200);
    const chains = await admin.get('/api/chains?pageSize=50');
    expect(chains.statusCode).toBe(200);
    expect(chains.json().total).toBe(16);
  });

  it('locks the account after 5 failed attempts from any address, even for the right password', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'zoneBEditor', password: 'wrong' },
        remoteAddress: `10.0.0.${i + 1}`,
      });
      expect(res.statusCode).toBe(i < 4 ? 401 : 423);
    }
    const right = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'zoneBEditor', password: 'Chain-Test-2024' },
    });
    expect(right.statusCode).toBe(423);
    expect(right.json().code).toBe('ACCOUNT_LOCKED');
    expect(world.users.zoneBEditor).toBeGreaterThan(0);
  });

  it('ends a session after the idle timeout', async () => {
    const client = await t.login('cityAEditor');
    expect((await client.get('/api/auth/me')).statusCode).toBe(200);
    const past = new Date(Date.now() - (t.config.sessionIdleMinutes + 1) * 60_000).toISOString();
    await t.deps.db.updateTable('sessions').set({ last_seen_at: past }).execute();
    const expired = await client.get('/api/auth/me');
    expect(expired.statusCode).toBe(401);
    expect(expired.json().code).toBe('SESSION_EXPIRED');
  });

  it('logout ends the session', async () => {
    const client = await t.login('cityBEditor');
    expect((await client.post('/api/auth/logout')).statusCode).toBe(200);
    expect((await client.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('refuses a write without the CSRF token', async () => {
    const client = await t.login('officeEditor');
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/chains/${world.chains.chainA}`,
      cookies: { cb_session: client.session as string },
      payload: { notes: 'x' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('CSRF_FAILED');
  });
});
