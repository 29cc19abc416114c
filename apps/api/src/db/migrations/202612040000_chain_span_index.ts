import type { Kysely } from 'kysely';

/**
 * The tier spans chain by chain, carrying what a span test and its enterprise need: the chain ranking
 * counts each chain's spans holding on a day from this index alone, grouped as read, and one chain's
 * figures find its enterprises without reading the table. Replaces the narrower (chain, tier, from)
 * index it extends (same leading columns).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('enterprise_tiers_chain_span')
    .on('enterprise_tiers')
    .columns(['chain_id', 'tier', 'valid_from', 'valid_to', 'enterprise_id'])
    .execute();
  await db.schema.dropIndex('enterprise_tiers_chain').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('enterprise_tiers_chain').on('enterprise_tiers').columns(['chain_id', 'tier', 'valid_from']).execute();
  await db.schema.dropIndex('enterprise_tiers_chain_span').execute();
}
