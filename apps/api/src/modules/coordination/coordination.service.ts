import type { ForgingContactInput, MatchmakingEventInput, SigningInput } from '@chainboard/contracts';
import type { z } from 'zod';
import { type Deps, inTransaction } from '../../context.js';
import { forbidden, invalid, notFound } from '../../lib/errors.js';
import { hasRole, type RequestContext } from '../../policy/actor.js';
import { policy } from '../../policy/policy.js';
import { chainsRepository } from '../chains/chains.repository.js';
import { organisationsRepository } from '../organisations/organisations.repository.js';
import { coordinationRepository as repo } from './coordination.repository.js';

const EXPORT_LIMIT = 10_000;

/** Lead units see their own contacts, zones those with them; the office, member units and the general leader all. */
function contactScope(ctx: RequestContext) {
  const a = ctx.actor;
  if (!hasRole(a, 'editor', 'viewer', 'generalChainLeader')) throw forbidden();
  return {
    all: hasRole(a, 'generalChainLeader') || a.organisationType === 'office' || a.organisationType === 'memberUnit',
    leadUnitIds: a.organisationType === 'leadUnit' ? [a.organisationId] : [],
    zoneIds: a.organisationType === 'zone' ? [a.organisationId] : [],
  };
}

export const coordinationService = {
  async events(deps: Deps, ctx: RequestContext, q: Parameters<typeof repo.events>[1]) {
    if (!policy.coordination.read(ctx.actor)) throw forbidden();
    const { items, total } = await repo.events(deps.db, q);
    return { items, total, page: q.page, pageSize: q.pageSize };
  },

  /** Every event matching the list's filters, for the export. */
  async exportEvents(deps: Deps, ctx: RequestContext, q: Omit<Parameters<typeof repo.events>[1], 'page' | 'pageSize'>) {
    if (!policy.coordination.read(ctx.actor)) throw forbidden();
    return (await repo.events(deps.db, { ...q, page: 1, pageSize: EXPORT_LIMIT })).items;
  },

  async event(deps: Deps, ctx: RequestContext, id: number) {
    if (!policy.coordination.read(ctx.actor)) throw forbidden();
    const event = await repo.event(deps.db, id);
    if (!event) throw notFound('协作配套活动');
    return event;
  },

  async createEvent(deps: Deps, ctx: RequestContext, e: z.output<typeof MatchmakingEventInput>) {
    const organiser = await organisationsRepository.findById(deps.db, e.organiserId);
    if (organiser?.type !== 'city') throw invalid('协作配套活动由综改示范区或各市组织', { organiserId: '请选择组织的市' });
    if (!policy.coordination.organise(ctx.actor, e.organiserId)) throw forbidden('只能记录本市组织的活动');
    return inTransaction(deps, async (trx) => {
      const found = await trx.selectFrom('chains').select('id').where('id', 'in', e.chainIds).execute();
      if (found.length !== new Set(e.chainIds).size) throw invalid('所选产业链不存在', { chainIds: '所选产业链不存在' });
      const id = await repo.insertEvent(trx, { ...e, at: deps.clock.nowIso() });
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'create',
        entityType: 'matchmakingEvent',
        entityId: id,
        after: e,
      });
      return repo.event(trx, id);
    });
  },

  /** 配套签约 made at an event, recorded by its organiser. */
  async addSigning(deps: Deps, ctx: RequestContext, eventId: number, s: z.output<typeof SigningInput>) {
    return inTransaction(deps, async (trx) => {
      const event = await repo.event(trx, eventId);
      if (!event || !policy.coordination.read(ctx.actor)) throw notFound('协作配套活动');
      if (!policy.coordination.organise(ctx.actor, event.organiserId)) throw forbidden('签约由活动组织方记录');
      await repo.insertSigning(trx, eventId, s);
      await deps.audit.record(trx, { actor: ctx.actor, ip: ctx.ip, action: 'create', entityType: 'signing', entityId: eventId, after: s });
      return repo.event(trx, eventId);
    });
  },

  async contacts(deps: Deps, ctx: RequestContext, q: Parameters<typeof repo.contacts>[2]) {
    const { items, total } = await repo.contacts(deps.db, contactScope(ctx), q);
    return { items, total, page: q.page, pageSize: q.pageSize };
  },

  /** Every contact the caller may see matching the list's filters, for the export. */
  async exportContacts(deps: Deps, ctx: RequestContext, q: Omit<Parameters<typeof repo.contacts>[2], 'page' | 'pageSize'>) {
    return (await repo.contacts(deps.db, contactScope(ctx), { ...q, page: 1, pageSize: EXPORT_LIMIT })).items;
  },

  async recordContact(deps: Deps, ctx: RequestContext, c: z.output<typeof ForgingContactInput>) {
    const chain = await chainsRepository.findInScope(deps.db, { all: true }, c.chainId);
    if (!chain) throw invalid('所选产业链不存在', { chainId: '所选产业链不存在' });
    if (!policy.coordination.forge(ctx.actor, chain)) throw forbidden('工作对接由该链牵头单位记录');
    const zone = await organisationsRepository.findById(deps.db, c.zoneId);
    if (zone?.type !== 'zone') throw invalid('请选择开发区或园区', { zoneId: '请选择开发区或园区' });
    return inTransaction(deps, async (trx) => {
      const leadUnitId = chain.leadUnitId ?? ctx.actor.organisationId;
      const id = await repo.insertContact(trx, { ...c, leadUnitId, at: deps.clock.nowIso() });
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'create',
        entityType: 'forgingContact',
        entityId: id,
        after: c,
      });
      return { id };
    });
  },
};
