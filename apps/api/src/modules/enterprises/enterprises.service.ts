import type {
  Enterprise,
  EnterpriseInput as EnterpriseInputSchema,
  EnterprisePatch as EnterprisePatchSchema,
  EnterpriseQuery,
  Paged,
  Tier,
} from '@chainboard/contracts';
import type { z } from 'zod';
import { type Deps, inTransaction } from '../../context.js';
import type { Db } from '../../db/database.js';
import type { Clock } from '../../lib/clock.js';
import { checkDateOrder } from '../../lib/date-order.js';
import { conflict, forbidden, invalid, notFound } from '../../lib/errors.js';
import type { RequestContext } from '../../policy/actor.js';
import { enterpriseScopeIsEmpty, policy } from '../../policy/policy.js';
import { auditService } from '../audit/audit.service.js';
import { organisationsRepository } from '../organisations/organisations.repository.js';
import { enterprisesRepository as repo } from './enterprises.repository.js';

/** What only the register's keepers change; the enterprise itself keeps the rest. */
const FACT_FIELDS = ['creditCode', 'name', 'cityId', 'zoneId', 'chains', 'organisationId'] as const;
const FIELD_LABELS: Record<(typeof FACT_FIELDS)[number], string> = {
  creditCode: '统一社会信用代码',
  name: '企业名称',
  cityId: '所在市',
  zoneId: '所在开发区',
  chains: '所属产业链',
  organisationId: '企业账号所属单位',
};

type EnterpriseValues = z.output<typeof EnterpriseInputSchema>;
type EnterpriseChanges = z.output<typeof EnterprisePatchSchema>;

/** City and zone must exist and fit together; chains must exist. */
export async function checkEnterprisePlace(
  db: Db,
  v: { cityId?: number; zoneId?: number | null; chains?: { chainId: number }[] },
  current?: Enterprise,
) {
  const cityId = v.cityId ?? current?.cityId;
  const zoneId = v.zoneId === undefined ? current?.zoneId : v.zoneId;
  if (cityId !== undefined) {
    const city = await organisationsRepository.findById(db, cityId);
    if (city?.type !== 'city') throw invalid('所在市须为 11 个市或综改示范区之一', { cityId: '请选择所在市' });
  }
  if (zoneId) {
    const zone = await organisationsRepository.findById(db, zoneId);
    if (zone?.type !== 'zone') throw invalid('所在园区须为开发区或园区', { zoneId: '请选择开发区/园区' });
    if (zone.parentId !== cityId) throw invalid(`${zone.name}不在所选的市`, { zoneId: '开发区/园区不在所选的市' });
  }
  if (v.chains?.length) {
    const ids = [...new Set(v.chains.map((c) => c.chainId))];
    if (ids.length !== v.chains.length) throw invalid('同一条产业链只能填写一次', { chains: '同一条产业链只能填写一次' });
    const found = await db.selectFrom('chains').select('id').where('id', 'in', ids).execute();
    if (found.length !== ids.length) throw invalid('所选产业链不存在', { chains: '所选产业链不存在' });
  }
}

/**
 * 入链日期: the day chain places set on the form take effect (default today, never later). A place
 * given up ends on that day, so it may not be before the day its open span began; a place taken up
 * again starts on it, so it may not be before an earlier stay on that chain ended (no overlapping spans).
 */
async function placementDay(
  db: Db,
  today: string,
  placedOn: string | undefined,
  moves?: { enterpriseId: number; leaving: number[]; joining: number[] },
) {
  const on = placedOn ?? today;
  checkDateOrder([{ field: 'placedOn', label: '入链日期', on }], today);
  if (!moves?.leaving.length && !moves?.joining.length) return on;
  const spans = await repo.tierHistory(db, moves.enterpriseId);
  const began = spans.find((s) => s.validTo === null && moves.leaving.includes(s.chainId) && s.validFrom > on);
  if (began) {
    const message = `入链日期（${on}）早于企业在${began.chainName}现有层级的起始日期（${began.validFrom}），退出该链的日期不能早于此日`;
    throw invalid(message, { placedOn: message });
  }
  const stayed = spans.find((s) => moves.joining.includes(s.chainId) && (s.validTo === null || s.validTo > on));
  if (stayed) {
    const message = `入链日期（${on}）早于企业上次在${stayed.chainName}的截止日期（${stayed.validTo ?? '至今'}），重新加入该链的日期不能早于此日`;
    throw invalid(message, { placedOn: message });
  }
  return on;
}

async function checkCreditCodeFree(db: Db, code: string, selfId?: number) {
  const [existing] = await repo.findByCreditCodes(db, [code]);
  if (existing && existing.id !== selfId) {
    throw conflict(`统一社会信用代码 ${code} 已登记，同一企业不能重复登记`, { creditCode: '该信用代码已登记' });
  }
}

async function loadInScope(db: Db, ctx: RequestContext, id: number, clock: Clock): Promise<Enterprise> {
  const e = await repo.findInScope(db, policy.enterprise.scope(ctx.actor), id, clock.today(), clock.nowIso());
  if (!e) throw notFound('企业');
  return e;
}

export const enterprisesService = {
  loadInScope,

  async list(deps: Deps, ctx: RequestContext, q: EnterpriseQuery): Promise<Paged<Enterprise>> {
    if (enterpriseScopeIsEmpty(policy.enterprise.scope(ctx.actor))) throw forbidden();
    const { items, total } = await repo.page(
      deps.db,
      deps.kind,
      policy.enterprise.scope(ctx.actor),
      q,
      deps.clock.today(),
      deps.clock.nowIso(),
    );
    return { items, total, page: q.page, pageSize: q.pageSize };
  },

  get: (deps: Deps, ctx: RequestContext, id: number) => loadInScope(deps.db, ctx, id, deps.clock),

  async create(deps: Deps, ctx: RequestContext, input: EnterpriseValues): Promise<Enterprise> {
    if (!policy.enterprise.create(ctx.actor, { cityId: input.cityId, zoneId: input.zoneId, organisationId: null })) {
      throw forbidden('只能登记本单位辖区内的企业');
    }
    return inTransaction(deps, async (trx) => {
      await checkEnterprisePlace(trx, input);
      await checkCreditCodeFree(trx, input.creditCode);
      const now = deps.clock.nowIso();
      const id = await repo.insert(trx, {
        credit_code: input.creditCode,
        name: input.name,
        city_id: input.cityId,
        zone_id: input.zoneId,
        address: input.address,
        legal_representative: input.legalRepresentative,
        contact_person: input.contactPerson,
        contact_phone: input.contactPhone,
        main_products: input.mainProducts,
        owner_org_id: input.cityId, // the city keeps the record by default
        organisation_id: null,
        last_confirmed_at: now,
        demo: false,
        created_at: now,
        updated_at: now,
      });
      await repo.setPlacements(trx, id, input.chains, await placementDay(trx, deps.clock.today(), input.placedOn), now);
      const created = (await repo.findInScope(trx, { all: true }, id, deps.clock.today(), deps.clock.nowIso())) as Enterprise;
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'create',
        entityType: 'enterprise',
        entityId: id,
        after: created,
      });
      return created;
    });
  },

  async update(deps: Deps, ctx: RequestContext, id: number, patch: EnterpriseChanges): Promise<Enterprise> {
    return inTransaction(deps, async (trx) => {
      const before = await loadInScope(trx, ctx, id, deps.clock);
      if (!policy.enterprise.update(ctx.actor, before)) throw forbidden('没有修改该企业信息的权限');
      if (!policy.enterprise.updateFacts(ctx.actor, before)) {
        const facts = FACT_FIELDS.filter((k) => patch[k] !== undefined);
        if (facts.length)
          throw forbidden(`企业可更新联系方式和主要产品；${facts.map((k) => FIELD_LABELS[k]).join('、')}由所在市或开发区维护`);
      }
      if (patch.chains && !policy.enterprise.setTier(ctx.actor)) {
        const leaving = before.chains.filter((c) => c.tier !== 'member' && !patch.chains?.some((p) => p.chainId === c.chainId));
        if (leaving.length)
          throw forbidden(
            `${leaving.map((c) => `${c.chainName}${c.tier === 'master' ? '链主' : '链核'}`).join('、')}企业退出产业链须经评定或由省链长办调整`,
          );
      }
      const movesPlace =
        (patch.cityId !== undefined && patch.cityId !== before.cityId) || (patch.zoneId !== undefined && patch.zoneId !== before.zoneId);
      if (
        movesPlace &&
        !policy.enterprise.create(ctx.actor, { cityId: patch.cityId ?? before.cityId, zoneId: patch.zoneId ?? null, organisationId: null })
      ) {
        throw forbidden('不能把企业迁到本单位辖区以外');
      }
      await checkEnterprisePlace(trx, patch, before);
      if (patch.creditCode !== undefined) await checkCreditCodeFree(trx, patch.creditCode, id);
      if (patch.organisationId) {
        const org = await organisationsRepository.findById(trx, patch.organisationId);
        if (org?.type !== 'enterprise') throw invalid('企业账号须属于“企业”类型的单位', { organisationId: '请选择企业类型的单位' });
      }
      const now = deps.clock.nowIso();
      await repo.update(trx, id, {
        credit_code: patch.creditCode,
        name: patch.name,
        city_id: patch.cityId,
        zone_id: patch.zoneId,
        address: patch.address,
        legal_representative: patch.legalRepresentative,
        contact_person: patch.contactPerson,
        contact_phone: patch.contactPhone,
        main_products: patch.mainProducts,
        organisation_id: patch.organisationId,
        last_confirmed_at: now, // an edit is a confirmation
        updated_at: now,
      });
      if (patch.chains) {
        const held = before.chains.map((c) => c.chainId);
        const wanted = patch.chains.map((c) => c.chainId);
        const on = await placementDay(trx, deps.clock.today(), patch.placedOn, {
          enterpriseId: id,
          leaving: held.filter((c) => !wanted.includes(c)),
          joining: wanted.filter((c) => !held.includes(c)),
        });
        await repo.setPlacements(trx, id, patch.chains, on, now);
      }
      const after = (await repo.findInScope(trx, { all: true }, id, deps.clock.today(), deps.clock.nowIso())) as Enterprise;
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'update',
        entityType: 'enterprise',
        entityId: id,
        before,
        after,
      });
      return after;
    });
  },

  /** "Still correct as it stands": resets the staleness clock without changing anything else. */
  async confirm(deps: Deps, ctx: RequestContext, id: number): Promise<Enterprise> {
    return inTransaction(deps, async (trx) => {
      const before = await loadInScope(trx, ctx, id, deps.clock);
      if (!policy.enterprise.update(ctx.actor, before)) throw forbidden('没有确认该企业信息的权限');
      const now = deps.clock.nowIso();
      await repo.update(trx, id, { last_confirmed_at: now });
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'update',
        entityType: 'enterprise',
        entityId: id,
        before: { lastConfirmedAt: before.lastConfirmedAt },
        after: { lastConfirmedAt: now },
      });
      return { ...before, lastConfirmedAt: now, stale: false };
    });
  },

  async tierHistory(deps: Deps, ctx: RequestContext, id: number) {
    await loadInScope(deps.db, ctx, id, deps.clock);
    return repo.tierHistory(deps.db, id);
  },

  /** A direct correction by the office, outside any round; rounds change tiers the same way. */
  async setTier(
    deps: Deps,
    ctx: RequestContext,
    id: number,
    input: { chainId: number; tier: Tier; validFrom: string; note: string | null },
  ) {
    if (!policy.enterprise.setTier(ctx.actor)) throw forbidden('层级只能经评定调整，或由省链长办直接更正');
    return inTransaction(deps, async (trx) => {
      await loadInScope(trx, ctx, id, deps.clock);
      if (!(await repo.isPlaced(trx, id, input.chainId)))
        throw invalid('企业不在这条产业链上，请先把企业加入该链', { chainId: '企业不在这条产业链上' });
      const before = await repo.tierHistory(trx, id);
      await repo.changeTier(trx, {
        enterpriseId: id,
        chainId: input.chainId,
        tier: input.tier,
        from: input.validFrom,
        roundId: null,
        now: deps.clock.nowIso(),
      });
      const after = await repo.tierHistory(trx, id);
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'update',
        entityType: 'enterpriseTier',
        entityId: id,
        before,
        after: { tiers: after, note: input.note },
      });
      return after;
    });
  },

  /** Who changed the record, its tiers, honours and figures, and when. */
  async history(deps: Deps, ctx: RequestContext, id: number) {
    await loadInScope(deps.db, ctx, id, deps.clock);
    const honourIds = (await deps.db.selectFrom('enterprise_honours').select('id').where('enterprise_id', '=', id).execute()).map((h) =>
      String(h.id),
    );
    return auditService.history(deps, [
      { type: 'enterprise', ids: [String(id)] },
      { type: 'enterpriseTier', ids: [String(id)] },
      { type: 'enterpriseHonour', ids: honourIds },
      { type: 'enterpriseFigure', prefix: `${id}:` },
    ]);
  },

  async holders(deps: Deps, ctx: RequestContext, q: { chainId: number; on: string; tier?: Tier }) {
    const scope = policy.enterprise.scope(ctx.actor);
    if (!scope.all && !policy.round.read(ctx.actor)) throw forbidden();
    const holders = await repo.holders(deps.db, q.chainId, q.on, q.tier);
    if (scope.all) return holders;
    // outside the office, only the holders the caller may see
    const visible = new Set(
      (
        await repo
          .filtered(deps.db, deps.kind, scope, { chainId: q.chainId }, q.on, deps.clock.nowIso())
          .clearSelect()
          .select('e.id')
          .execute()
      ).map((r) => Number(r.id)),
    );
    return holders.filter((h) => visible.has(h.enterpriseId));
  },
};
