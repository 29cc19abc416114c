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

/** The one message for an unknown user name and a wrong password, so neither tells which it was. */
const BAD_CREDENTIALS = `用户名或密码错误（连续 ${MAX_FAILED_ATTEMPTS} 次错误账户将锁定 ${LOCK_MINUTES} 分钟）`;

type Attempt = { attempts: number; lockedUntil: string | null };

/** What a failed or refused attempt writes to the audit trail. */
type FailedAttempt = { actor: Actor | null; username: string; userId: number | null; ip: string | null; reason: string } & Partial<Attempt>;

function recordFailure(deps: Deps, f: FailedAttempt) {
  const { actor, username, userId, ip, ...after } = f;
  return inTransaction(deps, (trx) =>
    deps.audit.record(trx, { actor, username, ip, action: 'loginFailed', entityType: 'user', entityId: userId, after }),
  );
}

/**
 * Takes the attempt's place in the account's failure count before any password is checked (see
 * usersRepository.reserveAttempt). An attempt that finds the account locked is refused, still
 * counted, without its password being checked.
 */
async function takeAttempt(deps: Deps, user: UserRecord, who: Omit<FailedAttempt, 'reason' | 'userId' | 'username'>): Promise<Attempt> {
  const now = deps.clock.nowIso();
  const lockUntil = minutesFrom(now, LOCK_MINUTES);
  const attempt = await usersRepository.reserveAttempt(deps.db, user.id, { now, lockUntil, max: MAX_FAILED_ATTEMPTS });
  if (attempt) return attempt;
  const lockedUntil = (await usersRepository.countRefusedAttempt(deps.db, user.id, now)) ?? user.lockedUntil ?? lockUntil;
  await recordFailure(deps, { ...who, username: user.username, userId: user.id, reason: 'locked' });
  throw new AppError('ACCOUNT_LOCKED', lockedMessage(lockedUntil));
}

/** A right password that lost the race to a lock set meanwhile by other attempts. */
async function refuseLocked(deps: Deps, user: UserRecord, who: Omit<FailedAttempt, 'reason' | 'userId' | 'username'>): Promise<never> {
  const current = await usersRepository.findById(deps.db, user.id);
  await recordFailure(deps, { ...who, username: user.username, userId: user.id, reason: 'locked' });
  throw new AppError('ACCOUNT_LOCKED', lockedMessage(current?.lockedUntil ?? minutesFrom(deps.clock.nowIso(), LOCK_MINUTES)));
}

export const authService = {
  /**
   * Lockout rule: every attempt on a known account first takes a place in its failure count, in the
   * database; the place that reaches MAX_FAILED_ATTEMPTS locks the account for LOCK_MINUTES. An
   * attempt that finds the account locked is refused without its password being checked. A right
   * password logs in only if no other attempt reached the lock while it was being checked (fewer than
   * MAX places are taken, or it holds the last one): four wrong passwords and then the right one log
   * in; the right one among five or more wrong ones sent at once does not.
   */
  async login(deps: Deps, input: LoginInput, ip: string | null): Promise<{ token: string; me: Me }> {
    const user = await usersRepository.findByUsername(deps.db, input.username);
    if (!user) {
      await verifyPassword(await dummyPasswordHash(), input.password); // same cost as a real check
      await recordFailure(deps, { actor: null, username: input.username, userId: null, ip, reason: 'unknownUser' });
      throw new AppError('INVALID_CREDENTIALS', BAD_CREDENTIALS);
    }
    const who = { actor: null, ip };
    const attempt = await takeAttempt(deps, user, who);
    if (!(await verifyPassword(user.passwordHash, input.password))) {
      // a disabled account answers a wrong password as any other would: only its password reveals it
      const reason = user.disabled ? 'disabledBadPassword' : 'badPassword';
      await recordFailure(deps, { ...who, username: user.username, userId: user.id, reason, ...attempt });
      if (attempt.lockedUntil) throw new AppError('ACCOUNT_LOCKED', lockedMessage(attempt.lockedUntil));
      throw new AppError('INVALID_CREDENTIALS', BAD_CREDENTIALS);
    }
    const now = deps.clock.nowIso();
    if (user.disabled) {
      if (!(await usersRepository.releaseAttempt(deps.db, user.id, { ...attempt, max: MAX_FAILED_ATTEMPTS }))) {
        return refuseLocked(deps, user, who);
      }
      await recordFailure(deps, { ...who, username: user.username, userId: user.id, reason: 'disabled' });
      throw new AppError('ACCOUNT_DISABLED', '账户已停用，请联系系统管理员');
    }
    const token = randomToken();
    const csrfToken = randomToken(24);
    const opened = await inTransaction(deps, async (trx) => {
      const released = await usersRepository.releaseAttempt(trx, user.id, { ...attempt, max: MAX_FAILED_ATTEMPTS }, { last_login_at: now });
      if (!released) return false;
      await sessionsRepository.insert(trx, { id: sha256(token), userId: user.id, csrfToken, ip, now });
      await deps.audit.record(trx, { actor: actorOf(user), ip, action: 'login', entityType: 'session', entityId: user.id });
      return true;
    });
    if (!opened) return refuseLocked(deps, user, who);
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
    // a wrong current password counts towards the lockout as a wrong login password does
    const who = { actor: ctx.actor, ip: ctx.ip };
    const attempt = await takeAttempt(deps, user, who);
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
      await recordFailure(deps, { ...who, username: user.username, userId: user.id, reason: 'badCurrentPassword', ...attempt });
      if (attempt.lockedUntil) throw new AppError('ACCOUNT_LOCKED', lockedMessage(attempt.lockedUntil));
      const left = MAX_FAILED_ATTEMPTS - attempt.attempts;
      const message = `当前密码不正确，再错 ${left} 次账户将锁定 ${LOCK_MINUTES} 分钟`;
      throw new AppError('VALIDATION_FAILED', message, { currentPassword: message });
    }
    if (!(await usersRepository.releaseAttempt(deps.db, user.id, { ...attempt, max: MAX_FAILED_ATTEMPTS }))) {
      return refuseLocked(deps, user, who);
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
