import { type PlanFile, periodRange } from '@chainboard/contracts';
import type { Db } from '../../db/database.js';

export const plansRepository = {
  async years(db: Db) {
    return (await db.selectFrom('plans').select(['year', 'title', 'issued_on']).orderBy('year', 'desc').execute()).map((p) => ({
      year: Number(p.year),
      title: p.title,
      issuedOn: p.issued_on,
    }));
  },

  async plan(db: Db, year: number) {
    return db.selectFrom('plans').selectAll().where('year', '=', year).executeTakeFirst();
  },

  async targets(db: Db, planId: number) {
    return db.selectFrom('plan_targets').selectAll().where('plan_id', '=', planId).orderBy('seq').execute();
  },

  async tasks(db: Db, planId: number) {
    const tasks = await db.selectFrom('plan_tasks').selectAll().where('plan_id', '=', planId).orderBy('seq').execute();
    const milestones = tasks.length
      ? await db
          .selectFrom('plan_milestones')
          .selectAll()
          .where(
            'task_id',
            'in',
            tasks.map((t) => t.id),
          )
          .orderBy('quarter')
          .orderBy('seq')
          .execute()
      : [];
    return tasks.map((t) => ({ ...t, milestones: milestones.filter((m) => Number(m.task_id) === Number(t.id)) }));
  },

  async milestone(db: Db, id: number) {
    return db
      .selectFrom('plan_milestones as m')
      .innerJoin('plan_tasks as t', 't.id', 'm.task_id')
      .innerJoin('plans as p', 'p.id', 't.plan_id')
      .selectAll('m')
      .select(['p.year'])
      .where('m.id', '=', id)
      .executeTakeFirst();
  },

  async updateMilestone(
    db: Db,
    id: number,
    values: {
      state: string;
      evidence?: string | null;
      reported_by?: string | null;
      reported_at?: string | null;
      confirmed_at?: string | null;
    },
  ) {
    await db.updateTable('plan_milestones').set(values).where('id', '=', id).execute();
  },

  /** Writes the rows of a year newly loaded (its version 1); later versions rewrite them in place (plan-versions.repository). */
  async insertPlan(db: Db, plan: PlanFile, now: string): Promise<number> {
    const { id } = await db
      .insertInto('plans')
      .values({ year: plan.year, title: plan.title, issuer: plan.issuer, issued_on: plan.issuedOn, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db.insertInto('plan_targets').values(targetRows(id, plan.targets)).execute();
    for (const task of plan.tasks) {
      const { id: taskId } = await db
        .insertInto('plan_tasks')
        .values({ plan_id: id, seq: task.seq, ...taskFields(task) })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (task.milestones.length) {
        await db
          .insertInto('plan_milestones')
          .values(
            task.milestones.map((m, i) => ({
              task_id: taskId,
              seq: i + 1,
              ...milestoneFields(plan.year, m),
              state: 'open',
              evidence: null,
              reported_by: null,
              reported_at: null,
              confirmed_at: null,
            })),
          )
          .execute();
      }
    }
    if (plan.documents.length) {
      await db
        .insertInto('plan_document_requirements')
        .values(
          plan.documents.map((d, i) => ({
            plan_id: id,
            seq: i + 1,
            ...documentFields(d),
          })),
        )
        .execute();
    }
    return Number(id);
  },
};

/** A plan file's targets as the rows of `plan_targets`, numbered in the file's order. */
export function targetRows(planId: number, targets: PlanFile['targets']) {
  return targets.map((t, i) => ({
    plan_id: planId,
    seq: i + 1,
    key: t.key,
    label: t.label,
    metric: t.metric,
    comparison: t.comparison,
    value: t.value,
    unit: t.unit,
    per_unit: t.perUnit ?? null,
    source: t.source ?? null,
  }));
}

type Task = PlanFile['tasks'][number];

/** A plan file's task, milestone and document requirement as the columns their rows hold (every version writes them so). */
export const milestoneFields = (year: number, m: Task['milestones'][number]) => ({
  quarter: m.quarter,
  title: m.title,
  responsible: JSON.stringify(m.responsible),
  due_on: m.dueOn ?? periodRange(`${year}Q${m.quarter}`).end,
});

export const taskFields = (task: Task) => ({
  title: task.title,
  expected_result: task.expectedResult,
  lead_units: JSON.stringify(task.leadUnits),
  supporting_units: JSON.stringify(task.supportingUnits),
});

export const documentFields = (d: PlanFile['documents'][number]) => ({
  kind: d.kind,
  title: d.title,
  owed_by: d.owedBy,
  due_on: d.dueOn,
  evidence_task_seq: d.evidenceFor?.task ?? null,
  evidence_quarter: d.evidenceFor?.quarter ?? null,
  source: d.source ?? null,
});
