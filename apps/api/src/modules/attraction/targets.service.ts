import { type AttractionTargetInput, CITY_TARGET_FLOOR, type TargetLevel, ZONE_TARGET_FLOOR } from '@chainboard/contracts';
import type { z } from 'zod';
import { type Deps, inTransaction } from '../../context.js';
import { forbidden, invalid } from '../../lib/errors.js';
import type { RequestContext } from '../../policy/actor.js';
import { type EnterpriseScope, policy } from '../../policy/policy.js';
import { organisationsRepository } from '../organisations/organisations.repository.js';
import { leadsRepository } from './leads.repository.js';
import { targetsRepository as repo, type TargetRow } from './targets.repository.js';

type TargetValues = z.output<typeof AttractionTargetInput>;

/** Share of the year gone by on `on`, for the year's pace. */
function yearElapsed(year: number, on: string): number {
  const y = Number(on.slice(0, 4));
  if (y > year) return 1;
  if (y < year) return 0;
  const start = Date.UTC(year, 0, 1);
  return (Date.parse(`${on}T00:00:00Z`) - start) / (Date.UTC(year + 1, 0, 1) - start);
}

/** A city sees its own and its zones' targets, a zone its own, a chain master the targets it agreed. */
function sees(scope: EnterpriseScope, t: { organisationId: number; parentId: number | null; enterpriseOrgId: number | null }) {
  return (
    scope.all ||
    scope.cityIds.includes(t.organisationId) ||
    scope.cityIds.includes(t.parentId ?? -1) ||
    scope.zoneIds.includes(t.organisationId) ||
    (t.enterpriseOrgId !== null && scope.selfOrgIds.includes(t.enterpriseOrgId))
  );
}

const shown = ({ parentId: _p, enterpriseOrgId: _e, ...t }: TargetRow) => t;

/** A chain master's target is agreed with its city: set by the city, by the chain master itself, or by the office. */
async function checkMasterTarget(deps: Deps, ctx: RequestContext, t: TargetValues, enterpriseId: number) {
  if (t.chainId === null) throw invalid('链主企业的招商目标须注明产业链', { chainId: '请选择产业链' });
  const master = await repo.chainMaster(deps.db, enterpriseId, t.chainId, deps.clock.today());
  if (!master) throw invalid('该企业目前不是这条产业链的链主企业', { enterpriseId: '请选择本链的链主企业' });
  if (Number(master.city_id) !== t.organisationId)
    throw invalid('链主企业的招商目标与所在市共同确定，单位须是企业所在的市', { organisationId: '请选择企业所在的市' });
  const ties = { cityId: Number(master.city_id), organisationId: master.organisation_id === null ? null : Number(master.organisation_id) };
  if (!policy.attraction.setMasterTarget(ctx.actor, ties)) throw forbidden('链主企业的招商目标由企业与所在市共同确定');
}

export const targetsService = {
  async list(deps: Deps, ctx: RequestContext, year: number) {
    const scope = policy.enterprise.scope(ctx.actor);
    return (await repo.ofYear(deps.db, year)).filter((t) => sees(scope, t)).map(shown);
  },

  /** The notice's floors are built in: a zone at least 2 landed projects a year, a city at least 10. */
  async set(deps: Deps, ctx: RequestContext, t: TargetValues) {
    const org = await organisationsRepository.findById(deps.db, t.organisationId);
    if (!org || (org.type !== 'city' && org.type !== 'zone'))
      throw invalid('目标须定给市、综改区或开发区', { organisationId: '请选择市或开发区' });
    if (t.enterpriseId !== null) await checkMasterTarget(deps, ctx, t, t.enterpriseId);
    else if (!policy.attraction.setTarget(ctx.actor, org)) throw forbidden('只能为本市及所辖开发区设定目标');
    if (t.chainId === null) {
      const floor = org.type === 'zone' ? ZONE_TARGET_FLOOR : CITY_TARGET_FLOOR;
      if (t.landedTarget < floor) {
        const who = org.type === 'zone' ? '每个招商引资承载示范开发区' : '综改示范区、各市';
        throw invalid(`按行动计划，${who}每年至少形成 ${floor} 个招商落地项目，目标不能低于 ${floor}`, {
          landedTarget: `不能低于 ${floor}`,
        });
      }
    }
    return inTransaction(deps, async (trx) => {
      const key = { year: t.year, organisationId: t.organisationId, chainId: t.chainId, enterpriseId: t.enterpriseId };
      const saved = await repo.save(trx, key, { landed_target: t.landedTarget, note: t.note, updated_at: deps.clock.nowIso() });
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: saved.created ? 'create' : 'update',
        entityType: 'attractionTarget',
        entityId: saved.id,
        after: t,
      });
      return (await repo.ofYear(trx, t.year)).filter((x) => x.organisationId === t.organisationId).map(shown);
    });
  },

  /**
   * Landed projects against target, signed and landed money, the pipeline, and the pace: per city,
   * zone or chain, or per chain master for the leads it brought (补链 ones counted apart, the key
   * supporting projects the notice asks chain masters to favour).
   */
  async progress(deps: Deps, ctx: RequestContext, year: number, level: TargetLevel) {
    const scope = policy.enterprise.scope(ctx.actor);
    const leads = await leadsRepository.progressRows(deps.db);
    const targets = await repo.ofYear(deps.db, year);
    const units = await unitsOf(deps, level, targets);
    const visible = units.filter((u) =>
      level === 'chain' ? scope.all : sees(scope, { organisationId: u.id, parentId: u.parentId, enterpriseOrgId: u.enterpriseOrgId }),
    );
    const pace = yearElapsed(year, deps.clock.today());
    return visible.map((u) => {
      const mine = leads.filter((l) =>
        level === 'city'
          ? l.cityId === u.id
          : level === 'zone'
            ? l.zoneId === u.id
            : level === 'chain'
              ? l.chainId === u.id
              : l.chainMasterId === u.enterpriseId && l.chainId === u.chainId,
      );
      const landed = mine.filter((l) => l.stage === 'landed' && l.landedOn?.startsWith(`${year}-`));
      const signed = mine.filter((l) => l.signedOn?.startsWith(`${year}-`));
      const pipeline: Record<string, number> = {};
      for (const l of mine) pipeline[l.stage] = (pipeline[l.stage] ?? 0) + 1;
      const target = u.target;
      const expectedByNow = target === null ? 0 : Math.round(target * pace * 10) / 10;
      return {
        organisationId: u.id,
        organisationName: u.name,
        organisationType: u.type,
        chainId: u.chainId,
        enterpriseId: u.enterpriseId,
        target,
        landed: landed.length,
        landedFillingGaps: landed.filter((l) => l.fillsGap).length,
        signed: signed.length,
        signedInvestment: signed.reduce((s, l) => s + l.money, 0),
        landedInvestment: landed.reduce((s, l) => s + l.money, 0),
        pipeline,
        expectedByNow,
        behind: target !== null && landed.length < expectedByNow,
      };
    });
  },
};

type Unit = {
  id: number;
  name: string;
  type: string;
  parentId: number | null;
  chainId: number | null;
  enterpriseId: number | null;
  enterpriseOrgId: number | null;
  target: number | null;
};

async function unitsOf(deps: Deps, level: TargetLevel, targets: TargetRow[]): Promise<Unit[]> {
  const none = { chainId: null, enterpriseId: null, enterpriseOrgId: null };
  if (level === 'master') {
    // a chain master appears once it has agreed a target; the unit is its city
    return targets
      .filter((t) => t.enterpriseId !== null)
      .map((t) => ({
        id: t.organisationId,
        name: `${t.enterpriseName}（${t.chainName}）`,
        type: 'chainMaster',
        parentId: t.parentId,
        chainId: t.chainId,
        enterpriseId: t.enterpriseId,
        enterpriseOrgId: t.enterpriseOrgId,
        target: t.landedTarget,
      }));
  }
  if (level === 'chain') {
    // a chain's target is the sum of the cities' and zones' per-chain targets
    const chains = await deps.db.selectFrom('chains').select(['id', 'name']).orderBy('code').execute();
    return chains.map((c) => {
      const perChain = targets.filter((t) => t.chainId === Number(c.id) && t.enterpriseId === null);
      return {
        id: Number(c.id),
        name: c.name,
        type: 'chain',
        parentId: null,
        ...none,
        chainId: Number(c.id),
        target: perChain.length ? perChain.reduce((s, t) => s + t.landedTarget, 0) : null,
      };
    });
  }
  const orgs = await organisationsRepository.ofType(deps.db, level);
  return orgs.map((o) => ({
    id: o.id,
    name: o.name,
    type: o.type,
    parentId: o.parentId,
    ...none,
    target: targets.find((t) => t.organisationId === o.id && t.chainId === null && t.enterpriseId === null)?.landedTarget ?? null,
  }));
}
