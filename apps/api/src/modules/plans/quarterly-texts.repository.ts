import type { Insertable } from 'kysely';
import type { Db, QuarterlyReportTextsTable } from '../../db/database.js';

/** The office's saved words for each quarter's report. */
export const quarterlyTextsRepository = {
  async find(db: Db, period: string) {
    return db
      .selectFrom('quarterly_report_texts as q')
      .leftJoin('users as u', 'u.id', 'q.saved_by')
      .selectAll('q')
      .select('u.display_name as saved_by_name')
      .where('q.period', '=', period)
      .executeTakeFirst();
  },

  async save(db: Db, row: Insertable<QuarterlyReportTextsTable>) {
    const { period, ...values } = row;
    const updated = await db.updateTable('quarterly_report_texts').set(values).where('period', '=', period).executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) await db.insertInto('quarterly_report_texts').values(row).execute();
  },
};
