import type { Db } from '../../db/database.js';

export type TargetRow = Awaited<ReturnType<typeof targetsRepository.ofYear>>[number];
type Key = { year: number; organisationId: number; chainId: number | null; enterpriseId: number | null };

export const targetsRepository = {
  /** Every target of the year: cities', zones', their per-chain ones and chain masters' own. */
  async ofYear(db: Db, year: number) {
    const rows = await db
      .selectFrom('attraction_targets as t')
      .innerJoin('organisations as o', 'o.id', 't.organisation_id')
      .leftJoin('chains as c', 'c.id', 't.chain_id')
      .leftJoin('enterprises as e', 'e.id', 't.enterprise_id')
      .select([
        't.id',
        't.year',
        't.organisation_id',
        'o.name',
        'o.type',
        'o.parent_id',
        't.chain_id',
        'c.name as chain_name',
        't.enterprise_id',
        'e.name as enterprise_name',
        'e.organisation_id as enterprise_org_id',
        't.landed_target',
        't.note',
      ])
      .where('t.year', '=', year)
      .orderBy('o.id')
      .orderBy('t.id')
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
      enterpriseId: r.enterprise_id === null ? null : Number(r.enterprise_id),
      enterpriseName: r.enterprise_name,
      enterpriseOrgId: r.enterprise_org_id === null ? null : Number(r.enterprise_org_id),
      landedTarget: Number(r.landed_target),
      note: r.note,
    }));
  },

  async find(db: Db, k: Key) {
    return db
      .selectFrom('attraction_targets')
      .select('id')
      .where('year', '=', k.year)
      .where('organisation_id', '=', k.organisationId)
      .where((eb) => (k.chainId === null ? eb('chain_id', 'is', null) : eb('chain_id', '=', k.chainId)))
      .where((eb) => (k.enterpriseId === null ? eb('enterprise_id', 'is', null) : eb('enterprise_id', '=', k.enterpriseId)))
      .executeTakeFirst();
  },

  async save(
    db: Db,
    k: Key,
    values: { landed_target: number; note: string | null; updated_at: string },
  ): Promise<{ id: number; created: boolean }> {
    const existing = await targetsRepository.find(db, k);
    if (existing) {
      await db.updateTable('attraction_targets').set(values).where('id', '=', existing.id).execute();
      return { id: Number(existing.id), created: false };
    }
    const { id } = await db
      .insertInto('attraction_targets')
      .values({ year: k.year, organisation_id: k.organisationId, chain_id: k.chainId, enterprise_id: k.enterpriseId, ...values })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { id: Number(id), created: true };
  },

  /** Whether the enterprise is a 链主 of the chain on `on`, and where it sits. */
  async chainMaster(db: Db, enterpriseId: number, chainId: number, on: string) {
    return db
      .selectFrom('enterprises as e')
      .innerJoin('enterprise_tiers as t', 't.enterprise_id', 'e.id')
      .select(['e.id', 'e.name', 'e.city_id', 'e.organisation_id'])
      .where('e.id', '=', enterpriseId)
      .where('t.chain_id', '=', chainId)
      .where('t.tier', '=', 'master')
      .where('t.valid_from', '<=', on)
      .where((eb) => eb.or([eb('t.valid_to', 'is', null), eb('t.valid_to', '>', on)]))
      .executeTakeFirst();
  },
};
