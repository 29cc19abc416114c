import { type AttractionTargetInput, CITY_TARGET_FLOOR, ZONE_TARGET_FLOOR } from '@chainboard/contracts';
import type { z } from 'zod';
import { type Deps, inTransaction } from '../../context.js';
import type { Db } from '../../db/database.js';
import { nowIso } from '../../db/dialect.js';
import { today } from '../../lib/dates.js';
import { forbidden, invalid } from '../../lib/errors.js';
import type { RequestContext } from '../../policy/actor.js';
import { policy } from '../../policy/policy.js';
import { organisationsRepository } from '../organisations/organisations.repository.js';
import { leadsRepository } from './leads.repository.js';

type TargetValues = z.output<typeof AttractionTargetInput>;

async function targetsOf(db: Db, year: number) {
  const rows = await db
    .selectFrom('attraction_targets as t')
    .innerJoin('organisations as o', 'o.id', 't.organisation_id')
    .leftJoin('chains as c', 'c.id', 't.chain_id')
    .select([
      't.id',
      't.year',
      't.organisation_id',
      'o.name',
      'o.type',
      'o.parent_id',
      't.chain_id',
      'c.name as chain_name',
      't.landed_target',
      't.note',
    ])
    .where('t.year', '=', year)
    .orderBy('o.id')
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    year: Number(r.year),
    organisationId: Number(r.organisation_id),
    organisationName: r.name,
    organisationType: r.type,
    parentId: r.parent_id === null ? null : Number(r.parent_id),
    chainId: r.chain_id === null ? null : Number(r.chain_id),
    chainName: r.chain_name,
    landedTarget: Number(r.landed_target),
    note: r.note,
  }));
}

/** Share of the year gone by on `on`, for the year's pace. */
function yearElapsed(year: number, on: string): number {
  const y = Number(on.slice(0, 4));
  if (y > year) return 1;
  if (y < year) return 0;
  const start = Date.UTC(year, 0, 1);
  return (Date.parse(`${on}T00:00:00Z`) - start) / (Date.UTC(year + 1, 0, 1) - start);
}

export const targetsService = {
  async list(deps: Deps, ctx: RequestContext, year: number) {
    const scope = policy.enterprise.scope(ctx.actor);
    const all = await targetsOf(deps.db, year);
    const visible = scope.all
      ? all
      : all.filter(
          (t) =>
            scope.cityIds.includes(t.organisationId) ||
            scope.cityIds.includes(t.parentId ?? -1) ||
            scope.zoneIds.includes(t.organisationId),
        );
    return visible.map(({ parentId: _p, ...t }) => t);
  },

  /** The notice's floors are built in: a zone at least 2 landed projects a year, a city at least 10. */
  async set(deps: Deps, ctx: RequestContext, t: TargetValues) {
    const org = await organisationsRepository.findById(deps.db, t.organisationId);
    if (!org || (org.type !== 'city' && org.type !== 'zone'))
      throw invalid('目标须定给市、综改区或开发区', { organisationId: '请选择市或开发区' });
    if (!policy.attraction.setTarget(ctx.actor, org)) throw forbidden('只能为本市及所辖开发区设定目标');
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
      const existing = await trx
        .selectFrom('attraction_targets')
        .select('id')
        .where('year', '=', t.year)
        .where('organisation_id', '=', t.organisationId)
        .where((eb) => (t.chainId === null ? eb('chain_id', 'is', null) : eb('chain_id', '=', t.chainId)))
        .executeTakeFirst();
      const values = { landed_target: t.landedTarget, note: t.note, updated_at: nowIso() };
      if (existing) await trx.updateTable('attraction_targets').set(values).where('id', '=', existing.id).execute();
      else
        await trx
          .insertInto('attraction_targets')
          .values({ year: t.year, organisation_id: t.organisationId, chain_id: t.chainId, ...values })
          .execute();
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: existing ? 'update' : 'create',
        entityType: 'attractionTarget',
        entityId: existing ? Number(existing.id) : null,
        after: t,
      });
      return (await targetsOf(trx, t.year)).filter((x) => x.organisationId === t.organisationId).map(({ parentId: _p, ...x }) => x);
    });
  },

  /** Landed projects against target, signed and landed money, the pipeline, and the pace. */
  async progress(deps: Deps, ctx: RequestContext, year: number, level: 'city' | 'zone' | 'chain') {
    const scope = policy.enterprise.scope(ctx.actor);
    const leads = await leadsRepository.progressRows(deps.db);
    const targets = await targetsOf(deps.db, year);
    const units =
      level === 'chain'
        ? (await deps.db.selectFrom('chains').select(['id', 'name']).orderBy('code').execute()).map((c) => ({
            id: Number(c.id),
            name: c.name,
            type: 'chain',
            parentId: null as number | null,
          }))
        : (
            await deps.db
              .selectFrom('organisations')
              .select(['id', 'name', 'type', 'parent_id'])
              .where('type', '=', level)
              .orderBy('id')
              .execute()
          ).map((o) => ({
            id: Number(o.id),
            name: o.name,
            type: o.type,
            parentId: o.parent_id === null ? null : Number(o.parent_id),
          }));
    const visible = scope.all
      ? units
      : units.filter((u) =>
          level === 'chain'
            ? false
            : scope.cityIds.includes(u.id) || (u.parentId !== null && scope.cityIds.includes(u.parentId)) || scope.zoneIds.includes(u.id),
        );
    const keyOf = (l: (typeof leads)[number]) => (level === 'city' ? l.cityId : level === 'zone' ? l.zoneId : l.chainId);
    const pace = yearElapsed(year, today());
    return visible.map((u) => {
      const mine = leads.filter((l) => keyOf(l) === u.id);
      const landed = mine.filter((l) => l.stage === 'landed' && l.landedOn?.startsWith(`${year}-`));
      const signed = mine.filter((l) => l.signedOn?.startsWith(`${year}-`));
      const pipeline: Record<string, number> = {};
      for (const l of mine) pipeline[l.stage] = (pipeline[l.stage] ?? 0) + 1;
      // a city or zone has its own target; a chain's is the sum of the per-chain targets set for it
      const perChain = targets.filter((t) => t.chainId === u.id);
      const target =
        level === 'chain'
          ? perChain.length
            ? perChain.reduce((s, t) => s + t.landedTarget, 0)
            : null
          : (targets.find((t) => t.organisationId === u.id && t.chainId === null)?.landedTarget ?? null);
      const expectedByNow = target === null ? 0 : Math.round(target * pace * 10) / 10;
      return {
        organisationId: u.id,
        organisationName: u.name,
        organisationType: u.type,
        target,
        landed: landed.length,
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
