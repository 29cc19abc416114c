import type { CreateTableBuilder, Kysely } from 'kysely';
import { columnsFor, dialectOf } from '../dialect.js';

/** The enterprise register, tiers and honours with history, figures, and evaluation rounds. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const c = columnsFor(dialectOf(db));
  const money = <T extends string, C extends string>(t: CreateTableBuilder<T, C>) =>
    t
      .addColumn('revenue', 'bigint', (col) => col.notNull())
      .addColumn('output', 'bigint', (col) => col.notNull())
      .addColumn('tax', 'bigint', (col) => col.notNull())
      .addColumn('rd_spending', 'bigint', (col) => col.notNull())
      .addColumn('employees', 'integer', (col) => col.notNull())
      .addColumn('investment', 'bigint', (col) => col.notNull());

  await c
    .id(db.schema.createTable('enterprises'))
    .addColumn('credit_code', 'varchar(18)', (col) => col.notNull().unique())
    .addColumn('name', 'varchar(100)', (col) => col.notNull())
    .addColumn('city_id', 'bigint', (col) => col.notNull().references('organisations.id'))
    .addColumn('zone_id', 'bigint', (col) => col.references('organisations.id'))
    .addColumn('address', 'varchar(200)')
    .addColumn('legal_representative', 'varchar(50)')
    .addColumn('contact_person', 'varchar(50)')
    .addColumn('contact_phone', 'varchar(20)')
    .addColumn('main_products', 'varchar(500)')
    .addColumn('owner_org_id', 'bigint', (col) => col.notNull().references('organisations.id'))
    .addColumn('organisation_id', 'bigint', (col) => col.references('organisations.id'))
    .addColumn('last_confirmed_at', c.timestamp, (col) => col.notNull())
    .addColumn('demo', c.boolean, (col) => col.notNull().defaultTo(false))
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .addColumn('updated_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema.createIndex('enterprises_city').on('enterprises').columns(['city_id', 'zone_id']).execute();
  await db.schema.createIndex('enterprises_owner').on('enterprises').column('owner_org_id').execute();
  await db.schema.createIndex('enterprises_org').on('enterprises').column('organisation_id').execute();
  await db.schema.createIndex('enterprises_name').on('enterprises').column('name').execute();

  await db.schema
    .createTable('enterprise_chains')
    .addColumn('enterprise_id', 'bigint', (col) => col.notNull().references('enterprises.id').onDelete('cascade'))
    .addColumn('chain_id', 'bigint', (col) => col.notNull().references('chains.id'))
    .addColumn('stage', 'varchar(16)')
    .addPrimaryKeyConstraint('enterprise_chains_pk', ['enterprise_id', 'chain_id'])
    .execute();
  await db.schema.createIndex('enterprise_chains_chain').on('enterprise_chains').column('chain_id').execute();

  // valid_to is exclusive and null while the tier holds: a change closes one span and opens another
  await c
    .id(db.schema.createTable('enterprise_tiers'))
    .addColumn('enterprise_id', 'bigint', (col) => col.notNull().references('enterprises.id').onDelete('cascade'))
    .addColumn('chain_id', 'bigint', (col) => col.notNull().references('chains.id'))
    .addColumn('tier', 'varchar(16)', (col) => col.notNull())
    .addColumn('valid_from', 'varchar(10)', (col) => col.notNull())
    .addColumn('valid_to', 'varchar(10)')
    .addColumn('round_id', 'bigint')
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema.createIndex('enterprise_tiers_chain').on('enterprise_tiers').columns(['chain_id', 'tier', 'valid_from']).execute();
  await db.schema.createIndex('enterprise_tiers_enterprise').on('enterprise_tiers').columns(['enterprise_id', 'chain_id']).execute();

  await c
    .id(db.schema.createTable('enterprise_honours'))
    .addColumn('enterprise_id', 'bigint', (col) => col.notNull().references('enterprises.id').onDelete('cascade'))
    .addColumn('kind', 'varchar(20)', (col) => col.notNull())
    .addColumn('level', 'varchar(16)', (col) => col.notNull())
    .addColumn('year', 'integer', (col) => col.notNull())
    .addColumn('revoked_on', 'varchar(10)')
    .addColumn('note', 'varchar(500)')
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema.createIndex('enterprise_honours_enterprise').on('enterprise_honours').columns(['enterprise_id', 'kind']).execute();

  await money(
    db.schema
      .createTable('enterprise_figures')
      .addColumn('enterprise_id', 'bigint', (col) => col.notNull().references('enterprises.id').onDelete('cascade'))
      .addColumn('period', 'varchar(7)', (col) => col.notNull()),
  )
    .addColumn('reported_at', c.timestamp, (col) => col.notNull())
    .addColumn('reported_by', 'bigint')
    .addPrimaryKeyConstraint('enterprise_figures_pk', ['enterprise_id', 'period'])
    .execute();
  await db.schema.createIndex('enterprise_figures_period').on('enterprise_figures').column('period').execute();

  await c
    .id(db.schema.createTable('evaluation_rounds'))
    .addColumn('kind', 'varchar(16)', (col) => col.notNull())
    .addColumn('period', 'varchar(7)', (col) => col.notNull())
    .addColumn('chain_id', 'bigint', (col) => col.references('chains.id'))
    .addColumn('title', 'varchar(100)', (col) => col.notNull())
    .addColumn('opens_on', 'varchar(10)', (col) => col.notNull())
    .addColumn('closes_on', 'varchar(10)', (col) => col.notNull())
    .addColumn('effective_on', 'varchar(10)', (col) => col.notNull())
    .addColumn('criteria', 'text')
    .addColumn('state', 'varchar(16)', (col) => col.notNull())
    .addColumn('created_by', 'bigint')
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .addColumn('updated_at', c.timestamp, (col) => col.notNull())
    .execute();

  await money(
    c
      .id(db.schema.createTable('declarations'))
      .addColumn('round_id', 'bigint', (col) => col.notNull().references('evaluation_rounds.id').onDelete('cascade'))
      .addColumn('enterprise_id', 'bigint', (col) => col.notNull().references('enterprises.id'))
      .addColumn('chain_id', 'bigint', (col) => col.notNull().references('chains.id')),
  )
    .addColumn('local_supply_share', 'real')
    .addColumn('statement', 'text')
    .addColumn('declared_by', 'bigint')
    .addColumn('declared_at', c.timestamp, (col) => col.notNull())
    .addColumn('score', 'real')
    .addColumn('review_comment', 'text')
    .addColumn('reviewed_by', 'bigint')
    .addColumn('decision', 'varchar(16)')
    .addColumn('decision_note', 'text')
    .addUniqueConstraint('declarations_once', ['round_id', 'enterprise_id', 'chain_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'declarations',
    'evaluation_rounds',
    'enterprise_figures',
    'enterprise_honours',
    'enterprise_tiers',
    'enterprise_chains',
    'enterprises',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
