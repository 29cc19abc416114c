import type { Kysely } from 'kysely';
import { columnsFor, dialectOf } from '../dialect.js';

/**
 * Versions of a year's plan: each re-import of a corrected plan file, or an edit of a target in the
 * platform, records the next version with who and when, the plan as it then stood (`content`, the plan
 * file's JSON) and the metrics that file defines (`metrics`, JSON), which live figures compute.
 * Backfill: every plan loaded so far is its version 1, recorded by 'system' when the plan was loaded,
 * its content rebuilt from its targets, tasks, milestones and document requirements.
 */
// biome-ignore lint/suspicious/noExplicitAny: the backfill reads tables of earlier migrations
export async function up(db: Kysely<any>): Promise<void> {
  const c = columnsFor(dialectOf(db));
  await c
    .id(db.schema.createTable('plan_versions'))
    .addColumn('plan_id', 'bigint', (col) => col.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('change', 'varchar(16)', (col) => col.notNull())
    .addColumn('recorded_by', 'varchar(100)', (col) => col.notNull())
    .addColumn('recorded_by_name', 'varchar(100)', (col) => col.notNull())
    .addColumn('recorded_at', c.timestamp, (col) => col.notNull())
    .addColumn('note', 'text')
    .addColumn('content', 'text', (col) => col.notNull())
    .addColumn('metrics', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('plan_versions_plan').on('plan_versions').columns(['plan_id', 'version']).unique().execute();

  for (const plan of await db.selectFrom('plans').selectAll().orderBy('id').execute()) {
    const targets = await db.selectFrom('plan_targets').selectAll().where('plan_id', '=', plan.id).orderBy('seq').execute();
    const tasks = await db.selectFrom('plan_tasks').selectAll().where('plan_id', '=', plan.id).orderBy('seq').execute();
    const milestones = tasks.length
      ? await db
          .selectFrom('plan_milestones')
          .selectAll()
          .where(
            'task_id',
            'in',
            tasks.map((t) => t.id),
          )
          .orderBy('seq')
          .execute()
      : [];
    const documents = await db.selectFrom('plan_document_requirements').selectAll().where('plan_id', '=', plan.id).orderBy('seq').execute();
    const content = {
      year: Number(plan.year),
      title: plan.title,
      issuer: plan.issuer,
      issuedOn: plan.issued_on,
      targets: targets.map((t) => ({
        key: t.key,
        label: t.label,
        metric: t.metric,
        comparison: t.comparison,
        value: Number(t.value),
        unit: t.unit,
        ...(t.per_unit ? { perUnit: t.per_unit } : {}),
        ...(t.source ? { source: t.source } : {}),
      })),
      tasks: tasks.map((t) => ({
        seq: Number(t.seq),
        title: t.title,
        expectedResult: t.expected_result,
        leadUnits: JSON.parse(t.lead_units),
        supportingUnits: JSON.parse(t.supporting_units),
        milestones: milestones
          .filter((m) => Number(m.task_id) === Number(t.id))
          .map((m) => ({ quarter: Number(m.quarter), title: m.title, responsible: JSON.parse(m.responsible), dueOn: m.due_on })),
      })),
      documents: documents.map((d) => ({
        kind: d.kind,
        title: d.title,
        owedBy: d.owed_by,
        dueOn: d.due_on,
        ...(d.evidence_task_seq !== null
          ? { evidenceFor: { task: Number(d.evidence_task_seq), quarter: Number(d.evidence_quarter) } }
          : {}),
        ...(d.source ? { source: d.source } : {}),
      })),
      metrics: [],
    };
    await db
      .insertInto('plan_versions')
      .values({
        plan_id: plan.id,
        version: 1,
        change: 'import',
        recorded_by: 'system',
        recorded_by_name: '系统',
        recorded_at: plan.created_at,
        note: null,
        content: JSON.stringify(content),
        metrics: '[]',
      })
      .execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('plan_versions').execute();
}
