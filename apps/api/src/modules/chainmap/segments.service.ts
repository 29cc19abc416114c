import {
  CHAIN_STAGE_LABELS,
  type Chain,
  type Segment,
  type SegmentInput,
  type SegmentRecords,
  type SegmentUpdate,
} from '@chainboard/contracts';
import type { z } from 'zod';
import { type Deps, inTransaction } from '../../context.js';
import type { Db } from '../../db/database.js';
import { forbidden, invalid, notFound } from '../../lib/errors.js';
import type { RequestContext } from '../../policy/actor.js';
import { policy } from '../../policy/policy.js';
import { chainsRepository } from '../chains/chains.repository.js';
import { chainMapRepository, openTechnologies } from './chainmap.repository.js';
import { checkSegmentOfChain, segmentsRepository as repo } from './segments.repository.js';

/** A chain whose business records the caller may read, or 404. */
export async function loadChain(db: Db, ctx: RequestContext, chainId: number): Promise<Chain> {
  const chain = await chainsRepository.findInScope(db, policy.chain.businessScope(ctx.actor), chainId);
  if (!chain) throw notFound('产业链');
  return chain;
}

async function loadSegment(db: Db, ctx: RequestContext, id: number): Promise<{ segment: Segment; chain: Chain }> {
  const segment = await repo.find(db, id);
  if (!segment) throw notFound('环节');
  const chain = await chainsRepository.findInScope(db, policy.chain.businessScope(ctx.actor), segment.chainId);
  if (!chain) throw notFound('环节');
  return { segment, chain };
}

/** A parent for a segment of `chainId`: active, on the chain, and not the segment itself or below it. */
async function checkParent(db: Db, chainId: number, parentId: number, movingId?: number): Promise<Segment> {
  const tree = await repo.tree(db, chainId, true);
  const parent = tree.find((s) => s.id === parentId);
  if (!parent) throw invalid('上级环节不属于该产业链', { parentId: '请选择该产业链的环节' });
  if (parent.retiredAt) throw invalid(`上级环节“${parent.name}”已停用`, { parentId: '请选择未停用的环节' });
  if (movingId !== undefined) {
    for (let at: Segment | undefined = parent; at; at = tree.find((s) => s.id === at?.parentId)) {
      if (at.id === movingId) throw invalid('不能把环节移到它自己或它的下级环节之下', { parentId: '请选择其他上级环节' });
    }
  }
  return parent;
}

function descendants(tree: Segment[], id: number): Segment[] {
  const kids = tree.filter((s) => s.parentId === id);
  return kids.flatMap((k) => [k, ...descendants(tree, k.id)]);
}

export const segmentsService = {
  async tree(deps: Deps, ctx: RequestContext, chainId: number, includeRetired: boolean) {
    await loadChain(deps.db, ctx, chainId);
    return repo.tree(deps.db, chainId, includeRetired);
  },

  async create(deps: Deps, ctx: RequestContext, input: z.output<typeof SegmentInput>): Promise<Segment> {
    const chain = await loadChain(deps.db, ctx, input.chainId);
    if (!policy.chainMap.editSegments(ctx.actor, chain)) throw forbidden('环节由该链的牵头单位或省链长办维护');
    return inTransaction(deps, async (trx) => {
      let stage = input.stage;
      if (input.parentId !== null) stage = (await checkParent(trx, chain.id, input.parentId)).stage;
      const now = deps.clock.nowIso();
      const id = await repo.insert(trx, {
        chain_id: chain.id,
        parent_id: input.parentId,
        stage,
        name: input.name,
        products: input.products,
        sort_order: input.sortOrder,
        expected_share: input.expectedShare,
        retired_at: null,
        created_at: now,
        updated_at: now,
      });
      const created = (await repo.find(trx, id)) as Segment;
      await repo.addEvent(trx, {
        segmentId: id,
        at: now,
        username: ctx.actor.username,
        kind: 'created',
        summary: `新增环节“${created.path}”（${CHAIN_STAGE_LABELS[stage]}）`,
      });
      await deps.audit.record(trx, { actor: ctx.actor, ip: ctx.ip, action: 'create', entityType: 'segment', entityId: id, after: created });
      return created;
    });
  },

  /** Rename, describe or move a segment; a move takes its sub-segments along, under the new parent's stage. */
  async update(deps: Deps, ctx: RequestContext, id: number, input: z.output<typeof SegmentUpdate>): Promise<Segment> {
    return inTransaction(deps, async (trx) => {
      const { segment, chain } = await loadSegment(trx, ctx, id);
      if (!policy.chainMap.editSegments(ctx.actor, chain)) throw forbidden('环节由该链的牵头单位或省链长办维护');
      if (segment.retiredAt) throw invalid('环节已停用，不能再修改');
      const now = deps.clock.nowIso();
      const notes: { kind: string; summary: string }[] = [];
      const values: Record<string, unknown> = { updated_at: now };
      if (input.name !== undefined && input.name !== segment.name) {
        values.name = input.name;
        notes.push({ kind: 'renamed', summary: `环节“${segment.name}”更名为“${input.name}”` });
      }
      if (input.products !== undefined) values.products = input.products;
      if (input.sortOrder !== undefined) values.sort_order = input.sortOrder;
      if (input.expectedShare !== undefined) values.expected_share = input.expectedShare;
      const moving = input.parentId !== undefined && (input.parentId ?? null) !== segment.parentId;
      const restaging = input.stage !== undefined && input.stage !== segment.stage;
      if (moving || restaging) {
        const parentId = input.parentId === undefined ? segment.parentId : (input.parentId ?? null);
        let stage = input.stage ?? segment.stage;
        let where = CHAIN_STAGE_LABELS[stage];
        if (parentId !== null) {
          const parent = await checkParent(trx, chain.id, parentId, id);
          stage = parent.stage;
          where = `“${parent.path}”之下`;
        }
        values.parent_id = parentId;
        values.stage = stage;
        const tree = await repo.tree(trx, chain.id, true);
        for (const d of descendants(tree, id)) await repo.update(trx, d.id, { stage, updated_at: now });
        notes.push({ kind: 'moved', summary: `环节“${segment.path}”移至${where}` });
      }
      if (!notes.length && Object.keys(values).length > 1) notes.push({ kind: 'edited', summary: `修改环节“${segment.path}”的产品或份额` });
      await repo.update(trx, id, values);
      for (const n of notes) await repo.addEvent(trx, { segmentId: id, at: now, username: ctx.actor.username, ...n });
      const after = (await repo.find(trx, id)) as Segment;
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'update',
        entityType: 'segment',
        entityId: id,
        before: segment,
        after,
      });
      return after;
    });
  },

  /** Retire a segment and its sub-segments: they leave the map, the records on them keep their place. */
  async retire(deps: Deps, ctx: RequestContext, id: number): Promise<Segment> {
    return inTransaction(deps, async (trx) => {
      const { segment, chain } = await loadSegment(trx, ctx, id);
      if (!policy.chainMap.editSegments(ctx.actor, chain)) throw forbidden('环节由该链的牵头单位或省链长办维护');
      if (segment.retiredAt) throw invalid('环节已停用');
      const now = deps.clock.nowIso();
      const tree = await repo.tree(trx, chain.id, true);
      for (const s of [segment, ...descendants(tree, id)]) {
        if (s.retiredAt) continue;
        await repo.update(trx, s.id, { retired_at: now, updated_at: now });
        await repo.addEvent(trx, {
          segmentId: s.id,
          at: now,
          username: ctx.actor.username,
          kind: 'retired',
          summary: `停用环节“${s.path}”`,
        });
      }
      const after = (await repo.find(trx, id)) as Segment;
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'update',
        entityType: 'segment',
        entityId: id,
        before: segment,
        after,
      });
      return after;
    });
  },

  /** Places an enterprise already on the chain on one of the chain's segments. */
  async placeEnterprise(
    deps: Deps,
    ctx: RequestContext,
    input: { enterpriseId: number; chainId: number; segmentId: number | null; placedOn?: string },
  ) {
    const chain = await loadChain(deps.db, ctx, input.chainId);
    return inTransaction(deps, async (trx) => {
      const placement = await repo.placement(trx, input.enterpriseId, input.chainId);
      if (!placement) throw invalid(`该企业不在“${chain.name}”产业链上，请先在企业库中把它列入本链`, { enterpriseId: '请选择本链的企业' });
      const ties = {
        cityId: Number(placement.city_id),
        zoneId: placement.zone_id === null ? null : Number(placement.zone_id),
        organisationId: placement.organisation_id === null ? null : Number(placement.organisation_id),
      };
      if (!policy.chainMap.placeEnterprise(ctx.actor, chain, ties))
        throw forbidden('企业所在环节由该链牵头单位、省链长办或企业所在市、开发区确定');
      const segmentId = await checkSegmentOfChain(trx, chain.id, input.segmentId);
      const today = deps.clock.today();
      const on = input.placedOn ?? today;
      const since = await repo.placedSince(trx, input.enterpriseId, chain.id);
      if (on > today) throw invalid(`所在环节的起始日期 ${on} 晚于今天`, { placedOn: `请选择不晚于 ${today} 的日期` });
      if (since !== null && on < since)
        throw invalid(`所在环节的起始日期 ${on} 早于当前环节的开始日期 ${since}`, { placedOn: `请选择 ${since} 及以后的日期` });
      await repo.place(trx, input.enterpriseId, chain.id, segmentId, on, deps.clock.nowIso());
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'update',
        entityType: 'enterpriseSegment',
        entityId: input.enterpriseId,
        before: { chainId: chain.id, segmentId: placement.segment_id === null ? null : Number(placement.segment_id) },
        after: { chainId: chain.id, segmentId },
      });
      return { ok: true as const };
    });
  },

  async history(deps: Deps, ctx: RequestContext, id: number) {
    await loadSegment(deps.db, ctx, id);
    return repo.events(deps.db, id);
  },

  /** The rows behind a segment on the map: its enterprises, projects, technologies and leads, sub-segments included. */
  async records(deps: Deps, ctx: RequestContext, id: number): Promise<SegmentRecords> {
    const { segment, chain } = await loadSegment(deps.db, ctx, id);
    const tree = await repo.tree(deps.db, chain.id, true);
    const names = new Map([segment, ...descendants(tree, id)].map((s) => [s.id, s.name]));
    const on = <T extends { segmentId: number | null }>(list: T[]) =>
      list
        .filter((x) => x.segmentId !== null && names.has(x.segmentId))
        .map(({ segmentId, ...x }) => ({ ...x, segmentName: names.get(segmentId as number) as string }));
    const year = await chainMapRepository.latestYear(deps.db, chain.id, Number(deps.clock.today().slice(0, 4)));
    const [enterprises, projects, leads, technologies] = await Promise.all([
      chainMapRepository.enterprises(deps.db, chain.id, year, deps.clock.today()),
      chainMapRepository.projects(deps.db, chain.id),
      chainMapRepository.leads(deps.db, chain.id),
      openTechnologies(deps.db, chain.id),
    ]);
    return { segment, enterprises: on(enterprises), projects: on(projects), leads: on(leads), technologies: on(technologies) };
  },
};
