import {
  type BreakthroughSummaryInput,
  type BreakthroughSummaryOverview,
  type Consortium,
  type ConsortiumInput,
  type ConsortiumPatch,
  type Paged,
  type Platform,
  type PlatformInput,
  type PlatformPatch,
  periodRange,
  type Technology,
  type TechnologyInput,
  type TechnologyPatch,
} from '@chainboard/contracts';
import type { z } from 'zod';
import { type Deps, inTransaction } from '../../context.js';
import type { Db } from '../../db/database.js';
import { forbidden, invalid, notFound } from '../../lib/errors.js';
import type { RequestContext } from '../../policy/actor.js';
import { policy } from '../../policy/policy.js';
import { auditService } from '../audit/audit.service.js';
import { chainsRepository } from '../chains/chains.repository.js';
import { enterprisesRepository } from '../enterprises/enterprises.repository.js';
import {
  type ConsortiumRecord,
  type PlatformRecord,
  technologiesRepository as repo,
  type TechnologyFilter,
  type TechnologyRecord,
  type TechScope,
} from './technologies.repository.js';

type TechnologyValues = z.output<typeof TechnologyInput>;
type TechnologyChanges = z.output<typeof TechnologyPatch>;
type ConsortiumValues = z.output<typeof ConsortiumInput>;
type ConsortiumChanges = z.output<typeof ConsortiumPatch>;
type PlatformValues = z.output<typeof PlatformInput>;
type PlatformChanges = z.output<typeof PlatformPatch>;

/** The chains in the caller's business scope, and for an enterprise user what its enterprise takes part in. */
export function technologyScope(ctx: RequestContext): TechScope {
  return {
    chains: policy.chain.businessScope(ctx.actor),
    enterpriseOrgId: ctx.actor.organisationType === 'enterprise' ? ctx.actor.organisationId : null,
  };
}

const strip = <T extends { leadUnitId: number | null }>({ leadUnitId: _l, ...r }: T): Omit<T, 'leadUnitId'> => r;
/** What the history keeps of a technology: its facts, not what is computed from the date (逾期). */
const audited = ({ overdue: _o, ...t }: Technology) => t;

async function chainToWrite(db: Db, ctx: RequestContext, chainId: number) {
  const chain = await chainsRepository.findInScope(db, { all: true }, chainId);
  if (!chain) throw invalid('所选产业链不存在', { chainId: '所选产业链不存在' });
  if (!policy.technology.write(ctx.actor, chain)) throw forbidden('只有省链长办、该链牵头单位或省科技厅可以维护该链的关键技术');
  return chain;
}

function mayWrite(ctx: RequestContext, record: { leadUnitId: number | null }) {
  if (!policy.technology.write(ctx.actor, record)) throw forbidden('只有省链长办、该链牵头单位或省科技厅可以维护该链的关键技术');
}

async function checkEnterprises(db: Db, ids: number[], field: string) {
  const unique = [...new Set(ids)];
  const found = await repo.existingEnterprises(db, unique);
  if (found.length !== unique.length) throw invalid('所选企业不在企业名录中', { [field]: '所选企业不在企业名录中' });
}

/** The technology as it would be after the change: segment on the chain, state and dates consistent. */
async function checkTechnology(
  db: Db,
  today: string,
  t: {
    chainId: number;
    segmentId: number | null;
    enterpriseIds: number[];
    state: string;
    targetOn: string | null;
    brokenThroughOn: string | null;
  },
) {
  if (t.segmentId !== null) {
    const segment = await repo.segmentOfChain(db, t.chainId, t.segmentId);
    if (!segment) throw invalid('所选环节不属于这条产业链', { segmentId: '请选择这条产业链上的环节' });
  }
  await checkEnterprises(db, t.enterpriseIds, 'enterpriseIds');
  if (t.state === 'achieved' && t.brokenThroughOn === null)
    throw invalid('已突破的技术须填写突破日期', { brokenThroughOn: '请填写突破日期' });
  if (t.state !== 'achieved' && t.brokenThroughOn !== null)
    throw invalid('尚未突破的技术不能填写突破日期', { brokenThroughOn: '尚未突破时请不要填写突破日期' });
  if (t.brokenThroughOn !== null && t.brokenThroughOn > today)
    throw invalid('突破日期不能晚于今天', { brokenThroughOn: '突破日期不能晚于今天' });
}

async function loadTechnology(db: Db, ctx: RequestContext, id: number, today: string): Promise<TechnologyRecord> {
  const t = await repo.technology(db, technologyScope(ctx), id, today);
  if (!t) throw notFound('关键技术');
  return t;
}

async function loadConsortium(db: Db, ctx: RequestContext, id: number): Promise<ConsortiumRecord> {
  const c = await repo.consortium(db, technologyScope(ctx), id);
  if (!c) throw notFound('创新联合体');
  return c;
}

async function loadPlatform(db: Db, ctx: RequestContext, id: number): Promise<PlatformRecord> {
  const p = await repo.platform(db, technologyScope(ctx), id);
  if (!p) throw notFound('创新平台');
  return p;
}

async function checkConsortium(
  db: Db,
  c: { chainId: number; leaderEnterpriseId: number; members: ConsortiumValues['members']; technologyIds: number[] },
) {
  if (!(await enterprisesRepository.isPlaced(db, c.leaderEnterpriseId, c.chainId)))
    throw invalid('创新联合体须由该产业链的链主或链上骨干企业牵头', { leaderEnterpriseId: '请选择这条产业链上的企业' });
  const memberIds = c.members.flatMap((m) => (m.enterpriseId === null ? [] : [m.enterpriseId]));
  if (memberIds.includes(c.leaderEnterpriseId)) throw invalid('牵头企业不必再列为成员', { members: '牵头企业不必再列为成员' });
  if (new Set(memberIds).size !== memberIds.length) throw invalid('同一企业不能重复列为成员', { members: '同一企业不能重复列为成员' });
  await checkEnterprises(db, memberIds, 'members');
  const techs = [...new Set(c.technologyIds)];
  if ((await repo.technologiesOfChain(db, c.chainId, techs)).length !== techs.length)
    throw invalid('所选技术不在这条产业链的关键技术清单中', { technologyIds: '请选择这条产业链的关键技术' });
}

async function checkPlatform(db: Db, p: { hostEnterpriseId: number | null; hostName: string | null }) {
  if (p.hostEnterpriseId === null && p.hostName === null)
    throw invalid('请选择依托企业或填写依托单位名称', { hostName: '请选择依托企业或填写依托单位名称' });
  if (p.hostEnterpriseId !== null) await checkEnterprises(db, [p.hostEnterpriseId], 'hostEnterpriseId');
}

/** The quarters of `year` that have ended by `on`. */
function pastQuarters(year: number, on: string) {
  return [1, 2, 3, 4].map((q) => `${year}Q${q}`).filter((q) => periodRange(q).end < on);
}

export const technologiesService = {
  async list(deps: Deps, ctx: RequestContext, q: TechnologyFilter & { page: number; pageSize: number }): Promise<Paged<Technology>> {
    const { items, total } = await repo.technologies(deps.db, deps.kind, technologyScope(ctx), q, deps.clock.today());
    return { items: items.map(strip), total, page: q.page, pageSize: q.pageSize };
  },

  async all(deps: Deps, ctx: RequestContext, f: TechnologyFilter): Promise<Technology[]> {
    return (await repo.allTechnologies(deps.db, deps.kind, technologyScope(ctx), f, deps.clock.today())).map(strip);
  },

  async get(deps: Deps, ctx: RequestContext, id: number): Promise<Technology> {
    return strip(await loadTechnology(deps.db, ctx, id, deps.clock.today()));
  },

  /** Every change of the technology (state, gap, enterprises …), newest first. */
  async history(deps: Deps, ctx: RequestContext, id: number) {
    await loadTechnology(deps.db, ctx, id, deps.clock.today());
    return auditService.history(deps, [{ type: 'keyTechnology', ids: [String(id)] }]);
  },

  async create(deps: Deps, ctx: RequestContext, input: TechnologyValues): Promise<Technology> {
    await chainToWrite(deps.db, ctx, input.chainId);
    return inTransaction(deps, async (trx) => {
      await checkTechnology(trx, deps.clock.today(), input);
      const now = deps.clock.nowIso();
      const id = await repo.insertTechnology(
        trx,
        {
          chain_id: input.chainId,
          segment_id: input.segmentId,
          name: input.name,
          gap: input.gap,
          institutes: input.institutes,
          state: input.state,
          target_on: input.targetOn,
          broken_through_on: input.brokenThroughOn,
          demo: false,
          created_at: now,
          updated_at: now,
        },
        input.enterpriseIds,
      );
      const created = strip(
        (await repo.technology(trx, { chains: { all: true }, enterpriseOrgId: null }, id, deps.clock.today())) as TechnologyRecord,
      );
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'create',
        entityType: 'keyTechnology',
        entityId: id,
        after: audited(created),
      });
      return created;
    });
  },

  /** Changes the technology's facts or its state (待攻关 → 攻关中 → 已突破, or back). */
  async update(deps: Deps, ctx: RequestContext, id: number, patch: TechnologyChanges): Promise<Technology> {
    return inTransaction(deps, async (trx) => {
      const before = await loadTechnology(trx, ctx, id, deps.clock.today());
      mayWrite(ctx, before);
      const next = {
        chainId: before.chainId,
        segmentId: patch.segmentId !== undefined ? patch.segmentId : before.segmentId,
        enterpriseIds: patch.enterpriseIds ?? before.enterprises.map((e) => e.id),
        state: patch.state ?? before.state,
        targetOn: patch.targetOn !== undefined ? patch.targetOn : before.targetOn,
        brokenThroughOn: patch.brokenThroughOn !== undefined ? patch.brokenThroughOn : before.brokenThroughOn,
      };
      // leaving 已突破 drops the breakthrough date unless a new one is given
      if (patch.state && patch.state !== 'achieved' && patch.brokenThroughOn === undefined) next.brokenThroughOn = null;
      await checkTechnology(trx, deps.clock.today(), next);
      await repo.updateTechnology(trx, id, {
        segment_id: next.segmentId,
        name: patch.name,
        gap: patch.gap,
        institutes: patch.institutes,
        state: next.state,
        target_on: next.targetOn,
        broken_through_on: next.brokenThroughOn,
        updated_at: deps.clock.nowIso(),
      });
      if (patch.enterpriseIds) await repo.setTechnologyEnterprises(trx, id, patch.enterpriseIds);
      const after = strip(
        (await repo.technology(trx, { chains: { all: true }, enterpriseOrgId: null }, id, deps.clock.today())) as TechnologyRecord,
      );
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'update',
        entityType: 'keyTechnology',
        entityId: id,
        before: audited(strip(before)),
        after: audited(after),
      });
      return after;
    });
  },

  async consortia(deps: Deps, ctx: RequestContext, q: Parameters<typeof repo.consortia>[3]): Promise<Paged<Consortium>> {
    const { items, total } = await repo.consortia(deps.db, deps.kind, technologyScope(ctx), q);
    return { items: items.map(strip), total, page: q.page, pageSize: q.pageSize };
  },

  async consortium(deps: Deps, ctx: RequestContext, id: number): Promise<Consortium> {
    return strip(await loadConsortium(deps.db, ctx, id));
  },

  async consortiumHistory(deps: Deps, ctx: RequestContext, id: number) {
    await loadConsortium(deps.db, ctx, id);
    return auditService.history(deps, [{ type: 'innovationConsortium', ids: [String(id)] }]);
  },

  async createConsortium(deps: Deps, ctx: RequestContext, input: ConsortiumValues): Promise<Consortium> {
    await chainToWrite(deps.db, ctx, input.chainId);
    return inTransaction(deps, async (trx) => {
      await checkConsortium(trx, input);
      const now = deps.clock.nowIso();
      const id = await repo.insertConsortium(trx, {
        chain_id: input.chainId,
        name: input.name,
        leader_enterprise_id: input.leaderEnterpriseId,
        jinchuanggu: input.jinchuanggu,
        founded_on: input.foundedOn,
        notes: input.notes,
        demo: false,
        created_at: now,
        updated_at: now,
      });
      await repo.setConsortiumMembers(trx, id, input.members);
      await repo.setConsortiumTechnologies(trx, id, input.technologyIds);
      const created = strip((await repo.consortium(trx, { chains: { all: true }, enterpriseOrgId: null }, id)) as ConsortiumRecord);
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'create',
        entityType: 'innovationConsortium',
        entityId: id,
        after: created,
      });
      return created;
    });
  },

  async updateConsortium(deps: Deps, ctx: RequestContext, id: number, patch: ConsortiumChanges): Promise<Consortium> {
    return inTransaction(deps, async (trx) => {
      const before = await loadConsortium(trx, ctx, id);
      mayWrite(ctx, before);
      await checkConsortium(trx, {
        chainId: before.chainId,
        leaderEnterpriseId: patch.leaderEnterpriseId ?? before.leaderEnterpriseId,
        members: patch.members ?? before.members.map((m) => ({ enterpriseId: m.enterpriseId, name: m.name, kind: m.kind })),
        technologyIds: patch.technologyIds ?? before.technologies.map((t) => t.id),
      });
      await repo.updateConsortium(trx, id, {
        name: patch.name,
        leader_enterprise_id: patch.leaderEnterpriseId,
        jinchuanggu: patch.jinchuanggu,
        founded_on: patch.foundedOn,
        notes: patch.notes,
        updated_at: deps.clock.nowIso(),
      });
      if (patch.members) await repo.setConsortiumMembers(trx, id, patch.members);
      if (patch.technologyIds) await repo.setConsortiumTechnologies(trx, id, patch.technologyIds);
      const after = strip((await repo.consortium(trx, { chains: { all: true }, enterpriseOrgId: null }, id)) as ConsortiumRecord);
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'update',
        entityType: 'innovationConsortium',
        entityId: id,
        before: strip(before),
        after,
      });
      return after;
    });
  },

  async platforms(deps: Deps, ctx: RequestContext, q: Parameters<typeof repo.platforms>[3]): Promise<Paged<Platform>> {
    const { items, total } = await repo.platforms(deps.db, deps.kind, technologyScope(ctx), q);
    return { items: items.map(strip), total, page: q.page, pageSize: q.pageSize };
  },

  async allPlatforms(deps: Deps, ctx: RequestContext, f: Parameters<typeof repo.allPlatforms>[3]): Promise<Platform[]> {
    return (await repo.allPlatforms(deps.db, deps.kind, technologyScope(ctx), f)).map(strip);
  },

  async createPlatform(deps: Deps, ctx: RequestContext, input: PlatformValues): Promise<Platform> {
    await chainToWrite(deps.db, ctx, input.chainId);
    return inTransaction(deps, async (trx) => {
      await checkPlatform(trx, input);
      const now = deps.clock.nowIso();
      const id = await repo.insertPlatform(trx, {
        chain_id: input.chainId,
        name: input.name,
        kind: input.kind,
        level: input.level,
        host_enterprise_id: input.hostEnterpriseId,
        host_name: input.hostEnterpriseId === null ? input.hostName : null,
        recognised_on: input.recognisedOn,
        demo: false,
        created_at: now,
        updated_at: now,
      });
      const created = strip((await repo.platform(trx, { chains: { all: true }, enterpriseOrgId: null }, id)) as PlatformRecord);
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'create',
        entityType: 'innovationPlatform',
        entityId: id,
        after: created,
      });
      return created;
    });
  },

  async updatePlatform(deps: Deps, ctx: RequestContext, id: number, patch: PlatformChanges): Promise<Platform> {
    return inTransaction(deps, async (trx) => {
      const before = await loadPlatform(trx, ctx, id);
      mayWrite(ctx, before);
      const hostEnterpriseId = patch.hostEnterpriseId !== undefined ? patch.hostEnterpriseId : before.hostEnterpriseId;
      const hostName = patch.hostName !== undefined ? patch.hostName : before.hostEnterpriseId === null ? before.hostName : null;
      await checkPlatform(trx, { hostEnterpriseId, hostName });
      await repo.updatePlatform(trx, id, {
        name: patch.name,
        kind: patch.kind,
        level: patch.level,
        host_enterprise_id: hostEnterpriseId,
        host_name: hostEnterpriseId === null ? hostName : null,
        recognised_on: patch.recognisedOn,
        updated_at: deps.clock.nowIso(),
      });
      const after = strip((await repo.platform(trx, { chains: { all: true }, enterpriseOrgId: null }, id)) as PlatformRecord);
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'update',
        entityType: 'innovationPlatform',
        entityId: id,
        before: strip(before),
        after,
      });
      return after;
    });
  },

  /** A year's summaries of the chains in sight, and which chains still lack one for a quarter that has ended. */
  async summaries(deps: Deps, ctx: RequestContext, q: { year: number; chainId?: number }): Promise<BreakthroughSummaryOverview> {
    const scope = policy.chain.businessScope(ctx.actor);
    const items = await repo.summaries(deps.db, scope, q);
    const quarters = pastQuarters(q.year, deps.clock.today());
    const chains = quarters.length ? await repo.chainsInScope(deps.db, scope, q.chainId) : [];
    const written = new Set(items.map((s) => `${s.chainId}:${s.quarter}`));
    const missing = chains.flatMap((c) =>
      quarters.filter((quarter) => !written.has(`${c.id}:${quarter}`)).map((quarter) => ({ chainId: c.id, chainName: c.name, quarter })),
    );
    return { year: q.year, pastQuarters: quarters, items, missing };
  },

  /** Writes or rewrites a chain's summary of a quarter that has begun. */
  async saveSummary(deps: Deps, ctx: RequestContext, input: z.output<typeof BreakthroughSummaryInput>) {
    await chainToWrite(deps.db, ctx, input.chainId);
    if (periodRange(input.quarter).start > deps.clock.today())
      throw invalid('不能为尚未开始的季度填写总结', { quarter: '请选择已经开始的季度' });
    return inTransaction(deps, async (trx) => {
      const before = await repo.summary(trx, input.chainId, input.quarter);
      const values = { summary: input.summary, writtenBy: ctx.actor.organisationId || null, at: deps.clock.nowIso() };
      if (before) await repo.updateSummary(trx, before.id, values);
      else await repo.insertSummary(trx, { chainId: input.chainId, quarter: input.quarter, ...values });
      const after = (await repo.summary(trx, input.chainId, input.quarter)) as NonNullable<typeof before>;
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: before ? 'update' : 'create',
        entityType: 'breakthroughSummary',
        entityId: after.id,
        before,
        after,
      });
      return after;
    });
  },
};
