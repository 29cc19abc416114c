import type { Grant, Policy, PolicySupport } from '@chainboard/contracts';
import { type ExpressionBuilder, sql } from 'kysely';
import type { ChainsTable, Database, DatabaseKind, Db } from '../../db/database.js';
import { containsInsensitive } from '../../db/dialect.js';
import { countRows } from '../../db/paging.js';
import { inChainScope } from '../chains/chains.repository.js';
import type { FundRecordsScope } from '../funds/funds.repository.js';

export type PolicyScope = FundRecordsScope;
type ChainEb = ExpressionBuilder<Database & { c: ChainsTable }, 'c'>;

function policyQuery(db: Db) {
  return db
    .selectFrom('policies as pol')
    .leftJoin('organisations as io', 'io.id', 'pol.issuer_org_id')
    .selectAll('pol')
    .select('io.name as issuer_org_name');
}
type PolicyRow = Awaited<ReturnType<ReturnType<typeof policyQuery>['executeTakeFirstOrThrow']>>;

/** A policy is seen when it applies to every chain, to a chain in scope, or supported the caller itself. */
// biome-ignore lint/suspicious/noExplicitAny: a condition on alias `pol`, shared by queries of different shapes
function inPolicyScope(eb: any, scope: PolicyScope) {
  if (scope.chains.all) return sql<boolean>`1 = 1`;
  const ties = [
    eb.not(eb.exists(eb.selectFrom('policy_chains as pc0').select('pc0.policy_id').whereRef('pc0.policy_id', '=', 'pol.id'))),
    eb.exists(
      eb
        .selectFrom('policy_chains as pc')
        .innerJoin('chains as c', 'c.id', 'pc.chain_id')
        .select('pc.policy_id')
        .whereRef('pc.policy_id', '=', 'pol.id')
        .where((w: ChainEb) => inChainScope(w, scope.chains)),
    ),
  ];
  if (scope.selfOrgIds.length)
    ties.push(
      eb.exists(
        eb
          .selectFrom('policy_grants as g')
          .leftJoin('enterprises as ge', 'ge.id', 'g.enterprise_id')
          .leftJoin('projects as gp', 'gp.id', 'g.project_id')
          .leftJoin('enterprises as gpe', 'gpe.id', 'gp.enterprise_id')
          .select('g.id')
          .whereRef('g.policy_id', '=', 'pol.id')
          // biome-ignore lint/suspicious/noExplicitAny: see above
          .where((w: any) => w.or([w('ge.organisation_id', 'in', scope.selfOrgIds), w('gpe.organisation_id', 'in', scope.selfOrgIds)])),
      ),
    );
  return eb.or(ties);
}

export type PolicyFilters = { chainId?: number; support?: PolicySupport; year?: number; incentiveScheme?: boolean; q?: string };

function grantQuery(db: Db) {
  return db
    .selectFrom('policy_grants as g')
    .innerJoin('policies as pol', 'pol.id', 'g.policy_id')
    .leftJoin('enterprises as e', 'e.id', 'g.enterprise_id')
    .leftJoin('projects as p', 'p.id', 'g.project_id')
    .leftJoin('enterprises as pe', 'pe.id', 'p.enterprise_id')
    .selectAll('g')
    .select(['pol.title as policy_title', 'e.name as enterprise_name', 'p.name as project_name']);
}

export const policiesRepository = {
  filtered(db: Db, kind: DatabaseKind, scope: PolicyScope, q: PolicyFilters) {
    let query = policyQuery(db).where((eb) => inPolicyScope(eb, scope));
    if (q.chainId) {
      const chainId = q.chainId;
      query = query.where((eb) =>
        eb.exists(
          eb
            .selectFrom('policy_chains as fc')
            .select('fc.policy_id')
            .whereRef('fc.policy_id', '=', 'pol.id')
            .where('fc.chain_id', '=', chainId),
        ),
      );
    }
    if (q.support) query = query.where('pol.supports', 'like', `%"${q.support}"%`);
    if (q.year) query = query.where('pol.issued_on', 'like', `${q.year}-%`);
    if (q.incentiveScheme !== undefined) query = query.where('pol.incentive_scheme', '=', q.incentiveScheme);
    if (q.q) {
      const needle = q.q;
      query = query.where((eb) =>
        eb.or([containsInsensitive(kind, 'pol.title', needle), containsInsensitive(kind, 'pol.issuer_name', needle)]),
      );
    }
    return query;
  },

  async page(db: Db, kind: DatabaseKind, scope: PolicyScope, q: PolicyFilters & { page: number; pageSize: number }) {
    const query = policiesRepository.filtered(db, kind, scope, q);
    const total = await countRows(query);
    const rows = await query
      .orderBy('pol.issued_on', 'desc')
      .orderBy('pol.id', 'desc')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute();
    return { items: await policiesRepository.hydrate(db, scope, rows), total };
  },

  async all(db: Db, kind: DatabaseKind, scope: PolicyScope, q: PolicyFilters) {
    const rows = await policiesRepository.filtered(db, kind, scope, q).orderBy('pol.issued_on', 'desc').orderBy('pol.id', 'desc').execute();
    return policiesRepository.hydrate(db, scope, rows);
  },

  async find(db: Db, scope: PolicyScope, id: number): Promise<Policy | null> {
    const rows = await policyQuery(db)
      .where('pol.id', '=', id)
      .where((eb) => inPolicyScope(eb, scope))
      .execute();
    return (await policiesRepository.hydrate(db, scope, rows))[0] ?? null;
  },

  /** The lead units of the chains a policy applies to (empty: every chain). */
  async chainLeadUnits(db: Db, chainIds: number[]): Promise<(number | null)[]> {
    if (!chainIds.length) return [];
    const rows = await db.selectFrom('chains').select(['id', 'lead_unit_id']).where('id', 'in', chainIds).execute();
    return rows.map((r) => (r.lead_unit_id === null ? null : Number(r.lead_unit_id)));
  },

  async hydrate(db: Db, scope: PolicyScope, rows: PolicyRow[]): Promise<Policy[]> {
    if (!rows.length) return [];
    const ids = rows.map((r) => Number(r.id));
    const chains = await db
      .selectFrom('policy_chains as pc')
      .innerJoin('chains as c', 'c.id', 'pc.chain_id')
      .select(['pc.policy_id', 'c.id', 'c.name'])
      .where('pc.policy_id', 'in', ids)
      .orderBy('c.id')
      .execute();
    let sums = grantQuery(db)
      .clearSelect()
      .select((eb) => ['g.policy_id', eb.fn.countAll<number>().as('n'), eb.fn.sum<number>('g.amount').as('amount')])
      .where('g.policy_id', 'in', ids)
      .groupBy('g.policy_id');
    if (scope.selfOrgIds.length) sums = sums.where((eb) => ownGrant(eb, scope.selfOrgIds));
    const totals = await sums.execute();
    return rows.map((r) => {
      const id = Number(r.id);
      const sum = totals.find((s) => Number(s.policy_id) === id);
      return {
        id,
        title: r.title,
        issuerOrgId: r.issuer_org_id === null ? null : Number(r.issuer_org_id),
        issuerName: r.issuer_name,
        documentNumber: r.document_number,
        issuedOn: r.issued_on,
        chains: chains.filter((c) => Number(c.policy_id) === id).map((c) => ({ id: Number(c.id), name: c.name })),
        supports: JSON.parse(r.supports) as PolicySupport[],
        incentiveScheme: Boolean(r.incentive_scheme),
        schemeYear: r.scheme_year === null ? null : Number(r.scheme_year),
        summary: r.summary,
        grantCount: Number(sum?.n ?? 0),
        grantAmount: Number(sum?.amount ?? 0),
        demo: Boolean(r.demo),
        createdAt: r.created_at,
        updatedAt: r.updated_at,
      };
    });
  },

  async insert(
    db: Db,
    p: {
      title: string;
      issuerOrgId: number | null;
      issuerName: string;
      documentNumber: string | null;
      issuedOn: string;
      supports: string[];
      incentiveScheme: boolean;
      schemeYear: number | null;
      summary: string | null;
      chainIds: number[];
      demo?: boolean;
      at: string;
    },
  ) {
    const { id } = await db
      .insertInto('policies')
      .values({
        title: p.title,
        issuer_org_id: p.issuerOrgId,
        issuer_name: p.issuerName,
        document_number: p.documentNumber,
        issued_on: p.issuedOn,
        supports: JSON.stringify(p.supports),
        incentive_scheme: p.incentiveScheme,
        scheme_year: p.schemeYear,
        summary: p.summary,
        demo: p.demo ?? false,
        created_at: p.at,
        updated_at: p.at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await policiesRepository.setChains(db, Number(id), p.chainIds);
    return Number(id);
  },

  async update(
    db: Db,
    id: number,
    values: Partial<{
      title: string;
      issuer_org_id: number | null;
      issuer_name: string;
      document_number: string | null;
      issued_on: string;
      supports: string;
      incentive_scheme: boolean;
      scheme_year: number | null;
      summary: string | null;
    }>,
    at: string,
  ) {
    await db
      .updateTable('policies')
      .set({ ...values, updated_at: at })
      .where('id', '=', id)
      .execute();
  },

  async setChains(db: Db, policyId: number, chainIds: number[]) {
    await db.deleteFrom('policy_chains').where('policy_id', '=', policyId).execute();
    const unique = [...new Set(chainIds)];
    if (unique.length)
      await db
        .insertInto('policy_chains')
        .values(unique.map((chain_id) => ({ policy_id: policyId, chain_id })))
        .execute();
  },

  /** Support granted under the policies; an enterprise sees only its own. */
  async grants(db: Db, scope: PolicyScope, filter: { policyIds: number[] }): Promise<Grant[]> {
    let query = grantQuery(db).where('g.policy_id', 'in', filter.policyIds.length ? filter.policyIds : [0]);
    if (scope.selfOrgIds.length) query = query.where((eb) => ownGrant(eb, scope.selfOrgIds));
    const rows = await query.orderBy('g.granted_on').orderBy('g.id').execute();
    return rows.map((r) => ({
      id: Number(r.id),
      policyId: Number(r.policy_id),
      policyTitle: r.policy_title,
      enterpriseId: r.enterprise_id === null ? null : Number(r.enterprise_id),
      enterpriseName: r.enterprise_name,
      projectId: r.project_id === null ? null : Number(r.project_id),
      projectName: r.project_name,
      amount: Number(r.amount),
      grantedOn: r.granted_on,
      note: r.note,
      demo: Boolean(r.demo),
    }));
  },

  async insertGrant(
    db: Db,
    g: {
      policyId: number;
      enterpriseId: number | null;
      projectId: number | null;
      amount: number;
      grantedOn: string;
      note: string | null;
      demo?: boolean;
      at: string;
    },
  ) {
    const { id } = await db
      .insertInto('policy_grants')
      .values({
        policy_id: g.policyId,
        enterprise_id: g.enterpriseId,
        project_id: g.projectId,
        amount: g.amount,
        granted_on: g.grantedOn,
        note: g.note,
        demo: g.demo ?? false,
        created_at: g.at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return Number(id);
  },

  /** Each enterprise's revenue and investment per year (quarters summed), with how many quarters were reported. */
  async yearFigures(db: Db, enterpriseIds: number[]) {
    if (!enterpriseIds.length) return [];
    const rows = await db
      .selectFrom('enterprise_figures')
      .select(['enterprise_id', 'period', 'revenue', 'investment'])
      .where('enterprise_id', 'in', enterpriseIds)
      .where('period', 'like', '____Q_')
      .execute();
    const byKey = new Map<string, { enterpriseId: number; year: number; revenue: number; investment: number; quarters: number }>();
    for (const r of rows) {
      const year = Number(r.period.slice(0, 4));
      const key = `${r.enterprise_id}:${year}`;
      const acc = byKey.get(key) ?? { enterpriseId: Number(r.enterprise_id), year, revenue: 0, investment: 0, quarters: 0 };
      acc.revenue += Number(r.revenue);
      acc.investment += Number(r.investment);
      acc.quarters += 1;
      byKey.set(key, acc);
    }
    return [...byKey.values()];
  },

  async projectInvestments(db: Db, projectIds: number[]) {
    if (!projectIds.length) return [];
    return (
      await db
        .selectFrom('projects')
        .select(['id', 'name', 'total_investment', 'completed_investment'])
        .where('id', 'in', projectIds)
        .execute()
    ).map((p) => ({ id: Number(p.id), name: p.name, total: Number(p.total_investment), completed: Number(p.completed_investment) }));
  },
};

// biome-ignore lint/suspicious/noExplicitAny: a condition on the grant query's aliases `e` and `pe`
function ownGrant(eb: any, selfOrgIds: number[]) {
  return eb.or([eb('e.organisation_id', 'in', selfOrgIds), eb('pe.organisation_id', 'in', selfOrgIds)]);
}
