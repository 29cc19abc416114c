/**
 * A year's plan as versioned data: the first import of a year writes version 1; a re-import of a
 * corrected file, or an edit of a target in the platform, writes the next version with who and when.
 * Progress already reported is never lost: milestones and document requirements are matched by seq
 * and keep their state, and a new file that would drop one holding progress is refused.
 */
import { PlanFile, type PlanFile as PlanFileType } from '@chainboard/contracts';
import { type Deps, inTransaction } from '../../context.js';
import type { Db } from '../../db/database.js';
import { lockForAuditChain } from '../../db/dialect.js';
import { AppError, forbidden, invalid, notFound } from '../../lib/errors.js';
import { type Actor, type RequestContext, SYSTEM_ACTOR } from '../../policy/actor.js';
import { policy } from '../../policy/policy.js';
import { planVersionsRepository as versions } from './plan-versions.repository.js';
import { plansRepository as repo } from './plans.repository.js';

export type PlanImportResult = { year: number; version: number; targets: number; tasks: number; milestones: number };

const SYSTEM_CONTEXT: RequestContext = { actor: SYSTEM_ACTOR, ip: null };

/** `targets[3].metric`: where in the file a problem is, as a person reads it. */
function fieldOf(path: PropertyKey[]): string {
  return path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${String(k)}` : String(k)), '');
}

/** The whole file checked before anything is written: every problem named by its field. */
export function parsePlanFile(raw: unknown): PlanFileType {
  const parsed = PlanFile.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues;
  const fields = Object.fromEntries(issues.map((i) => [fieldOf(i.path) || '(文件)', i.message]));
  throw new AppError(
    'VALIDATION_FAILED',
    `计划文件格式有误：${issues
      .slice(0, 5)
      .map((i) => `${fieldOf(i.path) || '(文件)'}：${i.message}`)
      .join('；')}`,
    fields,
  );
}

async function whoOf(db: Db, actor: Actor): Promise<{ by: string; byName: string }> {
  if (actor.userId <= 0) return { by: actor.username, byName: '系统' };
  const user = await db.selectFrom('users').select('display_name').where('id', '=', actor.userId).executeTakeFirst();
  return { by: actor.username, byName: user?.display_name ?? actor.username };
}

/** What a new file would drop that already holds progress: refused, so reported progress is never lost. */
async function checkProgressKept(db: Db, planId: number, file: PlanFileType): Promise<void> {
  const progress = await versions.progress(db, planId);
  const milestonesIn = new Map(file.tasks.map((t) => [t.seq, t.milestones.length]));
  const lost = [
    ...progress.milestones
      .filter((m) => (milestonesIn.get(m.task) ?? 0) < m.seq)
      .map((m) => `任务${m.task}的第${m.seq}个节点“${m.title}”已报告完成`),
    ...progress.documents.filter((d) => file.documents.length < d.seq).map((d) => `规划文件“${d.title}”已有报送`),
  ];
  if (lost.length)
    throw invalid(`新版本删去了已有进展的条目：${lost.join('；')}。请在计划文件中保留这些条目（可修改其内容）后再导入`, {
      tasks: '已报告完成的节点和已有报送的规划文件须保留',
    });
}

const countsOf = (file: PlanFileType, version: number): PlanImportResult => ({
  year: file.year,
  version,
  targets: file.targets.length,
  tasks: file.tasks.length,
  milestones: file.tasks.reduce((s, t) => s + t.milestones.length, 0),
});

export const planVersionsService = {
  /** Loads a year's plan from its file: a new year is version 1, a year already loaded gets its next version. */
  async importPlan(deps: Deps, raw: unknown, ctx: RequestContext = SYSTEM_CONTEXT): Promise<PlanImportResult> {
    const file = parsePlanFile(raw);
    return inTransaction(deps, async (trx) => {
      // two imports at once would both take the same next version: one waits for the other
      await lockForAuditChain(trx, deps.kind);
      const now = deps.clock.nowIso();
      const who = await whoOf(trx, ctx.actor);
      const existing = await repo.plan(trx, file.year);
      if (!existing) {
        const id = await repo.insertPlan(trx, file, now);
        await versions.insertVersion(trx, id, 1, { change: 'import', ...who, at: now, note: null, file });
        const counts = countsOf(file, 1);
        await deps.audit.record(trx, { actor: ctx.actor, ip: ctx.ip, action: 'create', entityType: 'plan', entityId: id, after: counts });
        return counts;
      }
      const planId = Number(existing.id);
      await checkProgressKept(trx, planId, file);
      const previous = (await versions.latestContent(trx, planId))?.version ?? 0;
      await versions.rewrite(trx, planId, file);
      await versions.insertVersion(trx, planId, previous + 1, { change: 'import', ...who, at: now, note: null, file });
      const counts = countsOf(file, previous + 1);
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'update',
        entityType: 'plan',
        entityId: planId,
        before: { version: previous },
        after: counts,
      });
      return counts;
    });
  },

  /** The office imports a plan file in the platform. */
  async importFromPlatform(deps: Deps, ctx: RequestContext, raw: unknown): Promise<PlanImportResult> {
    if (!policy.plan.amend(ctx.actor)) throw forbidden('年度行动计划由省链长办导入和修改');
    return this.importPlan(deps, raw, ctx);
  },

  /** The office changes a target's value: the plan's next version, the rest of it as it stood. */
  async editTarget(deps: Deps, ctx: RequestContext, year: number, key: string, input: { value: number; note: string | null }) {
    if (!policy.plan.amend(ctx.actor)) throw forbidden('年度行动计划由省链长办导入和修改');
    return inTransaction(deps, async (trx) => {
      await lockForAuditChain(trx, deps.kind);
      const plan = await repo.plan(trx, year);
      if (!plan) throw notFound(`${year} 年行动计划`);
      const planId = Number(plan.id);
      const latest = await versions.latestContent(trx, planId);
      const target = latest?.file.targets.find((t) => t.key === key);
      if (!latest || !target)
        throw invalid(`计划中没有目标 ${key}`, { key: `可修改的目标有：${(latest?.file.targets ?? []).map((t) => t.key).join('、')}` });
      const file: PlanFileType = {
        ...latest.file,
        targets: latest.file.targets.map((t) => (t.key === key ? { ...t, value: input.value } : t)),
      };
      const now = deps.clock.nowIso();
      await versions.setTargetValue(trx, planId, key, input.value);
      await versions.insertVersion(trx, planId, latest.version + 1, {
        change: 'edit',
        ...(await whoOf(trx, ctx.actor)),
        at: now,
        note: input.note,
        file,
      });
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'update',
        entityType: 'plan',
        entityId: planId,
        before: { version: latest.version, target: key, value: target.value },
        after: { version: latest.version + 1, target: key, value: input.value, note: input.note },
      });
      return latest.version + 1;
    });
  },
};
