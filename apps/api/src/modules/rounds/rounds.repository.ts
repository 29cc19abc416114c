import type { Declaration, Round, RoundKind, RoundState } from '@chainboard/contracts';
import type { Insertable, Updateable } from 'kysely';
import type { Db, DeclarationsTable, EvaluationRoundsTable } from '../../db/database.js';
import { countRows } from '../../db/paging.js';

function roundQuery(db: Db) {
  return db
    .selectFrom('evaluation_rounds as r')
    .leftJoin('chains as c', 'c.id', 'r.chain_id')
    .selectAll('r')
    .select('c.name as chain_name')
    .select((eb) =>
      eb
        .selectFrom('declarations as d')
        .whereRef('d.round_id', '=', 'r.id')
        .select(eb.fn.countAll<number>().as('n'))
        .as('declaration_count'),
    );
}
type RoundRow = Awaited<ReturnType<ReturnType<typeof roundQuery>['executeTakeFirstOrThrow']>>;

const toRound = (r: RoundRow): Round => ({
  id: Number(r.id),
  kind: r.kind as RoundKind,
  period: r.period,
  chainId: r.chain_id === null ? null : Number(r.chain_id),
  chainName: r.chain_name,
  title: r.title,
  opensOn: r.opens_on,
  closesOn: r.closes_on,
  effectiveOn: r.effective_on,
  criteria: r.criteria,
  state: r.state as RoundState,
  declarationCount: Number(r.declaration_count ?? 0),
  createdAt: r.created_at,
});

function declarationQuery(db: Db) {
  return db
    .selectFrom('declarations as d')
    .innerJoin('enterprises as e', 'e.id', 'd.enterprise_id')
    .innerJoin('chains as c', 'c.id', 'd.chain_id')
    .selectAll('d')
    .select([
      'e.name as enterprise_name',
      'e.credit_code',
      'c.name as chain_name',
      'c.lead_unit_id',
      'c.leader_user_id',
      'e.city_id',
      'e.zone_id',
      'e.organisation_id',
    ]);
}
type DeclarationRow = Awaited<ReturnType<ReturnType<typeof declarationQuery>['executeTakeFirstOrThrow']>>;
export type DeclarationRecord = Declaration & {
  leadUnitId: number | null;
  leaderUserId: number | null;
  cityId: number;
  zoneId: number | null;
  organisationId: number | null;
};

const toDeclaration = (r: DeclarationRow): DeclarationRecord => ({
  id: Number(r.id),
  roundId: Number(r.round_id),
  enterpriseId: Number(r.enterprise_id),
  enterpriseName: r.enterprise_name,
  creditCode: r.credit_code,
  chainId: Number(r.chain_id),
  chainName: r.chain_name,
  revenue: Number(r.revenue),
  output: Number(r.output),
  tax: Number(r.tax),
  rdSpending: Number(r.rd_spending),
  employees: Number(r.employees),
  investment: Number(r.investment),
  localSupplyShare: r.local_supply_share === null ? null : Number(r.local_supply_share),
  statement: r.statement,
  declaredAt: r.declared_at,
  score: r.score === null ? null : Number(r.score),
  reviewComment: r.review_comment,
  decision: r.decision as Declaration['decision'],
  decisionNote: r.decision_note,
  leadUnitId: r.lead_unit_id === null ? null : Number(r.lead_unit_id),
  leaderUserId: r.leader_user_id === null ? null : Number(r.leader_user_id),
  cityId: Number(r.city_id),
  zoneId: r.zone_id === null ? null : Number(r.zone_id),
  organisationId: r.organisation_id === null ? null : Number(r.organisation_id),
});

export const roundsRepository = {
  async page(db: Db, q: { kind?: RoundKind; state?: RoundState; chainId?: number; page: number; pageSize: number }) {
    let query = roundQuery(db);
    if (q.kind) query = query.where('r.kind', '=', q.kind);
    if (q.state) query = query.where('r.state', '=', q.state);
    if (q.chainId) query = query.where('r.chain_id', '=', q.chainId);
    const total = await countRows(query);
    const rows = await query
      .orderBy('r.opens_on', 'desc')
      .orderBy('r.id', 'desc')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute();
    return { items: rows.map(toRound), total };
  },

  async find(db: Db, id: number): Promise<Round | null> {
    const row = await roundQuery(db).where('r.id', '=', id).executeTakeFirst();
    return row ? toRound(row) : null;
  },

  async insert(db: Db, values: Insertable<EvaluationRoundsTable>): Promise<number> {
    return Number((await db.insertInto('evaluation_rounds').values(values).returning('id').executeTakeFirstOrThrow()).id);
  },

  async update(db: Db, id: number, values: Updateable<EvaluationRoundsTable>) {
    await db.updateTable('evaluation_rounds').set(values).where('id', '=', id).execute();
  },

  async declarations(db: Db, roundId: number): Promise<DeclarationRecord[]> {
    const rows = await declarationQuery(db).where('d.round_id', '=', roundId).orderBy('d.score', 'desc').orderBy('d.id').execute();
    return rows.map(toDeclaration);
  },

  async findDeclaration(db: Db, id: number): Promise<DeclarationRecord | null> {
    const row = await declarationQuery(db).where('d.id', '=', id).executeTakeFirst();
    return row ? toDeclaration(row) : null;
  },

  async existingDeclaration(db: Db, roundId: number, enterpriseId: number, chainId: number) {
    return db
      .selectFrom('declarations')
      .select('id')
      .where('round_id', '=', roundId)
      .where('enterprise_id', '=', enterpriseId)
      .where('chain_id', '=', chainId)
      .executeTakeFirst();
  },

  async insertDeclaration(db: Db, values: Insertable<DeclarationsTable>): Promise<number> {
    return Number((await db.insertInto('declarations').values(values).returning('id').executeTakeFirstOrThrow()).id);
  },

  async updateDeclaration(db: Db, id: number, values: Updateable<DeclarationsTable>) {
    await db.updateTable('declarations').set(values).where('id', '=', id).execute();
  },

  /** Enterprises on the given chains (all chains when null) with whether they reported for `period`. */
  async reporting(db: Db, chainId: number | null, period: string, visibleIds: Set<number> | null) {
    const rows = await db
      .selectFrom('enterprises as e')
      .innerJoin('organisations as city', 'city.id', 'e.city_id')
      .leftJoin('enterprise_figures as f', (j) => j.onRef('f.enterprise_id', '=', 'e.id').on('f.period', '=', period))
      .select(['e.id', 'e.name', 'city.name as city_name', 'f.reported_at'])
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('enterprise_chains as ec')
            .select('ec.chain_id')
            .whereRef('ec.enterprise_id', '=', 'e.id')
            .$if(chainId !== null, (q) => q.where('ec.chain_id', '=', chainId as number)),
        ),
      )
      .orderBy('e.name')
      .execute();
    return rows.filter((r) => visibleIds === null || visibleIds.has(Number(r.id)));
  },
};
