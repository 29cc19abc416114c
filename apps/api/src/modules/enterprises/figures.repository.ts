import type { Figure, FigureInput } from '@chainboard/contracts';
import type { Db } from '../../db/database.js';

export const figuresRepository = {
  async list(db: Db, enterpriseId: number): Promise<Figure[]> {
    const rows = await db
      .selectFrom('enterprise_figures')
      .selectAll()
      .where('enterprise_id', '=', enterpriseId)
      .orderBy('period')
      .execute();
    return rows.map((r) => ({
      enterpriseId: Number(r.enterprise_id),
      period: r.period,
      revenue: Number(r.revenue),
      output: Number(r.output),
      tax: Number(r.tax),
      rdSpending: Number(r.rd_spending),
      employees: Number(r.employees),
      investment: Number(r.investment),
      reportedAt: r.reported_at,
    }));
  },

  async find(db: Db, enterpriseId: number, period: string) {
    return db
      .selectFrom('enterprise_figures')
      .selectAll()
      .where('enterprise_id', '=', enterpriseId)
      .where('period', '=', period)
      .executeTakeFirst();
  },

  /** One row per enterprise and period: a new report replaces the old one (the audit row keeps it). */
  async upsert(db: Db, enterpriseId: number, f: FigureInput, reportedBy: number | null, now: string) {
    const values = {
      revenue: f.revenue,
      output: f.output,
      tax: f.tax,
      rd_spending: f.rdSpending,
      employees: f.employees,
      investment: f.investment,
      reported_at: now,
      reported_by: reportedBy,
    };
    await db
      .insertInto('enterprise_figures')
      .values({ enterprise_id: enterpriseId, period: f.period, ...values })
      .onConflict((oc) => oc.columns(['enterprise_id', 'period']).doUpdateSet(values))
      .execute();
  },
};
