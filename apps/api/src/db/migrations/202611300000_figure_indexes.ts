import type { Kysely } from 'kysely';

/**
 * Indexes the live figures read instead of the tables: whether an enterprise holds a tier on a day is
 * answered from the span index alone; an enterprise's revenue in some quarters from the (enterprise,
 * period) index and a quarter's revenue from the (period) index, each carrying the revenue. The span
 * and period indexes replace the narrower ones they extend (same leading columns).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('enterprise_tiers_span')
    .on('enterprise_tiers')
    .columns(['enterprise_id', 'valid_from', 'valid_to', 'chain_id', 'tier'])
    .execute();
  await db.schema.dropIndex('enterprise_tiers_enterprise').execute();
  await db.schema
    .createIndex('enterprise_figures_period_revenue')
    .on('enterprise_figures')
    .columns(['period', 'enterprise_id', 'revenue'])
    .execute();
  await db.schema.dropIndex('enterprise_figures_period').execute();
  await db.schema
    .createIndex('enterprise_figures_revenue')
    .on('enterprise_figures')
    .columns(['enterprise_id', 'period', 'revenue'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('enterprise_figures_revenue').execute();
  await db.schema.createIndex('enterprise_figures_period').on('enterprise_figures').column('period').execute();
  await db.schema.dropIndex('enterprise_figures_period_revenue').execute();
  await db.schema.createIndex('enterprise_tiers_enterprise').on('enterprise_tiers').columns(['enterprise_id', 'chain_id']).execute();
  await db.schema.dropIndex('enterprise_tiers_span').execute();
}
