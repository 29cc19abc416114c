import type { ChainStage, Enterprise, EnterpriseQuery, HonourKind, HonourLevel, Tier, TierSpan } from '@chainboard/contracts';
import { STALE_AFTER_DAYS } from '@chainboard/contracts';
import { type ExpressionBuilder, type Insertable, sql, type Updateable } from 'kysely';
import type { Database, DatabaseKind, Db, EnterprisesTable } from '../../db/database.js';
import { chunk, containsInsensitive } from '../../db/dialect.js';
import { countRows } from '../../db/paging.js';
import { daysAgoIso } from '../../lib/dates.js';
import type { EnterpriseScope } from '../../policy/policy.js';

type Eb = ExpressionBuilder<Database & { e: EnterprisesTable }, 'e'>;

/** The enterprises a scope may see, as one WHERE condition on alias `e`. */
export function inEnterpriseScope(eb: Eb, scope: EnterpriseScope) {
  if (scope.all) return sql<boolean>`1 = 1`;
  const ties = [];
  if (scope.cityIds.length) ties.push(eb('e.city_id', 'in', scope.cityIds));
  if (scope.zoneIds.length) ties.push(eb('e.zone_id', 'in', scope.zoneIds));
  if (scope.selfOrgIds.length) ties.push(eb('e.organisation_id', 'in', scope.selfOrgIds));
  const onChains = (column: 'c.lead_unit_id' | 'c.leader_user_id', ids: number[]) =>
    eb.exists(
      eb
        .selectFrom('enterprise_chains as ec')
        .innerJoin('chains as c', 'c.id', 'ec.chain_id')
        .select('ec.chain_id')
        .whereRef('ec.enterprise_id', '=', 'e.id')
        .where(column, 'in', ids),
    );
  if (scope.leadUnitIds.length) ties.push(onChains('c.lead_unit_id', scope.leadUnitIds));
  if (scope.leaderUserIds.length) ties.push(onChains('c.leader_user_id', scope.leaderUserIds));
  return ties.length ? eb.or(ties) : sql<boolean>`1 = 0`;
}

/** A tier span that holds on `on` (YYYY-MM-DD). */
function holdsOn(eb: ExpressionBuilder<Database & { t: Database['enterprise_tiers'] }, 't'>, on: string) {
  return eb.and([eb('t.valid_from', '<=', on), eb.or([eb('t.valid_to', 'is', null), eb('t.valid_to', '>', on)])]);
}

function baseQuery(db: Db) {
  return db
    .selectFrom('enterprises as e')
    .innerJoin('organisations as city', 'city.id', 'e.city_id')
    .leftJoin('organisations as zone', 'zone.id', 'e.zone_id')
    .innerJoin('organisations as owner', 'owner.id', 'e.owner_org_id')
    .selectAll('e')
    .select(['city.name as city_name', 'zone.name as zone_name', 'owner.name as owner_name']);
}
type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

/** The later of two YYYY-MM-DD dates (they compare as text). */
const laterDate = (a: string, b: string) => (a > b ? a : b);

function groupBy<T>(rows: T[], key: (row: T) => number): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

/** `on` is the day tiers are read for; `now` the instant staleness is measured from. */
async function hydrate(db: Db, rows: Row[], on: string, now: string): Promise<Enterprise[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => Number(r.id));
  const placements = await db
    .selectFrom('enterprise_chains as ec')
    .innerJoin('chains as c', 'c.id', 'ec.chain_id')
    .select(['ec.enterprise_id', 'ec.chain_id', 'ec.stage', 'c.name'])
    .where('ec.enterprise_id', 'in', ids)
    .orderBy('c.code')
    .execute();
  const tiers = await db
    .selectFrom('enterprise_tiers as t')
    .select(['t.enterprise_id', 't.chain_id', 't.tier'])
    .where('t.enterprise_id', 'in', ids)
    .where((eb) => holdsOn(eb, on))
    .execute();
  const honours = await db
    .selectFrom('enterprise_honours')
    .select(['enterprise_id', 'kind', 'level', 'year'])
    .where('enterprise_id', 'in', ids)
    .where('revoked_on', 'is', null)
    .orderBy('year', 'desc')
    .execute();
  const placesOf = groupBy(placements, (p) => Number(p.enterprise_id));
  const tierOf = new Map(tiers.map((t) => [`${t.enterprise_id}:${t.chain_id}`, t.tier as Tier]));
  const honoursOf = groupBy(honours, (h) => Number(h.enterprise_id));
  const staleBefore = daysAgoIso(STALE_AFTER_DAYS, new Date(now));
  return rows.map((r) => {
    const id = Number(r.id);
    return {
      id,
      creditCode: r.credit_code,
      name: r.name,
      cityId: Number(r.city_id),
      cityName: r.city_name,
      zoneId: r.zone_id === null ? null : Number(r.zone_id),
      zoneName: r.zone_name,
      address: r.address,
      legalRepresentative: r.legal_representative,
      contactPerson: r.contact_person,
      contactPhone: r.contact_phone,
      mainProducts: r.main_products,
      ownerOrgId: Number(r.owner_org_id),
      ownerOrgName: r.owner_name,
      organisationId: r.organisation_id === null ? null : Number(r.organisation_id),
      chains: (placesOf.get(id) ?? []).map((p) => ({
        chainId: Number(p.chain_id),
        chainName: p.name,
        stage: p.stage as ChainStage | null,
        tier: tierOf.get(`${id}:${p.chain_id}`) ?? 'member',
      })),
      honours: (honoursOf.get(id) ?? []).map((h) => ({ kind: h.kind as HonourKind, level: h.level as HonourLevel, year: Number(h.year) })),
      lastConfirmedAt: r.last_confirmed_at,
      stale: r.last_confirmed_at < staleBefore,
      demo: Boolean(r.demo),
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    };
  });
}

/** Hydrates in slices that stay under the database's bound-parameter limit. */
async function hydrateAll(db: Db, rows: Row[], on: string, now: string): Promise<Enterprise[]> {
  const out: Enterprise[] = [];
  for (const part of chunk(rows, 500)) out.push(...(await hydrate(db, part, on, now)));
  return out;
}

const SORT_COLUMNS = {
  name: 'e.name',
  creditCode: 'e.credit_code',
  updatedAt: 'e.updated_at',
  lastConfirmedAt: 'e.last_confirmed_at',
} as const;

export const enterprisesRepository = {
  filtered(
    db: Db,
    kind: DatabaseKind,
    scope: EnterpriseScope,
    q: Omit<EnterpriseQuery, 'page' | 'pageSize' | 'sort' | 'order'>,
    on: string,
    now: string,
  ) {
    let query = baseQuery(db).where((eb) => inEnterpriseScope(eb as unknown as Eb, scope));
    if (q.cityId) query = query.where('e.city_id', '=', q.cityId);
    if (q.zoneId) query = query.where('e.zone_id', '=', q.zoneId);
    if (q.chainId) {
      const chainId = q.chainId;
      query = query.where((eb) =>
        eb.exists(
          eb
            .selectFrom('enterprise_chains as ec')
            .select('ec.chain_id')
            .whereRef('ec.enterprise_id', '=', 'e.id')
            .where('ec.chain_id', '=', chainId),
        ),
      );
    }
    if (q.tier) {
      const { tier, chainId } = q;
      query = query.where((eb) =>
        eb.exists(
          eb
            .selectFrom('enterprise_tiers as t')
            .select('t.id')
            .whereRef('t.enterprise_id', '=', 'e.id')
            .where('t.tier', '=', tier)
            .where((w) => holdsOn(w as never, on))
            .$if(chainId !== undefined, (s) => s.where('t.chain_id', '=', chainId as number)),
        ),
      );
    }
    if (q.honour) {
      const honour = q.honour;
      query = query.where((eb) =>
        eb.exists(
          eb
            .selectFrom('enterprise_honours as h')
            .select('h.id')
            .whereRef('h.enterprise_id', '=', 'e.id')
            .where('h.kind', '=', honour)
            .where('h.revoked_on', 'is', null),
        ),
      );
    }
    if (q.stale !== undefined)
      query = query.where('e.last_confirmed_at', q.stale ? '<' : '>=', daysAgoIso(STALE_AFTER_DAYS, new Date(now)));
    if (q.q) {
      const needle = q.q;
      query = query.where((eb) => eb.or([containsInsensitive(kind, 'e.name', needle), containsInsensitive(kind, 'e.credit_code', needle)]));
    }
    return query;
  },

  async page(db: Db, kind: DatabaseKind, scope: EnterpriseScope, q: EnterpriseQuery, on: string, now: string) {
    const query = this.filtered(db, kind, scope, q, on, now);
    const total = await countRows(query);
    const rows = await query
      .orderBy(SORT_COLUMNS[q.sort], q.order)
      .orderBy('e.id')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute();
    return { items: await hydrate(db, rows, on, now), total };
  },

  /** Every matching row, for export; hydrated a page at a time. */
  async all(db: Db, kind: DatabaseKind, scope: EnterpriseScope, q: EnterpriseQuery, on: string, now: string): Promise<Enterprise[]> {
    const rows = await this.filtered(db, kind, scope, q, on, now).orderBy(SORT_COLUMNS[q.sort], q.order).orderBy('e.id').execute();
    return hydrateAll(db, rows, on, now);
  },

  async findInScope(db: Db, scope: EnterpriseScope, id: number, on: string, now: string): Promise<Enterprise | null> {
    const row = await baseQuery(db)
      .where('e.id', '=', id)
      .where((eb) => inEnterpriseScope(eb as unknown as Eb, scope))
      .executeTakeFirst();
    return row ? (await hydrate(db, [row], on, now))[0] : null;
  },

  async findByCreditCodes(db: Db, codes: string[]): Promise<{ id: number; credit_code: string; name: string }[]> {
    const out = [];
    for (const part of chunk(codes)) {
      out.push(...(await db.selectFrom('enterprises').select(['id', 'credit_code', 'name']).where('credit_code', 'in', part).execute()));
    }
    return out.map((r) => ({ ...r, id: Number(r.id) }));
  },

  async insert(db: Db, values: Insertable<EnterprisesTable>): Promise<number> {
    const row = await db.insertInto('enterprises').values(values).returning('id').executeTakeFirstOrThrow();
    return Number(row.id);
  },

  /** Bulk insert in slices that stay under both databases' bound-parameter limits. */
  async insertMany(db: Db, rows: Insertable<EnterprisesTable>[]): Promise<{ id: number; credit_code: string }[]> {
    const out: { id: number; credit_code: string }[] = [];
    for (const part of chunk(rows, 1500)) {
      const ids = await db.insertInto('enterprises').values(part).returning(['id', 'credit_code']).execute();
      out.push(...ids.map((r) => ({ id: Number(r.id), credit_code: r.credit_code })));
    }
    return out;
  },

  /** New places on chains, each opening a 链上企业 span from `on`. */
  async insertPlacements(db: Db, places: { enterpriseId: number; chainId: number; stage: ChainStage | null }[], on: string, now: string) {
    for (const part of chunk(places, 3000)) {
      await db
        .insertInto('enterprise_chains')
        .values(part.map((p) => ({ enterprise_id: p.enterpriseId, chain_id: p.chainId, stage: p.stage })))
        .execute();
      await db
        .insertInto('enterprise_tiers')
        .values(
          part.map((p) => ({
            enterprise_id: p.enterpriseId,
            chain_id: p.chainId,
            tier: 'member',
            valid_from: on,
            valid_to: null,
            round_id: null,
            created_at: now,
          })),
        )
        .execute();
    }
  },

  async update(db: Db, id: number, values: Updateable<EnterprisesTable>): Promise<void> {
    await db.updateTable('enterprises').set(values).where('id', '=', id).execute();
  },

  /**
   * Places the enterprise on exactly these chains. A new place opens a 链上企业 span from `on`; a
   * place given up closes its open spans on `on`. History is never rewritten.
   */
  async setPlacements(db: Db, enterpriseId: number, places: { chainId: number; stage: ChainStage | null }[], on: string, now: string) {
    const current = await db
      .selectFrom('enterprise_chains')
      .select(['chain_id', 'stage'])
      .where('enterprise_id', '=', enterpriseId)
      .execute();
    const currentIds = new Set(current.map((c) => Number(c.chain_id)));
    const wanted = new Map(places.map((p) => [p.chainId, p.stage]));
    for (const c of current) {
      const id = Number(c.chain_id);
      if (!wanted.has(id)) {
        await db.deleteFrom('enterprise_chains').where('enterprise_id', '=', enterpriseId).where('chain_id', '=', id).execute();
        // leaving the chain ends its place on the chain's map too
        await db
          .updateTable('enterprise_segment_history')
          .set({ valid_to: on })
          .where('enterprise_id', '=', enterpriseId)
          .where('chain_id', '=', id)
          .where('valid_to', 'is', null)
          .execute();
        await db
          .updateTable('enterprise_tiers')
          .set({ valid_to: on })
          .where('enterprise_id', '=', enterpriseId)
          .where('chain_id', '=', id)
          .where('valid_to', 'is', null)
          .execute();
      } else if (wanted.get(id) !== c.stage) {
        await db
          .updateTable('enterprise_chains')
          .set({ stage: wanted.get(id) ?? null })
          .where('enterprise_id', '=', enterpriseId)
          .where('chain_id', '=', id)
          .execute();
      }
    }
    for (const [chainId, stage] of wanted) {
      if (currentIds.has(chainId)) continue;
      await db.insertInto('enterprise_chains').values({ enterprise_id: enterpriseId, chain_id: chainId, stage }).execute();
      await db
        .insertInto('enterprise_tiers')
        .values({
          enterprise_id: enterpriseId,
          chain_id: chainId,
          tier: 'member',
          valid_from: on,
          valid_to: null,
          round_id: null,
          created_at: now,
        })
        .execute();
    }
  },

  async isPlaced(db: Db, enterpriseId: number, chainId: number): Promise<boolean> {
    return !!(await db
      .selectFrom('enterprise_chains')
      .select('chain_id')
      .where('enterprise_id', '=', enterpriseId)
      .where('chain_id', '=', chainId)
      .executeTakeFirst());
  },

  /** The start of the open span in which the enterprise holds `tier` on the chain, or null. */
  async openSpanStart(db: Db, enterpriseId: number, chainId: number, tier: Tier): Promise<string | null> {
    const row = await db
      .selectFrom('enterprise_tiers')
      .select('valid_from')
      .where('enterprise_id', '=', enterpriseId)
      .where('chain_id', '=', chainId)
      .where('tier', '=', tier)
      .where('valid_to', 'is', null)
      .executeTakeFirst();
    return row?.valid_from ?? null;
  },

  async tierHistory(db: Db, enterpriseId: number): Promise<TierSpan[]> {
    const rows = await db
      .selectFrom('enterprise_tiers as t')
      .innerJoin('chains as c', 'c.id', 't.chain_id')
      .select(['t.id', 't.chain_id', 'c.name', 't.tier', 't.valid_from', 't.valid_to', 't.round_id'])
      .where('t.enterprise_id', '=', enterpriseId)
      .orderBy('c.code')
      .orderBy('t.valid_from')
      .orderBy('t.id')
      .execute();
    return rows.map((r) => ({
      id: Number(r.id),
      chainId: Number(r.chain_id),
      chainName: r.name,
      tier: r.tier as Tier,
      validFrom: r.valid_from,
      validTo: r.valid_to,
      roundId: r.round_id === null ? null : Number(r.round_id),
    }));
  },

  /**
   * From `from` on the enterprise holds `tier` on the chain: spans that hold then are cut at `from`,
   * spans that would start later are cut to nothing by ending them where they begin.
   */
  async changeTier(db: Db, e: { enterpriseId: number; chainId: number; tier: Tier; from: string; roundId: number | null; now: string }) {
    const open = await db
      .selectFrom('enterprise_tiers')
      .selectAll()
      .where('enterprise_id', '=', e.enterpriseId)
      .where('chain_id', '=', e.chainId)
      .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', e.from)]))
      .execute();
    for (const span of open) {
      await db
        .updateTable('enterprise_tiers')
        .set({ valid_to: laterDate(span.valid_from, e.from) })
        .where('id', '=', span.id)
        .execute();
    }
    await db
      .insertInto('enterprise_tiers')
      .values({
        enterprise_id: e.enterpriseId,
        chain_id: e.chainId,
        tier: e.tier,
        valid_from: e.from,
        valid_to: null,
        round_id: e.roundId,
        created_at: e.now,
      })
      .execute();
  },

  async holders(db: Db, chainId: number, on: string, tier?: Tier) {
    const rows = await db
      .selectFrom('enterprise_tiers as t')
      .innerJoin('enterprises as e', 'e.id', 't.enterprise_id')
      .select(['e.id', 'e.name', 'e.credit_code', 't.tier', 't.valid_from'])
      .where('t.chain_id', '=', chainId)
      .where((eb) => holdsOn(eb as never, on))
      .$if(tier !== undefined, (q) => q.where('t.tier', '=', tier as Tier))
      .orderBy('t.tier')
      .orderBy('e.name')
      .execute();
    return rows.map((r) => ({
      enterpriseId: Number(r.id),
      name: r.name,
      creditCode: r.credit_code,
      tier: r.tier as Tier,
      validFrom: r.valid_from,
    }));
  },
};
