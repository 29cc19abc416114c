import { type ChangePasswordInput, type LoginInput, type Me, passwordProblem } from '@chainboard/contracts';
import { type Deps, inTransaction } from '../../context.js';
import { randomToken, sha256 } from '../../lib/crypto.js';
import { AppError } from '../../lib/errors.js';
import { dummyPasswordHash, hashPassword, verifyPassword } from '../../lib/passwords.js';
import type { Actor, RequestContext } from '../../policy/actor.js';
import { type UserRecord, usersRepository } from '../users/users.repository.js';
import { sessionsRepository } from './sessions.repository.js';

export const MAX_FAILED_ATTEMPTS = 5;
export const LOCK_MINUTES = 30;
/** last_seen_at is written at most this often, so reads do not each cost a write. */
const TOUCH_EVERY_MS = 60_000;

export type Session = { id: string; csrfToken: string; actor: Actor; me: Me };

export function actorOf(u: UserRecord): Actor {
  return {
    userId: u.id,
    username: u.username,
    organisationId: u.organisationId,
    organisationType: u.organisationType,
    roles: u.roles,
  };
}

function meOf(u: UserRecord, csrfToken: string): Me {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    organisationId: u.organisationId,
    organisationName: u.organisationName,
    organisationType: u.organisationType,
    roles: u.roles,
    mustChangePassword: u.mustChangePassword,
    csrfToken,
  };
}

const minutesFrom = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

function lockedMessage(until: string): string {
  const time = new Date(until).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
  return `连续 ${MAX_FAILED_ATTEMPTS} 次密码错误，账户已锁定至 ${time}，请稍后再试或联系系统管理员解锁`;
}

export const authService = {
  async login(deps: Deps, input: LoginInput, ip: string | null): Promise<{ token: string; me: Me }> {
    const user = await usersRepository.findByUsername(deps.db, input.username);
    const now = deps.clock.nowIso();
    if (!user) {
      await verifyPassword(await dummyPasswordHash(), input.password); // same cost as a real check
      await inTransaction(deps, (trx) =>
        deps.audit.record(trx, {
          actor: null,
          username: input.username,
          ip,
          action: 'loginFailed',
          entityType: 'user',
          entityId: null,
          after: { reason: 'unknownUser' },
        }),
      );
      throw new AppError('INVALID_CREDENTIALS', '用户名或密码错误');
    }
    if (user.lockedUntil && user.lockedUntil > now) {
      await inTransaction(deps, (trx) =>
        deps.audit.record(trx, {
          actor: null,
          username: user.username,
          ip,
          action: 'loginFailed',
          entityType: 'user',
          entityId: user.id,
          after: { reason: 'locked' },
        }),
      );
      throw new AppError('ACCOUNT_LOCKED', lockedMessage(user.lockedUntil));
    }
    const passwordOk = await verifyPassword(user.passwordHash, input.password);
    if (!passwordOk || user.disabled) {
      const attempts = passwordOk ? user.failedAttempts : user.failedAttempts + 1;
      const lockedUntil = attempts >= MAX_FAILED_ATTEMPTS ? minutesFrom(now, LOCK_MINUTES) : null;
      await inTransaction(deps, async (trx) => {
        await usersRepository.update(trx, user.id, {
          failed_attempts: lockedUntil ? 0 : attempts,
          locked_until: lockedUntil,
        });
        await deps.audit.record(trx, {
          actor: null,
          username: user.username,
          ip,
          action: 'loginFailed',
          entityType: 'user',
          entityId: user.id,
          after: { reason: user.disabled ? 'disabled' : 'badPassword', attempts, lockedUntil },
        });
      });
      if (user.disabled) throw new AppError('ACCOUNT_DISABLED', '账户已停用，请联系系统管理员');
      if (lockedUntil) throw new AppError('ACCOUNT_LOCKED', lockedMessage(lockedUntil));
      throw new AppError(
        'INVALID_CREDENTIALS',
        `用户名或密码错误，再错 ${MAX_FAILED_ATTEMPTS - attempts} 次账户将锁定 ${LOCK_MINUTES} 分钟`,
      );
    }
    const token = randomToken();
    const csrfToken = randomToken(24);
    await inTransaction(deps, async (trx) => {
      await usersRepository.update(trx, user.id, { failed_attempts: 0, locked_until: null, last_login_at: now });
      await sessionsRepository.insert(trx, { id: sha256(token), userId: user.id, csrfToken, ip, now });
      await deps.audit.record(trx, { actor: actorOf(user), ip, action: 'login', entityType: 'session', entityId: user.id });
    });
    return { token, me: meOf({ ...user, lastLoginAt: now }, csrfToken) };
  },

  /** The session behind a cookie token, or an error saying why there is none. */
  async resolve(deps: Deps, token: string): Promise<Session> {
    const id = sha256(token);
    const session = await sessionsRepository.find(deps.db, id);
    if (!session) throw new AppError('UNAUTHENTICATED', '请先登录');
    const now = deps.clock.now().getTime();
    const idleMs = deps.config.sessionIdleMinutes * 60_000;
    if (Date.parse(session.last_seen_at) + idleMs < now) {
      await sessionsRepository.delete(deps.db, id);
      throw new AppError('SESSION_EXPIRED', `超过 ${deps.config.sessionIdleMinutes} 分钟未操作，请重新登录`);
    }
    const user = await usersRepository.findById(deps.db, Number(session.user_id));
    if (!user || user.disabled) {
      await sessionsRepository.delete(deps.db, id);
      throw new AppError('UNAUTHENTICATED', '请先登录');
    }
    if (Date.parse(session.last_seen_at) + TOUCH_EVERY_MS < now) {
      await sessionsRepository.touch(deps.db, id, new Date(now).toISOString());
    }
    return { id, csrfToken: session.csrf_token, actor: actorOf(user), me: meOf(user, session.csrf_token) };
  },

  async logout(deps: Deps, ctx: RequestContext, sessionId: string): Promise<void> {
    await inTransaction(deps, async (trx) => {
      await sessionsRepository.delete(trx, sessionId);
      await deps.audit.record(trx, { actor: ctx.actor, ip: ctx.ip, action: 'logout', entityType: 'session', entityId: ctx.actor.userId });
    });
  },

  async changePassword(deps: Deps, ctx: RequestContext, session: Session, input: ChangePasswordInput): Promise<Me> {
    const user = await usersRepository.findById(deps.db, ctx.actor.userId);
    if (!user) throw new AppError('UNAUTHENTICATED', '请先登录');
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw new AppError('VALIDATION_FAILED', '当前密码不正确', { currentPassword: '当前密码不正确' });
    }
    const problem = passwordProblem(input.newPassword);
    if (problem) throw new AppError('PASSWORD_POLICY', problem, { newPassword: problem });
    if (input.newPassword === input.currentPassword) {
      throw new AppError('PASSWORD_POLICY', '新密码不能与当前密码相同', { newPassword: '新密码不能与当前密码相同' });
    }
    const passwordHash = await hashPassword(input.newPassword);
    await inTransaction(deps, async (trx) => {
      await usersRepository.update(trx, user.id, {
        password_hash: passwordHash,
        must_change_password: false,
        updated_at: deps.clock.nowIso(),
      });
      // other sessions of this account end: whoever knew the old password is out
      await sessionsRepository.deleteForUser(trx, user.id, session.id);
      await deps.audit.record(trx, { actor: ctx.actor, ip: ctx.ip, action: 'passwordChange', entityType: 'user', entityId: user.id });
    });
    return meOf({ ...user, mustChangePassword: false }, session.csrfToken);
  },
};
