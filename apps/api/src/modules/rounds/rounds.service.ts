import type { DeclarationInput as DeclarationInputSchema } from '@chainboard/contracts';
import {
  DECISION_LABELS,
  type Declaration,
  NEXT_ROUND_STATE,
  type Paged,
  type PublishedEntry,
  ROUND_STATE_LABELS,
  type Round,
  type RoundInput as RoundInputSchema,
  type RoundState,
} from '@chainboard/contracts';
import type { z } from 'zod';
import { type Deps, inTransaction } from '../../context.js';
import type { Db } from '../../db/database.js';
import { conflict, forbidden, invalid, notFound } from '../../lib/errors.js';
import type { RequestContext } from '../../policy/actor.js';
import { policy } from '../../policy/policy.js';
import { chainsRepository } from '../chains/chains.repository.js';
import { enterprisesRepository } from '../enterprises/enterprises.repository.js';
import { enterprisesService } from '../enterprises/enterprises.service.js';
import { type DeclarationRecord, roundsRepository as repo } from './rounds.repository.js';

type RoundValues = z.output<typeof RoundInputSchema>;
type DeclarationValues = z.output<typeof DeclarationInputSchema>;

async function loadRound(db: Db, ctx: RequestContext, id: number): Promise<Round> {
  if (!policy.round.read(ctx.actor)) throw forbidden();
  const round = await repo.find(db, id);
  if (!round) throw notFound('评定批次');
  return round;
}

async function chainOf(db: Db, chainId: number | null) {
  return chainId === null ? null : chainsRepository.findInScope(db, { all: true }, chainId);
}

/**
 * Who sees a declaration: those who see the enterprise, and the lead unit of its chain. The
 * enterprise's own ties are checked here; the chain ties (lead unit, chain leader) on the declared chain.
 */
function seesDeclaration(ctx: RequestContext, d: DeclarationRecord): boolean {
  const a = ctx.actor;
  const scope = policy.enterprise.scope(a);
  if (scope.all) return true;
  return (
    scope.cityIds.includes(d.cityId) ||
    (d.zoneId !== null && scope.zoneIds.includes(d.zoneId)) ||
    (d.organisationId !== null && scope.selfOrgIds.includes(d.organisationId)) ||
    (d.leadUnitId !== null && scope.leadUnitIds.includes(d.leadUnitId)) ||
    (d.leaderUserId !== null && scope.leaderUserIds.includes(d.leaderUserId))
  );
}

const publicDeclaration = ({
  leadUnitId: _l,
  leaderUserId: _u,
  cityId: _c,
  zoneId: _z,
  organisationId: _o,
  ...d
}: DeclarationRecord): Declaration => d;

function requireState(round: Round, state: RoundState, action: string) {
  if (round.state !== state) throw invalid(`该批次当前为“${ROUND_STATE_LABELS[round.state]}”，不能${action}`);
}

export const roundsService = {
  async list(deps: Deps, ctx: RequestContext, q: Parameters<typeof repo.page>[1]): Promise<Paged<Round>> {
    if (!policy.round.read(ctx.actor)) throw forbidden();
    const { items, total } = await repo.page(deps.db, q);
    return { items, total, page: q.page, pageSize: q.pageSize };
  },

  get: (deps: Deps, ctx: RequestContext, id: number) => loadRound(deps.db, ctx, id),

  async create(deps: Deps, ctx: RequestContext, input: RoundValues): Promise<Round> {
    const chain = await chainOf(deps.db, input.chainId);
    if (input.chainId !== null && !chain) throw invalid('所选产业链不存在', { chainId: '所选产业链不存在' });
    if (!policy.round.open(ctx.actor, chain))
      throw forbidden(chain ? '只有省链长办或该链的牵头单位可以发起评定' : '只有省链长办可以发起全部产业链的评定');
    return inTransaction(deps, async (trx) => {
      const now = deps.clock.nowIso();
      const id = await repo.insert(trx, {
        kind: input.kind,
        period: input.period,
        chain_id: input.chainId,
        title: input.title,
        opens_on: input.opensOn,
        closes_on: input.closesOn,
        effective_on: input.effectiveOn,
        criteria: input.criteria,
        state: 'open',
        created_by: ctx.actor.userId || null,
        created_at: now,
        updated_at: now,
      });
      const created = (await repo.find(trx, id)) as Round;
      await deps.audit.record(trx, { actor: ctx.actor, ip: ctx.ip, action: 'create', entityType: 'round', entityId: id, after: created });
      return created;
    });
  },

  /** open → review (the chain's lead unit or the office); review → decided → published (the office). */
  async advance(deps: Deps, ctx: RequestContext, id: number, to: RoundState): Promise<Round> {
    return inTransaction(deps, async (trx) => {
      const round = await loadRound(trx, ctx, id);
      if (NEXT_ROUND_STATE[round.state] !== to) {
        throw invalid(
          `评定批次只能从“${ROUND_STATE_LABELS[round.state]}”进入“${NEXT_ROUND_STATE[round.state] ? ROUND_STATE_LABELS[NEXT_ROUND_STATE[round.state] as RoundState] : '（已结束）'}”`,
        );
      }
      const chain = await chainOf(trx, round.chainId);
      const allowed =
        to === 'review' ? (chain ? policy.round.review(ctx.actor, chain) : policy.round.decide(ctx.actor)) : policy.round.decide(ctx.actor);
      if (!allowed) throw forbidden(to === 'review' ? '只有省链长办或该链牵头单位可以结束申报' : '只有省链长办可以认定和公布');
      if (to === 'decided') await applyDecisions(trx, round, deps.clock.nowIso());
      await repo.update(trx, id, { state: to, updated_at: deps.clock.nowIso() });
      const after = (await repo.find(trx, id)) as Round;
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'update',
        entityType: 'round',
        entityId: id,
        before: { state: round.state },
        after: { state: to },
      });
      return after;
    });
  },

  async declarations(deps: Deps, ctx: RequestContext, roundId: number): Promise<Declaration[]> {
    await loadRound(deps.db, ctx, roundId);
    return (await repo.declarations(deps.db, roundId)).filter((d) => seesDeclaration(ctx, d)).map(publicDeclaration);
  },

  /** The published list: the approved declarations, once the office has published them. */
  /** The published list names the enterprises and their chains; their figures stay with the reviewers. */
  async results(deps: Deps, ctx: RequestContext, roundId: number): Promise<PublishedEntry[]> {
    const round = await loadRound(deps.db, ctx, roundId);
    if (round.state !== 'published') throw invalid('该批次结果尚未公布');
    return (await repo.declarations(deps.db, roundId))
      .filter((d) => d.decision === 'approved')
      .map((d) => ({
        enterpriseId: d.enterpriseId,
        enterpriseName: d.enterpriseName,
        creditCode: d.creditCode,
        chainId: d.chainId,
        chainName: d.chainName,
        tier: round.kind,
        effectiveOn: round.effectiveOn,
      }));
  },

  async declare(deps: Deps, ctx: RequestContext, roundId: number, input: DeclarationValues): Promise<Declaration> {
    return inTransaction(deps, async (trx) => {
      const round = await loadRound(trx, ctx, roundId);
      requireState(round, 'open', '申报');
      if (deps.clock.today() > round.closesOn) throw invalid(`申报已于 ${round.closesOn} 截止`);
      if (round.chainId !== null && input.chainId !== round.chainId)
        throw invalid(`该批次只评定“${round.chainName}”`, { chainId: `该批次只评定“${round.chainName}”` });
      const enterprise = await enterprisesService.loadInScope(trx, ctx, input.enterpriseId, deps.clock);
      if (!policy.enterprise.update(ctx.actor, enterprise)) throw forbidden('只能为本单位或辖区内的企业申报');
      const placed = enterprise.chains.some((c) => c.chainId === input.chainId);
      if (round.kind !== 'member' && !placed)
        throw invalid('企业须先是该产业链的链上企业，才能申报链主或链核', { chainId: '企业不在这条产业链上' });
      if (await repo.existingDeclaration(trx, roundId, input.enterpriseId, input.chainId))
        throw conflict(`“${enterprise.name}”已在本批次申报过这条产业链`);
      const id = await repo.insertDeclaration(trx, {
        round_id: roundId,
        enterprise_id: input.enterpriseId,
        chain_id: input.chainId,
        revenue: input.revenue,
        output: input.output,
        tax: input.tax,
        rd_spending: input.rdSpending,
        employees: input.employees,
        investment: input.investment,
        local_supply_share: input.localSupplyShare,
        statement: input.statement,
        declared_by: ctx.actor.userId || null,
        declared_at: deps.clock.nowIso(),
        score: null,
        review_comment: null,
        reviewed_by: null,
        decision: null,
        decision_note: null,
      });
      const created = publicDeclaration((await repo.findDeclaration(trx, id)) as DeclarationRecord);
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'create',
        entityType: 'declaration',
        entityId: id,
        after: created,
      });
      return created;
    });
  },

  async review(deps: Deps, ctx: RequestContext, declarationId: number, r: { score: number; comment: string | null }): Promise<Declaration> {
    return changeDeclaration(deps, ctx, declarationId, async (trx, d, round) => {
      requireState(round, 'review', '评分');
      if (!policy.round.review(ctx.actor, { leadUnitId: d.leadUnitId })) throw forbidden('只有省链长办或该链牵头单位可以评分');
      await repo.updateDeclaration(trx, d.id, { score: r.score, review_comment: r.comment, reviewed_by: ctx.actor.userId || null });
    });
  },

  async decide(
    deps: Deps,
    ctx: RequestContext,
    declarationId: number,
    r: { decision: 'approved' | 'rejected'; note: string | null },
  ): Promise<Declaration> {
    return changeDeclaration(deps, ctx, declarationId, async (trx, d, round) => {
      requireState(round, 'review', `作出“${DECISION_LABELS[r.decision]}”结论`);
      if (!policy.round.decide(ctx.actor)) throw forbidden('只有省链长办可以作出认定结论');
      if (d.score === null) throw invalid('请牵头单位先评分，再作认定结论');
      await repo.updateDeclaration(trx, d.id, { decision: r.decision, decision_note: r.note });
    });
  },

  /** Member rounds collect each chain enterprise's figures: who reported for the quarter, who not. */
  async reporting(deps: Deps, ctx: RequestContext, roundId: number) {
    const round = await loadRound(deps.db, ctx, roundId);
    const scope = policy.enterprise.scope(ctx.actor);
    const visible = scope.all
      ? null
      : new Set(
          (
            await enterprisesRepository
              .filtered(deps.db, deps.kind, scope, {}, deps.clock.today(), deps.clock.nowIso())
              .clearSelect()
              .select('e.id')
              .execute()
          ).map((r) => Number(r.id)),
        );
    const rows = await repo.reporting(deps.db, round.chainId, round.period, visible);
    return {
      period: round.period,
      reported: rows
        .filter((r) => r.reported_at)
        .map((r) => ({ enterpriseId: Number(r.id), name: r.name, reportedAt: r.reported_at as string })),
      missing: rows.filter((r) => !r.reported_at).map((r) => ({ enterpriseId: Number(r.id), name: r.name, cityName: r.city_name })),
    };
  },
};

async function changeDeclaration(
  deps: Deps,
  ctx: RequestContext,
  declarationId: number,
  change: (trx: Db, d: DeclarationRecord, round: Round) => Promise<void>,
): Promise<Declaration> {
  return inTransaction(deps, async (trx) => {
    const before = await repo.findDeclaration(trx, declarationId);
    if (!before || !seesDeclaration(ctx, before)) throw notFound('申报');
    const round = await loadRound(trx, ctx, before.roundId);
    await change(trx, before, round);
    const after = publicDeclaration((await repo.findDeclaration(trx, declarationId)) as DeclarationRecord);
    await deps.audit.record(trx, {
      actor: ctx.actor,
      ip: ctx.ip,
      action: 'update',
      entityType: 'declaration',
      entityId: declarationId,
      before: publicDeclaration(before),
      after,
    });
    return after;
  });
}

/** The decision takes effect from the round's date: approved enterprises take the round's tier. */
async function applyDecisions(trx: Db, round: Round, now: string) {
  const declarations = await repo.declarations(trx, round.id);
  const open = declarations.filter((d) => d.decision === null);
  if (open.length)
    throw invalid(
      `还有 ${open.length} 份申报未作认定结论：${open
        .map((d) => d.enterpriseName)
        .slice(0, 5)
        .join('、')}`,
    );
  for (const d of declarations.filter((x) => x.decision === 'approved')) {
    if (!(await enterprisesRepository.isPlaced(trx, d.enterpriseId, d.chainId))) {
      await trx.insertInto('enterprise_chains').values({ enterprise_id: d.enterpriseId, chain_id: d.chainId, stage: null }).execute();
    }
    await enterprisesRepository.changeTier(trx, {
      enterpriseId: d.enterpriseId,
      chainId: d.chainId,
      tier: round.kind,
      from: round.effectiveOn,
      roundId: round.id,
      now,
    });
  }
}
