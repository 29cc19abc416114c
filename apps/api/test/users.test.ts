import type { User } from '@chainboard/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { usersService } from '../src/modules/users/users.service.js';
import { SYSTEM_ACTOR } from '../src/policy/actor.js';
import { addUser, auditRowsAfter, expectApiError, lastAuditId, snapshot } from './helpers.js';
import { seedWorld, type World } from './personas.js';
import { ADMIN_PASSWORD, type Client, describeOnBothDatabases, PASSWORD, startTestPlatform, type TestPlatform } from './platform.js';

const INITIAL = 'Initial-Pass-2024';

describeOnBothDatabases('users', (kind) => {
  describe('with a security administrator in place', () => {
    let t: TestPlatform;
    let w: World;
    let sys: Client;
    let sec: Client;

    beforeAll(async () => {
      t = await startTestPlatform(kind);
      w = await seedWorld(t.deps);
      [sys, sec] = await Promise.all([t.login('sysAdmin'), t.login('securityAdmin')]);
    });
    afterAll(() => t.close());

    const sessionsOf = async (userId: number) =>
      (await t.deps.db.selectFrom('sessions').select('id').where('user_id', '=', userId).execute()).length;
    const failLogins = async (username: string, times: number) => {
      const stranger = t.anonymous();
      for (let i = 0; i < times; i++) await stranger.post('/api/auth/login', { username, password: 'Wrong-Pass-1' });
    };

    it('a system administrator creates a user, who must change the initial password before anything else', async () => {
      const res = await sys.post('/api/users', {
        username: 'new.clerk',
        displayName: '新经办',
        organisationId: w.orgs.cityA,
        password: INITIAL,
      });
      expect(res.statusCode, res.body).toBe(201);
      const created = res.json() as User;
      expect(created).toMatchObject({
        username: 'new.clerk',
        organisationName: '太原市',
        roles: [],
        mustChangePassword: true,
        disabled: false,
      });
      expect(res.body).not.toMatch(/passwordHash|password_hash|argon|Initial-Pass/i);
      const listed = await sys.get('/api/users?q=NEW.CL');
      expect(listed.json().items.map((u: User) => u.id)).toEqual([created.id]);
      expect(listed.body).not.toMatch(/hash|argon/i);

      const clerk = await t.login('new.clerk', INITIAL);
      expect((await clerk.get('/api/auth/me')).json().mustChangePassword).toBe(true);
      expectApiError(await clerk.get('/api/organisations'), 403, 'PASSWORD_CHANGE_REQUIRED');
      const changed = await clerk.post('/api/auth/password', { currentPassword: INITIAL, newPassword: 'Clerk-Own-2024' });
      expect(changed.statusCode, changed.body).toBe(200);
      expect((await clerk.get('/api/organisations')).statusCode).toBe(200);
    });

    it('refuses a taken user name and a retired organisation', async () => {
      const before = await snapshot(t.deps.db);
      const taken = expectApiError(
        await sys.post('/api/users', { username: 'officeViewer', displayName: '重名', organisationId: w.orgs.office, password: INITIAL }),
        409,
        'CONFLICT',
      );
      expect(taken.fields).toHaveProperty('username');
      await t.deps.db.updateTable('organisations').set({ retired: true }).where('id', '=', w.orgs.enterprise).execute();
      const retired = expectApiError(
        await sys.post('/api/users', {
          username: 'in.retired',
          displayName: '撤销单位',
          organisationId: w.orgs.enterprise,
          password: INITIAL,
        }),
        400,
        'VALIDATION_FAILED',
      );
      expect(retired.fields).toHaveProperty('organisationId');
      await t.deps.db.updateTable('organisations').set({ retired: false }).where('id', '=', w.orgs.enterprise).execute();
      expect(await snapshot(t.deps.db)).toEqual(before);
    });

    it('a system administrator cannot grant roles once a security administrator exists', async () => {
      const before = await snapshot(t.deps.db);
      for (const roles of [['editor'], ['securityAdmin'], ['sysAdmin', 'securityAdmin']]) {
        const body = expectApiError(await sys.put(`/api/users/${w.users.officeViewer}/roles`, { roles }), 403, 'FORBIDDEN');
        expect(body.message).toContain('安全管理员');
      }
      expect(await snapshot(t.deps.db)).toEqual(before);
    });

    it('a security administrator grants roles to others, never to itself; the grantee signs in again', async () => {
      const target = await addUser(t.deps, { username: 'grantee', organisationId: w.orgs.leadA, roles: ['viewer'] });
      const grantee = await t.login('grantee');
      const mark = await lastAuditId(t.deps.db);
      const res = await sec.put(`/api/users/${target}/roles`, { roles: ['editor', 'viewer', 'editor'] });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().roles).toEqual(['editor', 'viewer']);
      const [row] = await auditRowsAfter(t.deps.db, mark);
      expect(row).toMatchObject({ action: 'grant', before: { roles: ['viewer'] }, after: { roles: ['editor', 'viewer'] } });
      expectApiError(await grantee.get('/api/auth/me'), 401); // new grants take effect at the next login
      expect((await (await t.login('grantee')).get('/api/auth/me')).json().roles).toEqual(['editor', 'viewer']);

      const before = await snapshot(t.deps.db);
      const own = expectApiError(
        await sec.put(`/api/users/${w.users.securityAdmin}/roles`, { roles: ['securityAdmin', 'sysAdmin'] }),
        403,
        'FORBIDDEN',
      );
      expect(own.message).toContain('自己');
      expectApiError(await sec.put(`/api/users/${w.users.securityAdmin}/roles`, { roles: [] }), 403, 'FORBIDDEN');
      expect(await snapshot(t.deps.db)).toEqual(before);
    });

    it('administrator roles go to separate accounts and never with business editing', async () => {
      const target = await addUser(t.deps, { username: 'would.be.admin', organisationId: w.orgs.office, roles: [] });
      const before = await snapshot(t.deps.db);
      for (const roles of [
        ['sysAdmin', 'securityAdmin'],
        ['securityAdmin', 'auditAdmin'],
        ['sysAdmin', 'securityAdmin', 'auditAdmin'],
        ['auditAdmin', 'editor'],
        ['sysAdmin', 'editor', 'viewer'],
      ]) {
        const body = expectApiError(await sec.put(`/api/users/${target}/roles`, { roles }), 400, 'VALIDATION_FAILED');
        expect(body.fields?.roles, roles.join('+')).toContain('不同账号');
      }
      expect(await snapshot(t.deps.db)).toEqual(before);
      expect((await sec.put(`/api/users/${target}/roles`, { roles: ['auditAdmin'] })).statusCode).toBe(200);
      expect((await sec.put(`/api/users/${target}/roles`, { roles: ['editor', 'chainLeader'] })).statusCode).toBe(200);
    });

    it('a security administrator manages grants, not accounts', async () => {
      const before = await snapshot(t.deps.db);
      expectApiError(await sec.patch(`/api/users/${w.users.officeViewer}`, { disabled: true }), 403, 'FORBIDDEN');
      expectApiError(await sec.post(`/api/users/${w.users.officeViewer}/password`, { password: 'Reset-Pass-2024' }), 403, 'FORBIDDEN');
      expectApiError(
        await sec.post('/api/users', { username: 'by.security', displayName: 'x', organisationId: w.orgs.office, password: INITIAL }),
        403,
        'FORBIDDEN',
      );
      expect(await snapshot(t.deps.db)).toEqual(before);
    });

    it('disabling a user ends its sessions and its logins until it is enabled again', async () => {
      const id = await addUser(t.deps, { username: 'to.disable', organisationId: w.orgs.cityB, roles: ['viewer'] });
      const [first, second] = [await t.login('to.disable'), await t.login('to.disable')];
      expect(await sessionsOf(id)).toBe(2);

      const res = await sys.patch(`/api/users/${id}`, { disabled: true });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().disabled).toBe(true);
      expect(await sessionsOf(id)).toBe(0);
      expectApiError(await first.get('/api/auth/me'), 401, 'UNAUTHENTICATED');
      expectApiError(await second.get('/api/chains'), 401, 'UNAUTHENTICATED');
      expectApiError(await t.anonymous().post('/api/auth/login', { username: 'to.disable', password: PASSWORD }), 403, 'ACCOUNT_DISABLED');

      expect((await sys.patch(`/api/users/${id}`, { disabled: false })).statusCode).toBe(200);
      expect((await (await t.login('to.disable')).get('/api/auth/me')).statusCode).toBe(200);
    });

    it('moving a user to another organisation ends its sessions: the new scope starts with a new login', async () => {
      const id = await addUser(t.deps, { username: 'to.move', organisationId: w.orgs.cityA, roles: ['editor'] });
      const before = await t.login('to.move');
      expect((await sys.patch(`/api/users/${id}`, { organisationId: w.orgs.cityB })).statusCode).toBe(200);
      expectApiError(await before.get('/api/auth/me'), 401);
      expect((await (await t.login('to.move')).get('/api/auth/me')).json().organisationName).toBe('大同市');
    });

    it('a system administrator cannot disable its own account', async () => {
      const before = await snapshot(t.deps.db);
      expectApiError(await sys.patch(`/api/users/${w.users.sysAdmin}`, { disabled: true }), 400, 'VALIDATION_FAILED');
      expect(await snapshot(t.deps.db)).toEqual(before);
    });

    it('resetting a password unlocks the account, ends its sessions and forces a change at the next login', async () => {
      const id = await addUser(t.deps, { username: 'forgetful', organisationId: w.orgs.cityA, roles: ['viewer'] });
      const old = await t.login('forgetful');
      await failLogins('forgetful', 5);
      expectApiError(await t.anonymous().post('/api/auth/login', { username: 'forgetful', password: PASSWORD }), 423, 'ACCOUNT_LOCKED');

      const res = await sys.post(`/api/users/${id}/password`, { password: 'Reset-Pass-2024' });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ mustChangePassword: true, lockedUntil: null });
      expectApiError(await old.get('/api/auth/me'), 401);
      expectApiError(
        await t.anonymous().post('/api/auth/login', { username: 'forgetful', password: PASSWORD }),
        401,
        'INVALID_CREDENTIALS',
      );

      const fresh = await t.login('forgetful', 'Reset-Pass-2024');
      expect((await fresh.get('/api/auth/me')).json().mustChangePassword).toBe(true);
      expectApiError(await fresh.get('/api/chains'), 403, 'PASSWORD_CHANGE_REQUIRED');
      expect(
        (await fresh.post('/api/auth/password', { currentPassword: 'Reset-Pass-2024', newPassword: 'Remembered-2024' })).statusCode,
      ).toBe(200);
      expect((await fresh.get('/api/chains')).statusCode).toBe(200);
    });

    it('unlocking lets a locked account sign in again with its own password', async () => {
      const id = await addUser(t.deps, { username: 'locked.out', organisationId: w.orgs.cityA, roles: ['viewer'] });
      await failLogins('locked.out', 5);
      expectApiError(await t.anonymous().post('/api/auth/login', { username: 'locked.out', password: PASSWORD }), 423, 'ACCOUNT_LOCKED');
      const res = await sys.post(`/api/users/${id}/unlock`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().lockedUntil).toBeNull();
      expect((await t.anonymous().post('/api/auth/login', { username: 'locked.out', password: PASSWORD })).statusCode).toBe(200);
    });

    it('weak passwords are refused with the password policy message, wherever a password is set', async () => {
      const own = await t.login('officeViewer');
      const before = await snapshot(t.deps.db);
      const weak = [
        ['abcdefgh', '三类'],
        ['ABCD1234', '三类'],
        ['Ab1!', '至少 8 位'],
        [`Aa1!${'x'.repeat(125)}`, '128'],
      ];
      for (const [password, says] of weak) {
        const created = expectApiError(
          await sys.post('/api/users', { username: 'weak.one', displayName: '弱密码', organisationId: w.orgs.cityA, password }),
          400,
          'VALIDATION_FAILED',
        );
        expect(created.fields?.password, password).toContain(says);
        const reset = expectApiError(await sys.post(`/api/users/${w.users.zoneAEditor}/password`, { password }), 400);
        expect(reset.fields?.password, password).toContain(says);
        const changed = expectApiError(await own.post('/api/auth/password', { currentPassword: PASSWORD, newPassword: password }), 400);
        expect(changed.fields?.newPassword, password).toContain(says);
      }
      const same = expectApiError(
        await own.post('/api/auth/password', { currentPassword: PASSWORD, newPassword: PASSWORD }),
        400,
        'PASSWORD_POLICY',
      );
      expect(same.message).toContain('不能与当前密码相同');
      expect(await snapshot(t.deps.db)).toEqual(before);
      // a wrong current password is refused and, like a wrong login password, counts towards the lockout
      const wrong = expectApiError(
        await own.post('/api/auth/password', { currentPassword: 'Not-Mine-2024', newPassword: 'Brand-New-2024' }),
        400,
      );
      expect(wrong.fields).toHaveProperty('currentPassword');
      const counted = await t.deps.db
        .selectFrom('users')
        .select('failed_attempts')
        .where('id', '=', w.users.officeViewer)
        .executeTakeFirstOrThrow();
      expect(counted.failed_attempts).toBe(1);
    });
  });

  describe('appointing the first security administrator (no personas)', () => {
    let t: TestPlatform;
    let admin: Client;
    let adminId: number;
    const ids: Record<string, number> = {};

    beforeAll(async () => {
      t = await startTestPlatform(kind);
      admin = await t.login('admin', ADMIN_PASSWORD);
      expect(
        (await admin.post('/api/auth/password', { currentPassword: ADMIN_PASSWORD, newPassword: 'Admin-Changed-2024' })).statusCode,
      ).toBe(200);
      adminId = (await admin.get('/api/auth/me')).json().id;
      const office = (await admin.get(`/api/organisations?q=${encodeURIComponent('省链长办')}`)).json().items[0].id;
      for (const username of ['first.sec', 'second.sec', 'third.sec']) {
        const res = await admin.post('/api/users', { username, displayName: username, organisationId: office, password: INITIAL });
        expect(res.statusCode, res.body).toBe(201);
        ids[username] = res.json().id;
      }
    });
    afterAll(() => t.close());

    const rolesOf = async (id: number) =>
      (await t.deps.db.selectFrom('user_roles').select('role').where('user_id', '=', id).orderBy('role').execute()).map((r) => r.role);

    it('the system administrator may appoint exactly the security administrator role, and not to itself', async () => {
      const before = await snapshot(t.deps.db);
      expectApiError(await admin.put(`/api/users/${ids['first.sec']}/roles`, { roles: ['securityAdmin', 'editor'] }), 403, 'FORBIDDEN');
      expectApiError(await admin.put(`/api/users/${ids['first.sec']}/roles`, { roles: ['editor'] }), 403, 'FORBIDDEN');
      expectApiError(await admin.put(`/api/users/${adminId}/roles`, { roles: ['securityAdmin'] }), 403, 'FORBIDDEN');
      expect(await rolesOf(adminId)).toEqual(['sysAdmin']);
      expect(await snapshot(t.deps.db)).toEqual(before);
    });

    it('appoints the first security administrator while none is active, and no second one', async () => {
      const first = await admin.put(`/api/users/${ids['first.sec']}/roles`, { roles: ['securityAdmin'] });
      expect(first.statusCode, first.body).toBe(200);
      expect(first.json().roles).toEqual(['securityAdmin']);
      expectApiError(await admin.put(`/api/users/${ids['second.sec']}/roles`, { roles: ['securityAdmin'] }), 403, 'FORBIDDEN');
      expect(await rolesOf(ids['second.sec'])).toEqual([]);
    });

    it('from then on the security administrator grants', async () => {
      const sec = await t.login('first.sec', INITIAL);
      expect((await sec.post('/api/auth/password', { currentPassword: INITIAL, newPassword: 'Security-Own-2024' })).statusCode).toBe(200);
      const res = await sec.put(`/api/users/${ids['second.sec']}/roles`, { roles: ['viewer'] });
      expect(res.statusCode, res.body).toBe(200);
      expect(await rolesOf(ids['second.sec'])).toEqual(['viewer']);
    });

    it('the system administrator cannot disable or reset the security administrator', async () => {
      expectApiError(await admin.patch(`/api/users/${ids['first.sec']}`, { disabled: true }), 403, 'FORBIDDEN');
      expectApiError(await admin.post(`/api/users/${ids['first.sec']}/password`, { password: 'Takeover-2024!' }), 403, 'FORBIDDEN');
      expect(
        (await t.deps.db.selectFrom('users').select('disabled').where('id', '=', ids['first.sec']).executeTakeFirstOrThrow()).disabled,
      ).toBeFalsy();
    });

    it('once no security administrator is active, the system administrator may appoint one again', async () => {
      // only the operator's command line disables a security administrator
      await usersService.update(t.deps, { actor: { ...SYSTEM_ACTOR, username: 'cli', roles: ['sysAdmin'] }, ip: null }, ids['first.sec'], {
        disabled: true,
      });
      const res = await admin.put(`/api/users/${ids['third.sec']}/roles`, { roles: ['securityAdmin'] });
      expect(res.statusCode, res.body).toBe(200);
      expectApiError(await admin.put(`/api/users/${ids['second.sec']}/roles`, { roles: ['securityAdmin'] }), 403, 'FORBIDDEN');
    });
  });
});
