import type { Candidate, CompanySize } from '@chainboard/contracts';
import type { Insertable } from 'kysely';
import type { ChainCandidatesTable, Db } from '../../db/database.js';

function baseQuery(db: Db) {
  return db
    .selectFrom('chain_candidates as k')
    .innerJoin('chains as c', 'c.id', 'k.chain_id')
    .leftJoin('chain_segments as s', 's.id', 'k.segment_id')
    .selectAll('k')
    .select(['c.name as chain_name', 's.name as segment_name']);
}
type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

export type CandidateRecord = Omit<Candidate, 'segmentStatus'>;

const toCandidate = (r: Row): CandidateRecord => ({
  id: Number(r.id),
  chainId: Number(r.chain_id),
  chainName: r.chain_name,
  segmentId: r.segment_id === null ? null : Number(r.segment_id),
  segmentName: r.segment_name,
  name: r.name,
  creditCode: r.credit_code,
  province: r.province,
  products: r.products,
  size: r.size as CompanySize,
  leadId: r.lead_id === null ? null : Number(r.lead_id),
  demo: Boolean(r.demo),
  createdAt: r.created_at,
});

export const candidatesRepository = {
  /** Every candidate of a chain, in the order they came in: the pool is small (a few hundred a chain). */
  async ofChain(db: Db, chainId: number): Promise<CandidateRecord[]> {
    const rows = await baseQuery(db).where('k.chain_id', '=', chainId).orderBy('k.id').execute();
    return rows.map(toCandidate);
  },

  async find(db: Db, id: number): Promise<CandidateRecord | null> {
    const row = await baseQuery(db).where('k.id', '=', id).executeTakeFirst();
    return row ? toCandidate(row) : null;
  },

  async codesOf(db: Db, chainId: number): Promise<Set<string>> {
    const rows = await db.selectFrom('chain_candidates').select('credit_code').where('chain_id', '=', chainId).execute();
    return new Set(rows.map((r) => r.credit_code));
  },

  async insert(db: Db, values: Insertable<ChainCandidatesTable>): Promise<number> {
    const row = await db.insertInto('chain_candidates').values(values).returning('id').executeTakeFirstOrThrow();
    return Number(row.id);
  },

  /** Links the candidate to its lead, only if no lead was linked meanwhile; false when one was. */
  async linkLead(db: Db, id: number, leadId: number, at: string): Promise<boolean> {
    const res = await db
      .updateTable('chain_candidates')
      .set({ lead_id: leadId, updated_at: at })
      .where('id', '=', id)
      .where('lead_id', 'is', null)
      .executeTakeFirst();
    return Number(res.numUpdatedRows) === 1;
  },
};
