import {
  ADMIN_ROLES,
  type Paged,
  type Role,
  type RolesInput,
  type User,
  type UserInput,
  type UserPatch,
  type UserQuery,
} from '@chainboard/contracts';
import { type Deps, inTransaction } from '../../context.js';
import type { Db } from '../../db/database.js';
import { conflict, forbidden, invalid, notFound } from '../../lib/errors.js';
import { hashPassword } from '../../lib/passwords.js';
import { hasRole, type RequestContext } from '../../policy/actor.js';
import { policy } from '../../policy/policy.js';
import { sessionsRepository } from '../auth/sessions.repository.js';
import { organisationsRepository } from '../organisations/organisations.repository.js';
import { publicUser, usersRepository as repo, type UserRecord } from './users.repository.js';

async function load(db: Db, id: number): Promise<UserRecord> {
  const user = await repo.findById(db, id);
  if (!user) throw notFound('用户');
  return user;
}

async function checkOrganisation(db: Db, id: number): Promise<void> {
  const org = await organisationsRepository.findById(db, id);
  if (!org || org.retired) throw invalid('所属单位不存在或已撤销', { organisationId: '请选择有效的单位' });
}

const ADMIN_ACCOUNT_MESSAGE =
  '安全管理员和审计管理员的账号不能由系统管理员修改或重置密码，请由运维人员在服务器上使用 chainboard user 命令处理';

export const usersService = {
  async list(deps: Deps, ctx: RequestContext, q: UserQuery): Promise<Paged<User>> {
    if (!policy.user.read(ctx.actor)) throw forbidden();
    const { items, total } = await repo.page(deps.db, deps.kind, q);
    return { items: items.map(publicUser), total, page: q.page, pageSize: q.pageSize };
  },

  async create(deps: Deps, ctx: RequestContext, input: UserInput): Promise<User> {
    if (!policy.user.write(ctx.actor)) throw forbidden('只有系统管理员可以新增账号');
    const passwordHash = await hashPassword(input.password);
    return inTransaction(deps, async (trx) => {
      if (await repo.findByUsername(trx, input.username)) {
        throw conflict(`用户名 ${input.username} 已被使用`, { username: '用户名已被使用' });
      }
      await checkOrganisation(trx, input.organisationId);
      const now = deps.clock.nowIso();
      const id = await repo.insert(trx, {
        username: input.username,
        display_name: input.displayName,
        organisation_id: input.organisationId,
        password_hash: passwordHash,
        must_change_password: true,
        failed_attempts: 0,
        locked_until: null,
        disabled: false,
        last_login_at: null,
        created_at: now,
        updated_at: now,
      });
      const created = publicUser(await load(trx, id));
      await deps.audit.record(trx, { actor: ctx.actor, ip: ctx.ip, action: 'create', entityType: 'user', entityId: id, after: created });
      return created;
    });
  },

  async update(deps: Deps, ctx: RequestContext, id: number, patch: UserPatch): Promise<User> {
    if (!policy.user.write(ctx.actor)) throw forbidden('只有系统管理员可以修改账号');
    if (patch.disabled === true && id === ctx.actor.userId) throw invalid('不能停用自己的账号');
    return inTransaction(deps, async (trx) => {
      const before = publicUser(await load(trx, id));
      if (!policy.user.manage(ctx.actor, before)) throw forbidden(ADMIN_ACCOUNT_MESSAGE);
      if (patch.organisationId !== undefined) await checkOrganisation(trx, patch.organisationId);
      await repo.update(trx, id, {
        display_name: patch.displayName,
        organisation_id: patch.organisationId,
        disabled: patch.disabled,
        updated_at: deps.clock.nowIso(),
      });
      if (patch.disabled || (patch.organisationId !== undefined && patch.organisationId !== before.organisationId)) {
        await sessionsRepository.deleteForUser(trx, id); // a new scope starts with a new login
      }
      const after = publicUser(await load(trx, id));
      await deps.audit.record(trx, { actor: ctx.actor, ip: ctx.ip, action: 'update', entityType: 'user', entityId: id, before, after });
      return after;
    });
  },

  async resetPassword(deps: Deps, ctx: RequestContext, id: number, password: string): Promise<User> {
    if (!policy.user.write(ctx.actor)) throw forbidden('只有系统管理员可以重置密码');
    const passwordHash = await hashPassword(password);
    return inTransaction(deps, async (trx) => {
      if (!policy.user.manage(ctx.actor, await load(trx, id))) throw forbidden(ADMIN_ACCOUNT_MESSAGE);
      await repo.update(trx, id, {
        password_hash: passwordHash,
        must_change_password: true,
        failed_attempts: 0,
        locked_until: null,
        updated_at: deps.clock.nowIso(),
      });
      await sessionsRepository.deleteForUser(trx, id);
      const after = publicUser(await load(trx, id));
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'update',
        entityType: 'user',
        entityId: id,
        after: { passwordReset: true },
      });
      return after;
    });
  },

  async unlock(deps: Deps, ctx: RequestContext, id: number): Promise<User> {
    if (!policy.user.write(ctx.actor)) throw forbidden('只有系统管理员可以解锁账号');
    return inTransaction(deps, async (trx) => {
      const before = publicUser(await load(trx, id));
      await repo.update(trx, id, { failed_attempts: 0, locked_until: null, updated_at: deps.clock.nowIso() });
      const after = publicUser(await load(trx, id));
      await deps.audit.record(trx, { actor: ctx.actor, ip: ctx.ip, action: 'update', entityType: 'user', entityId: id, before, after });
      return after;
    });
  },

  async setRoles(deps: Deps, ctx: RequestContext, id: number, input: RolesInput): Promise<User> {
    const roles = [...new Set(input.roles)].sort() as Role[];
    return inTransaction(deps, async (trx) => {
      // The first security administrator is appointed by the system administrator — never the
      // system administrator itself; after that only security administrators grant.
      const bootstrap =
        hasRole(ctx.actor, 'sysAdmin') &&
        id !== ctx.actor.userId &&
        roles.length === 1 &&
        roles[0] === 'securityAdmin' &&
        (await repo.countActiveWithRole(trx, 'securityAdmin')) === 0;
      if (!bootstrap && !policy.user.grant(ctx.actor, id)) {
        throw forbidden(id === ctx.actor.userId ? '不能修改自己的角色' : '只有安全管理员可以授权');
      }
      // separation of duties: one administrator role per account, and no administrator edits business data
      const adminRoles = roles.filter((r) => ADMIN_ROLES.includes(r));
      if (adminRoles.length > 1 || (adminRoles.length === 1 && roles.includes('editor'))) {
        const message = '系统管理员、安全管理员、审计管理员须由不同账号担任，且不能兼任业务经办';
        throw invalid(message, { roles: message });
      }
      const before = publicUser(await load(trx, id));
      await repo.setRoles(trx, id, roles);
      await sessionsRepository.deleteForUser(trx, id); // new grants take effect at the next login
      const after = publicUser(await load(trx, id));
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'grant',
        entityType: 'user',
        entityId: id,
        before: { roles: before.roles },
        after: { roles: after.roles },
      });
      return after;
    });
  },
};
