import type { Organisation, OrganisationInput, OrganisationPatch, OrganisationQuery, OrgType, Paged } from '@chainboard/contracts';
import { type Deps, inTransaction } from '../../context.js';
import type { Db } from '../../db/database.js';
import { conflict, forbidden, invalid, notFound } from '../../lib/errors.js';
import type { RequestContext } from '../../policy/actor.js';
import { policy } from '../../policy/policy.js';
import { organisationsRepository as repo } from './organisations.repository.js';

/** A zone sits in a city; nothing else has a parent. */
async function checkParent(db: Db, type: OrgType, parentId: number | null): Promise<void> {
  if (type !== 'zone') {
    if (parentId !== null) throw invalid('只有开发区/园区需要选择所属市', { parentId: '只有开发区/园区需要选择所属市' });
    return;
  }
  if (parentId === null) throw invalid('请选择开发区/园区所属的市', { parentId: '请选择开发区/园区所属的市' });
  const parent = await repo.findById(db, parentId);
  if (parent?.type !== 'city') {
    throw invalid('所属单位须为市人民政府或综改示范区', { parentId: '所属单位须为市人民政府或综改示范区' });
  }
}

async function checkNameFree(db: Db, name: string, selfId?: number): Promise<void> {
  const existing = await repo.findByName(db, name);
  if (existing && existing.id !== selfId) throw conflict(`单位“${name}”已存在`, { name: '单位名称已存在' });
}

export const organisationsService = {
  async list(deps: Deps, ctx: RequestContext, q: OrganisationQuery): Promise<Paged<Organisation>> {
    if (!policy.organisation.read(ctx.actor)) throw forbidden();
    const { items, total } = await repo.page(deps.db, deps.kind, q);
    return { items, total, page: q.page, pageSize: q.pageSize };
  },

  async get(deps: Deps, ctx: RequestContext, id: number): Promise<Organisation> {
    if (!policy.organisation.read(ctx.actor)) throw forbidden();
    const org = await repo.findById(deps.db, id);
    if (!org) throw notFound('单位');
    return org;
  },

  async create(deps: Deps, ctx: RequestContext, input: OrganisationInput): Promise<Organisation> {
    if (!policy.organisation.write(ctx.actor)) throw forbidden('只有系统管理员可以管理单位');
    return inTransaction(deps, async (trx) => {
      await checkParent(trx, input.type, input.parentId);
      await checkNameFree(trx, input.name);
      const now = deps.clock.nowIso();
      const id = await repo.insert(trx, {
        name: input.name,
        type: input.type,
        parent_id: input.parentId,
        retired: false,
        created_at: now,
        updated_at: now,
      });
      const created = (await repo.findById(trx, id)) as Organisation;
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'create',
        entityType: 'organisation',
        entityId: id,
        after: created,
      });
      return created;
    });
  },

  async update(deps: Deps, ctx: RequestContext, id: number, patch: OrganisationPatch): Promise<Organisation> {
    if (!policy.organisation.write(ctx.actor)) throw forbidden('只有系统管理员可以管理单位');
    return inTransaction(deps, async (trx) => {
      const before = await repo.findById(trx, id);
      if (!before) throw notFound('单位');
      const parentId = patch.parentId === undefined ? before.parentId : patch.parentId;
      await checkParent(trx, before.type, parentId);
      if (patch.name !== undefined) await checkNameFree(trx, patch.name, id);
      await repo.update(trx, id, {
        name: patch.name ?? before.name,
        parent_id: parentId,
        retired: patch.retired ?? before.retired,
        updated_at: deps.clock.nowIso(),
      });
      const after = (await repo.findById(trx, id)) as Organisation;
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'update',
        entityType: 'organisation',
        entityId: id,
        before,
        after,
      });
      return after;
    });
  },
};
