import type {
  ConsultationInput,
  ConsultationQuery,
  ExpertGroup,
  ExpertGroupMembersInput,
  ExpertInput,
  ExpertQuery,
  ExpertReportInput,
  ExpertReportQuery,
  FollowUpInput,
  MyExpertWork,
  PairingInput,
  PairingQuery,
  PairingServiceInput,
} from '@chainboard/contracts';
import type { z } from 'zod';
import { type Deps, inTransaction } from '../../context.js';
import type { Db } from '../../db/database.js';
import { conflict, forbidden, invalid, notFound } from '../../lib/errors.js';
import type { Actor, RequestContext } from '../../policy/actor.js';
import { policy } from '../../policy/policy.js';
import { auditService } from '../audit/audit.service.js';
import { sessionsRepository } from '../auth/sessions.repository.js';
import { usersRepository } from '../users/users.repository.js';
import { type ExpertFilter, thinktankRepository as repo } from './thinktank.repository.js';

const ALL = 100_000;
const NOT_LINKED = '本账号尚未关联专家信息，请联系系统管理员在用户管理中关联';

/** What the caller may read: everything (business users, chain leaders) or only an expert's own records. */
async function readFilter(db: Db, a: Actor): Promise<ExpertFilter> {
  if (policy.thinktank.read(a)) return {};
  if (policy.thinktank.ownOnly(a)) {
    const expertId = await repo.expertIdOfUser(db, a.userId);
    if (expertId === null) throw forbidden(NOT_LINKED);
    return { expertId };
  }
  throw forbidden();
}

/** The chains named in an input, each of which must exist. */
async function chainsOf(db: Db, ids: number[], field: string) {
  const unique = [...new Set(ids)];
  const chains = await repo.chainsByIds(db, unique);
  if (chains.length !== unique.length) throw invalid('所选产业链不存在', { [field]: '所选产业链不存在' });
  return chains;
}

async function oneChain(db: Db, id: number) {
  const [chain] = await chainsOf(db, [id], 'chainId');
  if (!chain) throw invalid('所选产业链不存在', { chainId: '所选产业链不存在' });
  return chain;
}

async function checkExperts(db: Db, ids: number[], field = 'expertIds') {
  const found = await repo.expertChains(db, [...new Set(ids)]);
  if (found.size !== new Set(ids).size) throw invalid('所选专家不在专家库中', { [field]: '所选专家不在专家库中' });
  return found;
}

async function checkEnterprises(db: Db, ids: number[]) {
  const unique = [...new Set(ids)];
  if (!unique.length) return;
  const found = await repo.enterprisesByIds(db, unique);
  if (found.length !== unique.length) throw invalid('所选企业不在企业名录中', { enterpriseIds: '所选企业不在企业名录中' });
}

async function visibleGroups(db: Db, a: Actor, chainId?: number): Promise<ExpertGroup[]> {
  const f = await readFilter(db, a);
  const groups = await repo.groups(db, await repo.groupChains(db, chainId));
  if (f.expertId) {
    const mine = new Set(await repo.groupChainIdsOfExpert(db, f.expertId));
    return groups.filter((g) => mine.has(g.chainId));
  }
  return groups.filter((g) => policy.thinktank.readGroup(a, g));
}

async function loadGroup(db: Db, a: Actor, chainId: number): Promise<ExpertGroup> {
  const [group] = await visibleGroups(db, a, chainId);
  if (!group) throw notFound('专家咨询组');
  return group;
}

async function loadExpert(db: Db, a: Actor, id: number) {
  const f = await readFilter(db, a);
  if (f.expertId && f.expertId !== id) throw notFound('专家');
  const expert = await repo.expert(db, id);
  if (!expert) throw notFound('专家');
  return expert;
}

/** An expert report the caller may read: its attachments follow the same rule. */
export async function loadExpertReport(db: Db, ctx: RequestContext, id: number) {
  const report = await repo.report(db, id, await readFilter(db, ctx.actor));
  if (!report) throw notFound('专家报告');
  const chain = await oneChain(db, report.chainId);
  return { ...report, leadUnitId: chain.leadUnitId };
}

async function loadPairing(db: Db, a: Actor, id: number) {
  const pairing = await repo.pairing(db, id, await readFilter(db, a));
  if (!pairing) throw notFound('柔性结对');
  return pairing;
}

function found<T>(v: T | null | undefined, what: string): T {
  if (v === null || v === undefined) throw notFound(what);
  return v;
}

const publicPairing = <T extends { expertUserId: number | null }>({ expertUserId: _u, ...p }: T) => p;

export const thinktankService = {
  // ---- experts ----
  async experts(deps: Deps, ctx: RequestContext, q: ExpertQuery) {
    const { items, total } = await repo.experts(deps.db, deps.kind, await readFilter(deps.db, ctx.actor), q);
    return { items, total, page: q.page, pageSize: q.pageSize };
  },

  async allExperts(deps: Deps, ctx: RequestContext, q: ExpertQuery) {
    return (await repo.experts(deps.db, deps.kind, await readFilter(deps.db, ctx.actor), { ...q, page: 1, pageSize: ALL })).items;
  },

  expert: (deps: Deps, ctx: RequestContext, id: number) => loadExpert(deps.db, ctx.actor, id),

  async createExpert(deps: Deps, ctx: RequestContext, e: z.output<typeof ExpertInput>) {
    const chains = await chainsOf(deps.db, e.chainIds, 'chainIds');
    const units = chains.map((c) => c.leadUnitId);
    if (!policy.thinktank.keepExpert(ctx.actor, units, units))
      throw forbidden('专家库由省链长办维护，链长牵头单位只能为本单位牵头的产业链添加专家');
    return inTransaction(deps, async (trx) => {
      const id = await repo.insertExpert(trx, { ...e, at: deps.clock.nowIso() });
      const created = await repo.expert(trx, id);
      await deps.audit.record(trx, { actor: ctx.actor, ip: ctx.ip, action: 'create', entityType: 'expert', entityId: id, after: created });
      return found(created, '专家');
    });
  },

  async updateExpert(deps: Deps, ctx: RequestContext, id: number, e: z.output<typeof ExpertInput>) {
    return inTransaction(deps, async (trx) => {
      const before = await loadExpert(trx, ctx.actor, id);
      const now = new Set(e.chainIds);
      const was = new Set(before.chains.map((c) => c.id));
      const changed = [...now].filter((c) => !was.has(c)).concat([...was].filter((c) => !now.has(c)));
      const served = await chainsOf(trx, [...was], 'chainIds');
      const changedChains = await chainsOf(trx, changed, 'chainIds');
      const allowed = policy.thinktank.keepExpert(
        ctx.actor,
        served.map((c) => c.leadUnitId),
        changedChains.map((c) => c.leadUnitId),
      );
      if (!allowed) throw forbidden('只有省链长办或该专家所服务产业链的牵头单位可以修改，牵头单位只能增减本单位牵头的产业链');
      await repo.updateExpert(trx, id, { ...e, at: deps.clock.nowIso() });
      const after = await repo.expert(trx, id);
      await deps.audit.record(trx, { actor: ctx.actor, ip: ctx.ip, action: 'update', entityType: 'expert', entityId: id, before, after });
      return found(after, '专家');
    });
  },

  async expertHistory(deps: Deps, ctx: RequestContext, id: number) {
    await loadExpert(deps.db, ctx.actor, id);
    return auditService.history(deps, [
      { type: 'expert', ids: [String(id)] },
      { type: 'expertAccount', ids: [String(id)] },
    ]);
  },

  async accounts(deps: Deps, ctx: RequestContext) {
    if (!policy.thinktank.linkAccount(ctx.actor)) throw forbidden('专家账号由系统管理员关联');
    return repo.expertAccounts(deps.db);
  },

  /** Links (or unlinks, userId null) a login account to an expert; the account's sessions end. */
  async linkAccount(deps: Deps, ctx: RequestContext, expertId: number, userId: number | null) {
    if (!policy.thinktank.linkAccount(ctx.actor)) throw forbidden('专家账号由系统管理员关联');
    return inTransaction(deps, async (trx) => {
      const expert = await repo.expert(trx, expertId);
      if (!expert) throw notFound('专家');
      if (userId !== null) {
        const user = await usersRepository.findById(trx, userId);
        if (!user) throw invalid('所选账号不存在', { userId: '请选择已有的账号' });
        if (user.roles.some((r) => r === 'sysAdmin' || r === 'securityAdmin' || r === 'auditAdmin'))
          throw invalid('管理员账号不能关联为专家', { userId: '请选择普通账号' });
        const other = await repo.expertIdOfUser(trx, userId);
        if (other !== null && other !== expertId) throw conflict('该账号已关联其他专家', { userId: '该账号已关联其他专家' });
      }
      const now = deps.clock.nowIso();
      await repo.setExpertUser(trx, expertId, userId, now);
      for (const u of new Set([expert.userId, userId])) if (u !== null) await sessionsRepository.deleteForUser(trx, u);
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'update',
        entityType: 'expertAccount',
        entityId: expertId,
        before: { userId: expert.userId },
        after: { userId },
      });
      return found(
        (await repo.expertAccounts(trx)).find((x) => x.expertId === expertId),
        '专家',
      );
    });
  },

  // ---- groups ----
  groups: (deps: Deps, ctx: RequestContext) => visibleGroups(deps.db, ctx.actor),
  group: (deps: Deps, ctx: RequestContext, chainId: number) => loadGroup(deps.db, ctx.actor, chainId),

  async setMembers(deps: Deps, ctx: RequestContext, chainId: number, input: ExpertGroupMembersInput) {
    return inTransaction(deps, async (trx) => {
      const before = await loadGroup(trx, ctx.actor, chainId);
      if (!policy.thinktank.composeGroup(ctx.actor, before)) throw forbidden('专家咨询组成员由省链长办或该链牵头单位确定');
      if (input.members.filter((m) => m.role === 'leader').length > 1)
        throw invalid('每个专家咨询组只能有一位组长', { members: '每个专家咨询组只能有一位组长' });
      const experts = await checkExperts(
        trx,
        input.members.map((m) => m.expertId),
        'members',
      );
      const outside = [...experts.values()].filter((x) => !x.chainIds.includes(chainId)).map((x) => x.name);
      if (outside.length) {
        const message = `${outside.join('、')} 未登记服务${before.chainName}，请先在专家库中为其添加该产业链`;
        throw invalid(message, { members: message });
      }
      await repo.setMembers(trx, chainId, input.members, deps.clock.nowIso());
      const [after] = await repo.groups(trx, await repo.groupChains(trx, chainId));
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'update',
        entityType: 'expertGroup',
        entityId: chainId,
        before: { members: before.members.map(({ expertId, name, role }) => ({ expertId, name, role })) },
        after: { members: after?.members.map(({ expertId, name, role }) => ({ expertId, name, role })) },
      });
      return found(after, '专家咨询组');
    });
  },

  async publish(deps: Deps, ctx: RequestContext, chainId: number, input: { publishedAt?: string }) {
    return inTransaction(deps, async (trx) => {
      const group = await loadGroup(trx, ctx.actor, chainId);
      if (!policy.thinktank.publishGroup(ctx.actor)) throw forbidden('专家咨询组名单由省链长办公布');
      if (group.publishedAt) throw conflict(`${group.chainName}专家咨询组名单已于 ${group.publishedAt} 公布`);
      if (!group.members.length) throw invalid('咨询组还没有成员，请先确定成员再公布', { members: '请先确定成员' });
      const on = input.publishedAt ?? deps.clock.today();
      await repo.publish(trx, chainId, on, deps.clock.nowIso());
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'update',
        entityType: 'expertGroup',
        entityId: chainId,
        after: { publishedAt: on },
      });
      return found((await repo.groups(trx, await repo.groupChains(trx, chainId)))[0], '专家咨询组');
    });
  },

  async groupHistory(deps: Deps, ctx: RequestContext, chainId: number) {
    await loadGroup(deps.db, ctx.actor, chainId);
    return auditService.history(deps, [{ type: 'expertGroup', ids: [String(chainId)] }]);
  },

  // ---- consultations ----
  async consultations(deps: Deps, ctx: RequestContext, q: ConsultationQuery) {
    const f = await readFilter(deps.db, ctx.actor);
    const { items, total } = await repo.consultations(deps.db, f.expertId ? f : { expertId: q.expertId }, q);
    return { items, total, page: q.page, pageSize: q.pageSize };
  },

  async allConsultations(deps: Deps, ctx: RequestContext, q: ConsultationQuery) {
    return (await thinktankService.consultations(deps, ctx, { ...q, page: 1, pageSize: ALL })).items;
  },

  async consultation(deps: Deps, ctx: RequestContext, id: number) {
    const found = await repo.consultation(deps.db, id, await readFilter(deps.db, ctx.actor));
    if (!found) throw notFound('咨询活动');
    return found;
  },

  async createConsultation(deps: Deps, ctx: RequestContext, k: z.output<typeof ConsultationInput>) {
    const chain = await oneChain(deps.db, k.chainId);
    if (!policy.thinktank.record(ctx.actor, chain)) throw forbidden('咨询活动由省链长办或该链牵头单位记录');
    return inTransaction(deps, async (trx) => {
      await checkExperts(trx, k.expertIds);
      await checkEnterprises(trx, k.enterpriseIds);
      const id = await repo.insertConsultation(trx, { ...k, orgId: ctx.actor.organisationId || null, at: deps.clock.nowIso() });
      await deps.audit.record(trx, { actor: ctx.actor, ip: ctx.ip, action: 'create', entityType: 'consultation', entityId: id, after: k });
      return found(await repo.consultation(trx, id), '咨询活动');
    });
  },

  // ---- reports ----
  async reports(deps: Deps, ctx: RequestContext, q: z.output<typeof ExpertReportQuery>) {
    const { items, total } = await repo.reports(deps.db, await readFilter(deps.db, ctx.actor), q);
    return { items, total, page: q.page, pageSize: q.pageSize };
  },

  async report(deps: Deps, ctx: RequestContext, id: number) {
    const { leadUnitId: _l, ...report } = await loadExpertReport(deps.db, ctx, id);
    return report;
  },

  async createReport(deps: Deps, ctx: RequestContext, r: z.output<typeof ExpertReportInput>) {
    const chain = await oneChain(deps.db, r.chainId);
    if (!policy.thinktank.record(ctx.actor, chain)) throw forbidden('专家报告由省链长办或该链牵头单位登记');
    return inTransaction(deps, async (trx) => {
      await checkExperts(trx, r.expertIds);
      const id = await repo.insertReport(trx, { ...r, at: deps.clock.nowIso() });
      await deps.audit.record(trx, { actor: ctx.actor, ip: ctx.ip, action: 'create', entityType: 'expertReport', entityId: id, after: r });
      return found(await repo.report(trx, id), '专家报告');
    });
  },

  async setFollowUp(deps: Deps, ctx: RequestContext, id: number, input: z.output<typeof FollowUpInput>) {
    return inTransaction(deps, async (trx) => {
      const before = await loadExpertReport(trx, ctx, id);
      if (!policy.thinktank.record(ctx.actor, before)) throw forbidden('落实情况由省链长办或该链牵头单位填写');
      await repo.setFollowUp(trx, id, input.followUp, input.followUpState);
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'update',
        entityType: 'expertReport',
        entityId: id,
        before: { followUp: before.followUp, followUpState: before.followUpState },
        after: input,
      });
      return found(await repo.report(trx, id), '专家报告');
    });
  },

  // ---- pairings ----
  async pairings(deps: Deps, ctx: RequestContext, q: z.output<typeof PairingQuery>) {
    const f = await readFilter(deps.db, ctx.actor);
    const { items, total } = await repo.pairings(deps.db, f.expertId ? f : { expertId: q.expertId }, q);
    return { items: items.map(publicPairing), total, page: q.page, pageSize: q.pageSize };
  },

  async allPairings(deps: Deps, ctx: RequestContext, q: z.output<typeof PairingQuery>) {
    return (await thinktankService.pairings(deps, ctx, { ...q, page: 1, pageSize: ALL })).items;
  },

  async pairing(deps: Deps, ctx: RequestContext, id: number) {
    return publicPairing(await loadPairing(deps.db, ctx.actor, id));
  },

  async createPairing(deps: Deps, ctx: RequestContext, p: z.output<typeof PairingInput>) {
    const chain = await oneChain(deps.db, p.chainId);
    if (!policy.thinktank.record(ctx.actor, chain)) throw forbidden('柔性结对由省链长办或该链牵头单位登记');
    return inTransaction(deps, async (trx) => {
      await checkExperts(trx, [p.expertId], 'expertId');
      if (!(await repo.enterprisesByIds(trx, [p.enterpriseId])).length)
        throw invalid('所选企业不在企业名录中', { enterpriseId: '所选企业不在企业名录中' });
      if (!(await repo.enterpriseOnChain(trx, p.enterpriseId, p.chainId)))
        throw invalid(`所选企业不是${chain.name}的链上企业，请选择该链的链主或骨干企业`, {
          enterpriseId: '请选择该产业链的链主或骨干企业',
        });
      const id = await repo.insertPairing(trx, { ...p, at: deps.clock.nowIso() });
      await deps.audit.record(trx, { actor: ctx.actor, ip: ctx.ip, action: 'create', entityType: 'expertPairing', entityId: id, after: p });
      const created = await repo.pairing(trx, id);
      return publicPairing(found(created, '柔性结对'));
    });
  },

  async addService(deps: Deps, ctx: RequestContext, pairingId: number, s: z.output<typeof PairingServiceInput>) {
    return inTransaction(deps, async (trx) => {
      const pairing = await loadPairing(trx, ctx.actor, pairingId);
      const [chain] = await repo.chainsByIds(trx, [pairing.chainId]);
      if (!policy.thinktank.serve(ctx.actor, { chainLeadUnitId: chain?.leadUnitId ?? null, expertUserId: pairing.expertUserId }))
        throw forbidden('服务记录由结对专家本人、省链长办或该链牵头单位填写');
      if (s.servedOn < pairing.fromOn || (pairing.toOn !== null && s.servedOn > pairing.toOn)) {
        const message = `服务日期应在结对期间（${pairing.fromOn} 至 ${pairing.toOn ?? '今'}）`;
        throw invalid(message, { servedOn: message });
      }
      const id = await repo.insertService(trx, pairingId, { ...s, recordedBy: ctx.actor.username, at: deps.clock.nowIso() });
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'create',
        entityType: 'pairingService',
        entityId: id,
        after: { pairingId, ...s },
      });
      const after = await repo.pairing(trx, pairingId);
      return publicPairing(found(after, '柔性结对'));
    });
  },

  // ---- an expert's own page ----
  async mine(deps: Deps, ctx: RequestContext): Promise<MyExpertWork> {
    if (!ctx.actor.roles.includes('expert')) throw forbidden('只有专家账号有“我的专家工作”');
    const expertId = await repo.expertIdOfUser(deps.db, ctx.actor.userId);
    if (expertId === null) throw forbidden(NOT_LINKED);
    const f = { expertId };
    const expert = await repo.expert(deps.db, expertId);
    if (!expert) throw forbidden(NOT_LINKED);
    const mine = new Set(await repo.groupChainIdsOfExpert(deps.db, expertId));
    const groups = (await repo.groups(deps.db, await repo.groupChains(deps.db))).filter((g) => mine.has(g.chainId));
    const page = { page: 1, pageSize: ALL };
    return {
      expert,
      groups,
      consultations: (await repo.consultations(deps.db, f, page)).items,
      reports: (await repo.reports(deps.db, f, page)).items,
      pairings: (await repo.pairings(deps.db, f, page)).items.map(publicPairing),
    };
  },
};
