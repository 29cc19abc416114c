import type { Cooperation, Fund, FundLevel, Investment, InvestmentStage } from '@chainboard/contracts';
import { type ExpressionBuilder, sql } from 'kysely';
import type { ChainsTable, Database, DatabaseKind, Db } from '../../db/database.js';
import { containsInsensitive } from '../../db/dialect.js';
import { countRows } from '../../db/paging.js';
import type { ChainScope } from '../../policy/policy.js';
import { inChainScope } from '../chains/chains.repository.js';

/** Whose investments and cooperation a caller sees: chains in business scope, and enterprises that are the caller. */
export type FundRecordsScope = { chains: ChainScope; selfOrgIds: number[] };

type ChainEb = ExpressionBuilder<Database & { c: ChainsTable }, 'c'>;

/** Rows on alias `c` (their chain), `e` (their enterprise) and optionally `p` (their project). */
// biome-ignore lint/suspicious/noExplicitAny: the condition is shared by queries of different shapes
function inRecordsScope(eb: any, scope: FundRecordsScope, withProject: boolean) {
  if (scope.chains.all) return sql<boolean>`1 = 1`;
  const ties = [inChainScope(eb as ChainEb, scope.chains)];
  if (scope.selfOrgIds.length) {
    ties.push(eb('e.organisation_id', 'in', scope.selfOrgIds));
    if (withProject)
      ties.push(
        eb('p.enterprise_id', 'in', eb.selectFrom('enterprises as pe').select('pe.id').where('pe.organisation_id', 'in', scope.selfOrgIds)),
      );
  }
  return eb.or(ties);
}

function fundQuery(db: Db) {
  return db
    .selectFrom('funds as f')
    .leftJoin('organisations as k', 'k.id', 'f.keeper_org_id')
    .selectAll('f')
    .select('k.name as keeper_name');
}
type FundRow = Awaited<ReturnType<ReturnType<typeof fundQuery>['executeTakeFirstOrThrow']>>;

function investmentQuery(db: Db) {
  return db
    .selectFrom('fund_investments as fi')
    .innerJoin('funds as f', 'f.id', 'fi.fund_id')
    .innerJoin('chains as c', 'c.id', 'fi.chain_id')
    .leftJoin('enterprises as e', 'e.id', 'fi.enterprise_id')
    .leftJoin('projects as p', 'p.id', 'fi.project_id')
    .selectAll('fi')
    .select(['f.name as fund_name', 'c.name as chain_name', 'e.name as enterprise_name', 'p.name as project_name']);
}

function cooperationQuery(db: Db) {
  return db
    .selectFrom('fund_cooperations as fc')
    .innerJoin('funds as f', 'f.id', 'fc.fund_id')
    .innerJoin('chains as c', 'c.id', 'fc.chain_id')
    .innerJoin('enterprises as e', 'e.id', 'fc.enterprise_id')
    .selectAll('fc')
    .select(['f.name as fund_name', 'c.name as chain_name', 'e.name as enterprise_name']);
}

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

export type FundFilters = { level?: FundLevel; chainId?: number; q?: string };

export const fundsRepository = {
  filtered(db: Db, kind: DatabaseKind, q: FundFilters) {
    let query = fundQuery(db);
    if (q.level) query = query.where('f.level', '=', q.level);
    if (q.chainId) {
      const chainId = q.chainId;
      query = query.where((eb) =>
        eb.exists(
          eb
            .selectFrom('fund_chains as fch')
            .select('fch.fund_id')
            .whereRef('fch.fund_id', '=', 'f.id')
            .where('fch.chain_id', '=', chainId),
        ),
      );
    }
    if (q.q) {
      const needle = q.q;
      query = query.where((eb) => eb.or([containsInsensitive(kind, 'f.name', needle), containsInsensitive(kind, 'f.manager', needle)]));
    }
    return query;
  },

  async page(db: Db, kind: DatabaseKind, scope: FundRecordsScope, q: FundFilters & { page: number; pageSize: number }) {
    const query = fundsRepository.filtered(db, kind, q);
    const total = await countRows(query);
    const rows = await query
      .orderBy('f.size', 'desc')
      .orderBy('f.id')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute();
    return { items: await fundsRepository.hydrate(db, scope, rows), total };
  },

  async all(db: Db, kind: DatabaseKind, scope: FundRecordsScope, q: FundFilters) {
    const rows = await fundsRepository.filtered(db, kind, q).orderBy('f.size', 'desc').orderBy('f.id').execute();
    return fundsRepository.hydrate(db, scope, rows);
  },

  async find(db: Db, scope: FundRecordsScope, id: number): Promise<Fund | null> {
    return (await fundsRepository.hydrate(db, scope, await fundQuery(db).where('f.id', '=', id).execute()))[0] ?? null;
  },

  async hydrate(db: Db, scope: FundRecordsScope, rows: FundRow[]): Promise<Fund[]> {
    if (!rows.length) return [];
    const ids = rows.map((r) => Number(r.id));
    const chains = await db
      .selectFrom('fund_chains as fch')
      .innerJoin('chains as c', 'c.id', 'fch.chain_id')
      .select(['fch.fund_id', 'c.id', 'c.name'])
      .where('fch.fund_id', 'in', ids)
      .orderBy('c.id')
      .execute();
    const sums = await db
      .selectFrom('fund_investments as fi')
      .innerJoin('chains as c', 'c.id', 'fi.chain_id')
      .leftJoin('enterprises as e', 'e.id', 'fi.enterprise_id')
      .leftJoin('projects as p', 'p.id', 'fi.project_id')
      .select((eb) => [
        'fi.fund_id',
        eb.fn.countAll<number>().as('n'),
        eb.fn.sum<number>(eb.case().when('fi.stage', '=', 'invested').then(eb.ref('fi.amount')).else(0).end()).as('invested'),
      ])
      .where('fi.fund_id', 'in', ids)
      .where((eb) => inRecordsScope(eb, scope, true))
      .groupBy('fi.fund_id')
      .execute();
    return rows.map((r) => {
      const id = Number(r.id);
      const sum = sums.find((s) => Number(s.fund_id) === id);
      return {
        id,
        name: r.name,
        manager: r.manager,
        level: r.level as FundLevel,
        size: Number(r.size),
        chains: chains.filter((c) => Number(c.fund_id) === id).map((c) => ({ id: Number(c.id), name: c.name })),
        establishedOn: r.established_on,
        keeperOrgId: num(r.keeper_org_id),
        keeperName: r.keeper_name,
        notes: r.notes,
        investedAmount: Number(sum?.invested ?? 0),
        investmentCount: Number(sum?.n ?? 0),
        demo: Boolean(r.demo),
        createdAt: r.created_at,
        updatedAt: r.updated_at,
      };
    });
  },

  async insert(
    db: Db,
    f: {
      name: string;
      manager: string;
      level: string;
      size: number;
      establishedOn: string | null;
      keeperOrgId: number | null;
      notes: string | null;
      chainIds: number[];
      demo?: boolean;
      at: string;
    },
  ) {
    const { id } = await db
      .insertInto('funds')
      .values({
        name: f.name,
        manager: f.manager,
        level: f.level,
        size: f.size,
        established_on: f.establishedOn,
        keeper_org_id: f.keeperOrgId,
        notes: f.notes,
        demo: f.demo ?? false,
        created_at: f.at,
        updated_at: f.at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await fundsRepository.setChains(db, Number(id), f.chainIds);
    return Number(id);
  },

  async update(
    db: Db,
    id: number,
    values: Partial<{
      name: string;
      manager: string;
      level: string;
      size: number;
      established_on: string | null;
      keeper_org_id: number | null;
      notes: string | null;
    }>,
    at: string,
  ) {
    await db
      .updateTable('funds')
      .set({ ...values, updated_at: at })
      .where('id', '=', id)
      .execute();
  },

  async setChains(db: Db, fundId: number, chainIds: number[]) {
    await db.deleteFrom('fund_chains').where('fund_id', '=', fundId).execute();
    const unique = [...new Set(chainIds)];
    if (unique.length)
      await db
        .insertInto('fund_chains')
        .values(unique.map((chain_id) => ({ fund_id: fundId, chain_id })))
        .execute();
  },

  async cooperations(db: Db, scope: FundRecordsScope, filter: { fundId?: number; fundIds?: number[] }): Promise<Cooperation[]> {
    let query = cooperationQuery(db).where((eb) => inRecordsScope(eb, scope, false));
    if (filter.fundId) query = query.where('fc.fund_id', '=', filter.fundId);
    if (filter.fundIds) query = query.where('fc.fund_id', 'in', filter.fundIds.length ? filter.fundIds : [0]);
    const rows = await query.orderBy('fc.cooperated_on', 'desc').orderBy('fc.id', 'desc').execute();
    return rows.map((r) => ({
      id: Number(r.id),
      fundId: Number(r.fund_id),
      fundName: r.fund_name,
      enterpriseId: Number(r.enterprise_id),
      enterpriseName: r.enterprise_name,
      chainId: Number(r.chain_id),
      chainName: r.chain_name,
      cooperatedOn: r.cooperated_on,
      form: r.form,
      amount: Number(r.amount),
      notes: r.notes,
      demo: Boolean(r.demo),
    }));
  },

  async insertCooperation(
    db: Db,
    c: {
      fundId: number;
      enterpriseId: number;
      chainId: number;
      cooperatedOn: string;
      form: string;
      amount: number;
      notes: string | null;
      demo?: boolean;
      at: string;
    },
  ) {
    const { id } = await db
      .insertInto('fund_cooperations')
      .values({
        fund_id: c.fundId,
        enterprise_id: c.enterpriseId,
        chain_id: c.chainId,
        cooperated_on: c.cooperatedOn,
        form: c.form,
        amount: c.amount,
        notes: c.notes,
        demo: c.demo ?? false,
        created_at: c.at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return Number(id);
  },

  async investments(db: Db, scope: FundRecordsScope, filter: { fundId?: number; fundIds?: number[]; id?: number }): Promise<Investment[]> {
    let query = investmentQuery(db).where((eb) => inRecordsScope(eb, scope, true));
    if (filter.fundId) query = query.where('fi.fund_id', '=', filter.fundId);
    if (filter.fundIds) query = query.where('fi.fund_id', 'in', filter.fundIds.length ? filter.fundIds : [0]);
    if (filter.id) query = query.where('fi.id', '=', filter.id);
    const rows = await query.orderBy('fi.invested_on', 'desc').orderBy('fi.id', 'desc').execute();
    const ids = rows.map((r) => Number(r.id));
    const events = ids.length
      ? await db.selectFrom('fund_investment_events').selectAll().where('investment_id', 'in', ids).orderBy('id').execute()
      : [];
    return rows.map((r) => {
      const id = Number(r.id);
      return {
        id,
        fundId: Number(r.fund_id),
        fundName: r.fund_name,
        chainId: Number(r.chain_id),
        chainName: r.chain_name,
        enterpriseId: num(r.enterprise_id),
        enterpriseName: r.enterprise_name,
        projectId: num(r.project_id),
        projectName: r.project_name,
        amount: Number(r.amount),
        investedOn: r.invested_on,
        stage: r.stage as InvestmentStage,
        leadId: num(r.lead_id),
        notes: r.notes,
        history: events.filter((e) => Number(e.investment_id) === id).map((e) => ({ at: e.at, username: e.username, summary: e.summary })),
        demo: Boolean(r.demo),
      };
    });
  },

  async investment(db: Db, scope: FundRecordsScope, id: number): Promise<Investment | null> {
    return (await fundsRepository.investments(db, scope, { id }))[0] ?? null;
  },

  async insertInvestment(
    db: Db,
    i: {
      fundId: number;
      chainId: number;
      enterpriseId: number | null;
      projectId: number | null;
      amount: number;
      investedOn: string;
      stage: string;
      notes: string | null;
      demo?: boolean;
      at: string;
    },
  ) {
    const { id } = await db
      .insertInto('fund_investments')
      .values({
        fund_id: i.fundId,
        chain_id: i.chainId,
        enterprise_id: i.enterpriseId,
        project_id: i.projectId,
        amount: i.amount,
        invested_on: i.investedOn,
        stage: i.stage,
        lead_id: null,
        notes: i.notes,
        demo: i.demo ?? false,
        created_at: i.at,
        updated_at: i.at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return Number(id);
  },

  async updateInvestment(
    db: Db,
    id: number,
    values: Partial<{ amount: number; invested_on: string; stage: string; notes: string | null; lead_id: number }>,
    at: string,
  ) {
    await db
      .updateTable('fund_investments')
      .set({ ...values, updated_at: at })
      .where('id', '=', id)
      .execute();
  },

  /** Links a lead to an investment that has none yet; false when another got there first. */
  async linkLead(db: Db, id: number, leadId: number, at: string): Promise<boolean> {
    const res = await db
      .updateTable('fund_investments')
      .set({ lead_id: leadId, updated_at: at })
      .where('id', '=', id)
      .where('lead_id', 'is', null)
      .executeTakeFirst();
    return Number(res.numUpdatedRows) === 1;
  },

  async addInvestmentEvent(db: Db, e: { investmentId: number; at: string; username: string | null; summary: string }) {
    await db
      .insertInto('fund_investment_events')
      .values({ investment_id: e.investmentId, at: e.at, username: e.username, summary: e.summary })
      .execute();
  },

  /**
   * Per chain, the funds at work in the year (at least one 已投 investment on the chain dated in the
   * year) and the money they put in: the figures a plan target reads.
   */
  async fundsAtWork(db: Db, year: number): Promise<{ chainId: number; funds: number; invested: number }[]> {
    const rows = await db
      .selectFrom('fund_investments')
      .select((eb) => ['chain_id', eb.fn.count<number>('fund_id').distinct().as('funds'), eb.fn.sum<number>('amount').as('invested')])
      .where('stage', '=', 'invested')
      .where('invested_on', '>=', `${year}-01-01`)
      .where('invested_on', '<=', `${year}-12-31`)
      .groupBy('chain_id')
      .execute();
    return rows.map((r) => ({ chainId: Number(r.chain_id), funds: Number(r.funds), invested: Number(r.invested) }));
  },

  /** The per-chain summary for the chains a caller may see. */
  async chainSummary(db: Db, scope: ChainScope, year: number) {
    const chains = await db
      .selectFrom('chains as c')
      .select(['c.id', 'c.name'])
      .where((eb) => inChainScope(eb, scope))
      .where('c.status', '!=', 'retired')
      .orderBy('c.id')
      .execute();
    const atWork = await fundsRepository.fundsAtWork(db, year);
    const counts = await db
      .selectFrom('fund_investments')
      .select((eb) => ['chain_id', eb.fn.countAll<number>().as('n')])
      .where('stage', '=', 'invested')
      .where('invested_on', '>=', `${year}-01-01`)
      .where('invested_on', '<=', `${year}-12-31`)
      .groupBy('chain_id')
      .execute();
    const coop = await db
      .selectFrom('fund_cooperations')
      .select((eb) => ['chain_id', eb.fn.sum<number>('amount').as('amount')])
      .where('cooperated_on', '>=', `${year}-01-01`)
      .where('cooperated_on', '<=', `${year}-12-31`)
      .groupBy('chain_id')
      .execute();
    return chains.map((c) => {
      const id = Number(c.id);
      const w = atWork.find((x) => x.chainId === id);
      return {
        chainId: id,
        chainName: c.name,
        fundsAtWork: w?.funds ?? 0,
        investedAmount: w?.invested ?? 0,
        investmentCount: Number(counts.find((x) => Number(x.chain_id) === id)?.n ?? 0),
        cooperationAmount: Number(coop.find((x) => Number(x.chain_id) === id)?.amount ?? 0),
      };
    });
  },
};
