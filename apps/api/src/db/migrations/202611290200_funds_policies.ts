import type { Kysely } from 'kysely';
import { columnsFor, dialectOf } from '../dialect.js';

/** Industry funds (cooperation with chain masters, investments) and precise policies (support granted). */
export async function up(db: Kysely<unknown>): Promise<void> {
  const c = columnsFor(dialectOf(db));
  await c
    .id(db.schema.createTable('funds'))
    .addColumn('name', 'varchar(100)', (col) => col.notNull().unique())
    .addColumn('manager', 'varchar(100)', (col) => col.notNull())
    .addColumn('level', 'varchar(20)', (col) => col.notNull())
    .addColumn('size', 'bigint', (col) => col.notNull())
    .addColumn('established_on', 'varchar(10)')
    .addColumn('keeper_org_id', 'bigint', (col) => col.references('organisations.id'))
    .addColumn('notes', 'text')
    .addColumn('demo', c.boolean, (col) => col.notNull())
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .addColumn('updated_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema
    .createTable('fund_chains')
    .addColumn('fund_id', 'bigint', (col) => col.notNull().references('funds.id').onDelete('cascade'))
    .addColumn('chain_id', 'bigint', (col) => col.notNull().references('chains.id'))
    .addPrimaryKeyConstraint('fund_chains_pk', ['fund_id', 'chain_id'])
    .execute();
  await c
    .id(db.schema.createTable('fund_cooperations'))
    .addColumn('fund_id', 'bigint', (col) => col.notNull().references('funds.id').onDelete('cascade'))
    .addColumn('enterprise_id', 'bigint', (col) => col.notNull().references('enterprises.id'))
    .addColumn('chain_id', 'bigint', (col) => col.notNull().references('chains.id'))
    .addColumn('cooperated_on', 'varchar(10)', (col) => col.notNull())
    .addColumn('form', 'varchar(200)', (col) => col.notNull())
    .addColumn('amount', 'bigint', (col) => col.notNull())
    .addColumn('notes', 'text')
    .addColumn('demo', c.boolean, (col) => col.notNull())
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema.createIndex('fund_cooperations_fund').on('fund_cooperations').column('fund_id').execute();
  await c
    .id(db.schema.createTable('fund_investments'))
    .addColumn('fund_id', 'bigint', (col) => col.notNull().references('funds.id').onDelete('cascade'))
    .addColumn('chain_id', 'bigint', (col) => col.notNull().references('chains.id'))
    .addColumn('enterprise_id', 'bigint', (col) => col.references('enterprises.id'))
    .addColumn('project_id', 'bigint', (col) => col.references('projects.id'))
    .addColumn('amount', 'bigint', (col) => col.notNull())
    .addColumn('invested_on', 'varchar(10)', (col) => col.notNull())
    .addColumn('stage', 'varchar(20)', (col) => col.notNull())
    .addColumn('lead_id', 'bigint', (col) => col.references('leads.id'))
    .addColumn('notes', 'text')
    .addColumn('demo', c.boolean, (col) => col.notNull())
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .addColumn('updated_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema.createIndex('fund_investments_fund').on('fund_investments').column('fund_id').execute();
  await db.schema.createIndex('fund_investments_chain').on('fund_investments').columns(['chain_id', 'invested_on']).execute();
  await c
    .id(db.schema.createTable('fund_investment_events'))
    .addColumn('investment_id', 'bigint', (col) => col.notNull().references('fund_investments.id').onDelete('cascade'))
    .addColumn('at', c.timestamp, (col) => col.notNull())
    .addColumn('username', 'varchar(100)')
    .addColumn('summary', 'text', (col) => col.notNull())
    .execute();
  await c
    .id(db.schema.createTable('policies'))
    .addColumn('title', 'varchar(200)', (col) => col.notNull())
    .addColumn('issuer_org_id', 'bigint', (col) => col.references('organisations.id'))
    .addColumn('issuer_name', 'varchar(100)', (col) => col.notNull())
    .addColumn('document_number', 'varchar(100)')
    .addColumn('issued_on', 'varchar(10)', (col) => col.notNull())
    .addColumn('supports', 'text', (col) => col.notNull())
    .addColumn('incentive_scheme', c.boolean, (col) => col.notNull())
    .addColumn('scheme_year', 'integer')
    .addColumn('summary', 'text')
    .addColumn('demo', c.boolean, (col) => col.notNull())
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .addColumn('updated_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema
    .createTable('policy_chains')
    .addColumn('policy_id', 'bigint', (col) => col.notNull().references('policies.id').onDelete('cascade'))
    .addColumn('chain_id', 'bigint', (col) => col.notNull().references('chains.id'))
    .addPrimaryKeyConstraint('policy_chains_pk', ['policy_id', 'chain_id'])
    .execute();
  await c
    .id(db.schema.createTable('policy_grants'))
    .addColumn('policy_id', 'bigint', (col) => col.notNull().references('policies.id').onDelete('cascade'))
    .addColumn('enterprise_id', 'bigint', (col) => col.references('enterprises.id'))
    .addColumn('project_id', 'bigint', (col) => col.references('projects.id'))
    .addColumn('amount', 'bigint', (col) => col.notNull())
    .addColumn('granted_on', 'varchar(10)', (col) => col.notNull())
    .addColumn('note', 'text')
    .addColumn('demo', c.boolean, (col) => col.notNull())
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .execute();
  await db.schema.createIndex('policy_grants_policy').on('policy_grants').column('policy_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'policy_grants',
    'policy_chains',
    'policies',
    'fund_investment_events',
    'fund_investments',
    'fund_cooperations',
    'fund_chains',
    'funds',
  ])
    await db.schema.dropTable(t).execute();
}
