import type { OwedBy } from '@chainboard/contracts';
import type { Insertable, Selectable } from 'kysely';
import type { Db, PlanDocumentRequirementsTable, PlanningDocumentsTable } from '../../db/database.js';

/** One unit's debt of one document: the office's once, the others' once per chain. */
export type Owed = {
  requirementId: number;
  organisationId: number | null;
  enterpriseId: number | null;
  /** The organisation that acts for the owner: the unit itself, or the enterprise's own account. */
  actingOrgId: number | null;
  ownerName: string;
  chainId: number | null;
  chainName: string | null;
  leadUnitId: number | null;
  leaderUserId: number | null;
};

type Requirement = Selectable<PlanDocumentRequirementsTable>;

const keyOf = (o: { requirementId: number; organisationId: number | null; enterpriseId: number | null; chainId: number | null }) =>
  `${o.requirementId}:${o.organisationId ?? ''}:${o.enterpriseId ?? ''}:${o.chainId ?? ''}`;

export const planningDocumentsRepository = {
  keyOf,

  async requirements(db: Db, year: number) {
    return db
      .selectFrom('plan_document_requirements as r')
      .innerJoin('plans as p', 'p.id', 'r.plan_id')
      .selectAll('r')
      .where('p.year', '=', year)
      .orderBy('r.seq')
      .execute();
  },

  async requirement(db: Db, id: number) {
    return db
      .selectFrom('plan_document_requirements as r')
      .innerJoin('plans as p', 'p.id', 'r.plan_id')
      .selectAll('r')
      .select('p.year')
      .where('r.id', '=', id)
      .executeTakeFirst();
  },

  /** Who owes each requirement of the year, from the chains, their hosts and their chain masters. */
  async owed(db: Db, year: number, requirements: Requirement[]): Promise<(Owed & { requirement: Requirement })[]> {
    const chains = (
      await db
        .selectFrom('chains')
        .select(['id', 'name', 'lead_unit_id', 'leader_user_id'])
        .where('status', '=', 'key')
        .orderBy('code')
        .execute()
    ).map((c) => ({
      id: Number(c.id),
      name: c.name,
      leadUnitId: c.lead_unit_id === null ? null : Number(c.lead_unit_id),
      leaderUserId: c.leader_user_id === null ? null : Number(c.leader_user_id),
    }));
    const chainOf = new Map(chains.map((c) => [c.id, c]));
    const out: (Owed & { requirement: Requirement })[] = [];
    const owners = new Set(requirements.map((r) => r.owed_by as OwedBy));

    const orgNames = new Map((await db.selectFrom('organisations').select(['id', 'name', 'type']).execute()).map((o) => [Number(o.id), o]));
    const office = [...orgNames.values()].find((o) => o.type === 'office');

    // a city owes a plan for every chain hosted in it or in one of its zones, or with a decided host zone there
    const hosted = owners.has('city')
      ? await db
          .selectFrom('chain_hosts as h')
          .innerJoin('organisations as o', 'o.id', 'h.organisation_id')
          .select(['h.chain_id', 'o.id', 'o.type', 'o.parent_id'])
          .union(
            db
              .selectFrom('host_zone_proposals as hz')
              .innerJoin('organisations as o', 'o.id', 'hz.zone_id')
              .select(['hz.chain_id', 'o.id', 'o.type', 'o.parent_id'])
              .where('hz.state', '=', 'accepted'),
          )
          .execute()
      : [];
    const cityChains = new Set<string>();
    for (const h of hosted) {
      const cityId = h.type === 'city' ? Number(h.id) : h.parent_id === null ? null : Number(h.parent_id);
      if (cityId !== null && chainOf.has(Number(h.chain_id))) cityChains.add(`${cityId}:${Number(h.chain_id)}`);
    }

    // a chain master owes its documents for every chain it led during the year
    const masters = owners.has('chainMaster')
      ? await db
          .selectFrom('enterprise_tiers as t')
          .innerJoin('enterprises as e', 'e.id', 't.enterprise_id')
          .select(['t.chain_id', 'e.id', 'e.name', 'e.organisation_id'])
          .distinct()
          .where('t.tier', '=', 'master')
          .where('t.valid_from', '<=', `${year}-12-31`)
          .where((eb) => eb.or([eb('t.valid_to', 'is', null), eb('t.valid_to', '>', `${year}-01-01`)]))
          .orderBy('e.id')
          .execute()
      : [];

    for (const r of requirements) {
      const base = {
        requirement: r,
        requirementId: Number(r.id),
        enterpriseId: null,
        chainId: null,
        chainName: null,
        leadUnitId: null,
        leaderUserId: null,
      };
      if (r.owed_by === 'office' && office) {
        out.push({ ...base, organisationId: Number(office.id), actingOrgId: Number(office.id), ownerName: office.name });
      }
      if (r.owed_by === 'leadUnit') {
        for (const c of chains) {
          if (c.leadUnitId === null) continue;
          const name = orgNames.get(c.leadUnitId)?.name ?? '';
          out.push({
            ...base,
            organisationId: c.leadUnitId,
            actingOrgId: c.leadUnitId,
            ownerName: name,
            chainId: c.id,
            chainName: c.name,
            leadUnitId: c.leadUnitId,
            leaderUserId: c.leaderUserId,
          });
        }
      }
      if (r.owed_by === 'city') {
        for (const key of [...cityChains].sort()) {
          const [cityId, chainId] = key.split(':').map(Number);
          const c = chainOf.get(chainId);
          if (!c) continue;
          const name = orgNames.get(cityId)?.name ?? '';
          out.push({
            ...base,
            organisationId: cityId,
            actingOrgId: cityId,
            ownerName: name,
            chainId,
            chainName: c.name,
            leadUnitId: c.leadUnitId,
            leaderUserId: c.leaderUserId,
          });
        }
      }
      if (r.owed_by === 'chainMaster') {
        for (const m of masters) {
          const c = chainOf.get(Number(m.chain_id));
          if (!c) continue;
          out.push({
            ...base,
            organisationId: null,
            enterpriseId: Number(m.id),
            actingOrgId: m.organisation_id === null ? null : Number(m.organisation_id),
            ownerName: m.name,
            chainId: c.id,
            chainName: c.name,
            leadUnitId: c.leadUnitId,
            leaderUserId: c.leaderUserId,
          });
        }
      }
    }
    return out;
  },

  /** The documents given for the year's requirements, with how many files each holds. */
  async given(db: Db, requirementIds: number[]) {
    if (!requirementIds.length) return [];
    return db
      .selectFrom('planning_documents as d')
      .select([
        'd.id',
        'd.requirement_id',
        'd.organisation_id',
        'd.enterprise_id',
        'd.chain_id',
        'd.title',
        'd.issued_on',
        'd.note',
        'd.submitted_at',
        (eb) =>
          eb
            .selectFrom('documents as f')
            .select((f) => f.fn.countAll<number>().as('n'))
            .where('f.owner_type', '=', 'planningDocument')
            .whereRef('f.owner_id', '=', 'd.id')
            .as('files'),
      ])
      .where('d.requirement_id', 'in', requirementIds)
      .execute();
  },

  /** A chain master's alliance documents of each kind uploaded in the year: the plan, task book and task table it keeps there. */
  async allianceDocuments(db: Db, year: number) {
    return db
      .selectFrom('documents as f')
      .innerJoin('alliances as a', 'a.id', 'f.owner_id')
      .select(['a.leader_enterprise_id', 'a.chain_id', 'f.kind', (eb) => eb.fn.countAll<number>().as('n')])
      .where('f.owner_type', '=', 'alliance')
      .where('f.uploaded_at', '>=', `${year}-01-01`)
      .where('f.uploaded_at', '<', `${year + 1}-01-01`)
      .groupBy(['a.leader_enterprise_id', 'a.chain_id', 'f.kind'])
      .execute();
  },

  async find(db: Db, o: { requirementId: number; organisationId: number | null; enterpriseId: number | null; chainId: number | null }) {
    return db
      .selectFrom('planning_documents')
      .selectAll()
      .where('requirement_id', '=', o.requirementId)
      .where((eb) => (o.organisationId === null ? eb('organisation_id', 'is', null) : eb('organisation_id', '=', o.organisationId)))
      .where((eb) => (o.enterpriseId === null ? eb('enterprise_id', 'is', null) : eb('enterprise_id', '=', o.enterpriseId)))
      .where((eb) => (o.chainId === null ? eb('chain_id', 'is', null) : eb('chain_id', '=', o.chainId)))
      .executeTakeFirst();
  },

  async byId(db: Db, id: number) {
    return db.selectFrom('planning_documents').selectAll().where('id', '=', id).executeTakeFirst();
  },

  async insert(db: Db, values: Insertable<PlanningDocumentsTable>): Promise<number> {
    const { id } = await db.insertInto('planning_documents').values(values).returning('id').executeTakeFirstOrThrow();
    return Number(id);
  },

  async update(db: Db, id: number, values: { title: string; issued_on: string; note: string | null; updated_at: string }) {
    await db.updateTable('planning_documents').set(values).where('id', '=', id).execute();
  },
};
