import type { MetricDefinition, PlanFile, PlanVersion } from '@chainboard/contracts';
import type { Db } from '../../db/database.js';
import { documentFields, milestoneFields, targetRows, taskFields } from './plans.repository.js';

type NewVersion = { change: 'import' | 'edit'; by: string; byName: string; at: string; note: string | null; file: PlanFile };

export const planVersionsRepository = {
  async versions(db: Db, planId: number): Promise<PlanVersion[]> {
    const rows = await db
      .selectFrom('plan_versions')
      .select(['version', 'change', 'recorded_by', 'recorded_by_name', 'recorded_at', 'note'])
      .where('plan_id', '=', planId)
      .orderBy('version', 'desc')
      .execute();
    return rows.map((r) => ({
      number: Number(r.version),
      change: r.change as PlanVersion['change'],
      recordedBy: r.recorded_by,
      recordedByName: r.recorded_by_name,
      recordedAt: r.recorded_at,
      note: r.note,
    }));
  },

  /** The latest version's plan file, as it was recorded. */
  async latestContent(db: Db, planId: number): Promise<{ version: number; file: PlanFile } | undefined> {
    const row = await db
      .selectFrom('plan_versions')
      .select(['version', 'content'])
      .where('plan_id', '=', planId)
      .orderBy('version', 'desc')
      .executeTakeFirst();
    return row && { version: Number(row.version), file: JSON.parse(row.content) as PlanFile };
  },

  /** The metrics the latest version's file defines. */
  async metrics(db: Db, planId: number): Promise<MetricDefinition[]> {
    const row = await db
      .selectFrom('plan_versions')
      .select('metrics')
      .where('plan_id', '=', planId)
      .orderBy('version', 'desc')
      .executeTakeFirst();
    return row ? (JSON.parse(row.metrics) as MetricDefinition[]) : [];
  },

  async insertVersion(db: Db, planId: number, version: number, v: NewVersion): Promise<void> {
    await db
      .insertInto('plan_versions')
      .values({
        plan_id: planId,
        version,
        change: v.change,
        recorded_by: v.by,
        recorded_by_name: v.byName,
        recorded_at: v.at,
        note: v.note,
        content: JSON.stringify(v.file),
        metrics: JSON.stringify(v.file.metrics),
      })
      .execute();
  },

  /** Progress recorded against a plan: reported or confirmed milestones (by task and milestone seq), documents given (by requirement seq). */
  async progress(db: Db, planId: number) {
    const milestones = await db
      .selectFrom('plan_milestones as m')
      .innerJoin('plan_tasks as t', 't.id', 'm.task_id')
      .select(['t.seq as task', 'm.seq as seq', 'm.title'])
      .where('t.plan_id', '=', planId)
      .where('m.state', '!=', 'open')
      .execute();
    const documents = await db
      .selectFrom('plan_document_requirements as r')
      .select(['r.seq', 'r.title'])
      .where('r.plan_id', '=', planId)
      .where((eb) => eb.exists(eb.selectFrom('planning_documents as d').select('d.id').whereRef('d.requirement_id', '=', 'r.id')))
      .execute();
    return {
      milestones: milestones.map((m) => ({ task: Number(m.task), seq: Number(m.seq), title: m.title })),
      documents: documents.map((d) => ({ seq: Number(d.seq), title: d.title })),
    };
  },

  /**
   * Rewrites a plan's rows to a new file in place: targets anew; tasks and their milestones matched by
   * seq and updated, so a milestone's reported or confirmed state stays with it; document requirements
   * matched by seq, so the documents given stay attached. Rows the new file drops are removed; the
   * caller has checked none of them holds progress.
   */
  async rewrite(db: Db, planId: number, file: PlanFile): Promise<void> {
    await db
      .updateTable('plans')
      .set({ title: file.title, issuer: file.issuer, issued_on: file.issuedOn })
      .where('id', '=', planId)
      .execute();
    await db.deleteFrom('plan_targets').where('plan_id', '=', planId).execute();
    await db.insertInto('plan_targets').values(targetRows(planId, file.targets)).execute();

    const tasks = await db.selectFrom('plan_tasks').select(['id', 'seq']).where('plan_id', '=', planId).execute();
    const taskIds = new Map(tasks.map((t) => [Number(t.seq), Number(t.id)]));
    const keptSeqs = new Set(file.tasks.map((t) => t.seq));
    for (const t of tasks) {
      if (keptSeqs.has(Number(t.seq))) continue;
      await db.deleteFrom('plan_milestones').where('task_id', '=', t.id).execute();
      await db.deleteFrom('plan_tasks').where('id', '=', t.id).execute();
    }
    for (const task of file.tasks) {
      let taskId = taskIds.get(task.seq);
      if (taskId === undefined) {
        const row = await db
          .insertInto('plan_tasks')
          .values({ plan_id: planId, seq: task.seq, ...taskFields(task) })
          .returning('id')
          .executeTakeFirstOrThrow();
        taskId = Number(row.id);
      } else await db.updateTable('plan_tasks').set(taskFields(task)).where('id', '=', taskId).execute();
      await db.deleteFrom('plan_milestones').where('task_id', '=', taskId).where('seq', '>', task.milestones.length).execute();
      const existing = new Set(
        (await db.selectFrom('plan_milestones').select('seq').where('task_id', '=', taskId).execute()).map((m) => Number(m.seq)),
      );
      for (const [i, m] of task.milestones.entries()) {
        const fields = milestoneFields(file.year, m);
        if (existing.has(i + 1))
          await db
            .updateTable('plan_milestones')
            .set(fields)
            .where('task_id', '=', taskId)
            .where('seq', '=', i + 1)
            .execute();
        else
          await db
            .insertInto('plan_milestones')
            .values({
              task_id: taskId,
              seq: i + 1,
              ...fields,
              state: 'open',
              evidence: null,
              reported_by: null,
              reported_at: null,
              confirmed_at: null,
            })
            .execute();
      }
    }

    await db.deleteFrom('plan_document_requirements').where('plan_id', '=', planId).where('seq', '>', file.documents.length).execute();
    const docs = new Set(
      (await db.selectFrom('plan_document_requirements').select('seq').where('plan_id', '=', planId).execute()).map((d) => Number(d.seq)),
    );
    for (const [i, d] of file.documents.entries()) {
      if (docs.has(i + 1))
        await db
          .updateTable('plan_document_requirements')
          .set(documentFields(d))
          .where('plan_id', '=', planId)
          .where('seq', '=', i + 1)
          .execute();
      else
        await db
          .insertInto('plan_document_requirements')
          .values({ plan_id: planId, seq: i + 1, ...documentFields(d) })
          .execute();
    }
  },

  async setTargetValue(db: Db, planId: number, key: string, value: number): Promise<void> {
    await db.updateTable('plan_targets').set({ value }).where('plan_id', '=', planId).where('key', '=', key).execute();
  },
};
