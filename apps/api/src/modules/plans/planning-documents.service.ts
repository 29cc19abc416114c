/**
 * Planning documents (系统性规划): the plan file says which documents are owed, by whom and by when;
 * who owes them follows from the records (chains' lead units, hosted chains, chain masters). A
 * document given late, or not given once due, is flagged.
 */
import type { PlanningDocumentInput, PlanningDocumentState, PlanningObligation } from '@chainboard/contracts';
import type { z } from 'zod';
import { type Deps, inTransaction } from '../../context.js';
import type { Db } from '../../db/database.js';
import { checkDateOrder } from '../../lib/date-order.js';
import { forbidden, invalid, notFound } from '../../lib/errors.js';
import type { RequestContext } from '../../policy/actor.js';
import { policy } from '../../policy/policy.js';
import { type Owed, planningDocumentsRepository as repo } from './planning-documents.repository.js';

type Input = z.output<typeof PlanningDocumentInput>;
type Query = { kind?: string; chainId?: number; state?: PlanningDocumentState };

/** Every obligation of the year with what was given, as the caller may see it. */
/** Who owes which document of the year, and in what state on `today`. */
async function obligations(db: Db, ctx: RequestContext | null, year: number, today: string): Promise<PlanningObligation[]> {
  const requirements = await repo.requirements(db, year);
  const owed = await repo.owed(db, year, requirements);
  const given = new Map(
    (
      await repo.given(
        db,
        requirements.map((r) => Number(r.id)),
      )
    ).map((d) => [
      repo.keyOf({
        requirementId: Number(d.requirement_id),
        organisationId: d.organisation_id === null ? null : Number(d.organisation_id),
        enterpriseId: d.enterprise_id === null ? null : Number(d.enterprise_id),
        chainId: d.chain_id === null ? null : Number(d.chain_id),
      }),
      d,
    ]),
  );
  const alliance = new Map(
    (await repo.allianceDocuments(db, year)).map((a) => [`${a.leader_enterprise_id}:${a.chain_id}:${a.kind}`, Number(a.n)]),
  );
  const now = today;
  return owed
    .filter((o) => ctx === null || policy.plan.seesDocument(ctx.actor, o))
    .map((o) => {
      const r = o.requirement;
      const d = given.get(repo.keyOf(o));
      const allianceDocuments = o.enterpriseId === null ? 0 : (alliance.get(`${o.enterpriseId}:${o.chainId}:${r.kind}`) ?? 0);
      // lateness is judged by the day the document was issued; submitted_at only says when it was entered
      const givenOn = d ? d.issued_on : null;
      const state: PlanningDocumentState =
        givenOn !== null || allianceDocuments > 0
          ? givenOn !== null && givenOn > r.due_on
            ? 'late'
            : 'onTime'
          : now > r.due_on
            ? 'overdue'
            : 'pending';
      return {
        requirementId: o.requirementId,
        kind: r.kind,
        requiredTitle: r.title,
        owedBy: r.owed_by as PlanningObligation['owedBy'],
        dueOn: r.due_on,
        organisationId: o.organisationId,
        enterpriseId: o.enterpriseId,
        ownerName: o.ownerName,
        chainId: o.chainId,
        chainName: o.chainName,
        state,
        document: d
          ? {
              id: Number(d.id),
              title: d.title,
              issuedOn: d.issued_on,
              note: d.note,
              submittedAt: d.submitted_at,
              files: Number(d.files ?? 0),
            }
          : null,
        allianceDocuments,
        canSubmit: ctx !== null && policy.plan.submitDocument(ctx.actor, o),
      };
    });
}

/** The obligation an input names: its chain, and the enterprise or unit (the caller's own unless the office names another). */
async function owedFor(db: Db, ctx: RequestContext, input: Input): Promise<{ owed: Owed; year: number }> {
  const r = await repo.requirement(db, input.requirementId);
  if (!r) throw notFound('报送要求');
  const all = await repo.owed(db, Number(r.year), [r]);
  const organisationId = r.owed_by === 'chainMaster' ? null : (input.organisationId ?? ctx.actor.organisationId);
  const owed = all.find(
    (o) =>
      o.chainId === input.chainId &&
      (r.owed_by === 'chainMaster' ? o.enterpriseId === input.enterpriseId : o.organisationId === organisationId),
  );
  if (!owed) {
    // only the office may give documents for others: anybody else naming what they do not owe is turned away
    if (!policy.plan.submitDocument(ctx.actor, { actingOrgId: null })) throw forbidden('只有负有报送责任的单位可以报送');
    throw invalid(
      r.owed_by === 'chainMaster' ? '该企业不是这条产业链的链主企业，无需报送' : '该单位在这条产业链上没有这项报送要求',
      r.owed_by === 'chainMaster' ? { enterpriseId: '请选择本链的链主企业' } : { chainId: '请选择本单位负责的产业链' },
    );
  }
  return { owed, year: Number(r.year) };
}

export const planningDocumentsService = {
  async list(deps: Deps, ctx: RequestContext, year: number, q: Query) {
    if (!policy.plan.read(ctx.actor)) throw forbidden();
    return (await obligations(deps.db, ctx, year, deps.clock.today())).filter(
      (o) => (!q.kind || o.kind === q.kind) && (!q.chainId || o.chainId === q.chainId) && (!q.state || o.state === q.state),
    );
  },

  /** Gives (or corrects) the document an obligation asks for; the day it was issued decides whether it was late. */
  async submit(deps: Deps, ctx: RequestContext, input: Input): Promise<PlanningObligation> {
    const { key, year } = await inTransaction(deps, async (trx) => {
      const { owed, year } = await owedFor(trx, ctx, input);
      if (!policy.plan.submitDocument(ctx.actor, owed)) throw forbidden('只有负有报送责任的单位可以报送');
      checkDateOrder([{ field: 'issuedOn', label: '印发日期', on: input.issuedOn }], deps.clock.today());
      const existing = await repo.find(trx, owed);
      const now = deps.clock.nowIso();
      const values = { title: input.title, issued_on: input.issuedOn, note: input.note, updated_at: now };
      let id: number;
      if (existing) {
        id = Number(existing.id);
        await repo.update(trx, id, values);
      } else {
        id = await repo.insert(trx, {
          requirement_id: owed.requirementId,
          organisation_id: owed.organisationId,
          enterprise_id: owed.enterpriseId,
          chain_id: owed.chainId,
          submitted_by: ctx.actor.userId || null,
          submitted_at: now,
          ...values,
        });
      }
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: existing ? 'update' : 'create',
        entityType: 'planningDocument',
        entityId: id,
        before: existing ? { title: existing.title, issuedOn: existing.issued_on, note: existing.note } : undefined,
        after: { ...input },
      });
      return { key: repo.keyOf(owed), year };
    });
    // the very obligation given: on one chain several chain masters (or, for the office, several units) owe the same document
    const mine = (await obligations(deps.db, ctx, year, deps.clock.today())).find((o) => repo.keyOf(o) === key);
    if (!mine) throw notFound('报送记录');
    return mine;
  },

  /** For the plan page: per milestone (task seq : quarter), how many documents are owed as its evidence and how many given. */
  async evidence(db: Db, year: number, today: string): Promise<Map<string, { owed: number; given: number; kinds: string[] }>> {
    const requirements = await repo.requirements(db, year);
    const byRequirement = new Map(requirements.map((r) => [Number(r.id), r]));
    const out = new Map<string, { owed: number; given: number; kinds: string[] }>();
    for (const o of await obligations(db, null, year, today)) {
      const r = byRequirement.get(o.requirementId);
      if (!r || r.evidence_task_seq === null || r.evidence_quarter === null) continue;
      const key = `${r.evidence_task_seq}:${r.evidence_quarter}`;
      const counts = out.get(key) ?? { owed: 0, given: 0, kinds: [] };
      if (!counts.kinds.includes(r.kind)) counts.kinds.push(r.kind);
      counts.owed += 1;
      if (o.state === 'onTime' || o.state === 'late') counts.given += 1;
      out.set(key, counts);
    }
    return out;
  },
};

/** A given planning document, for its files: whoever sees the obligation reads them, whoever owes it adds them. */
export async function loadPlanningDocument(db: Db, ctx: RequestContext, id: number) {
  const d = await repo.byId(db, id);
  if (!d) throw notFound('报送文件');
  const r = await repo.requirement(db, Number(d.requirement_id));
  if (!r) throw notFound('报送文件');
  const owed = (await repo.owed(db, Number(r.year), [r])).find(
    (o) =>
      repo.keyOf(o) ===
      repo.keyOf({
        requirementId: Number(d.requirement_id),
        organisationId: d.organisation_id === null ? null : Number(d.organisation_id),
        enterpriseId: d.enterprise_id === null ? null : Number(d.enterprise_id),
        chainId: d.chain_id === null ? null : Number(d.chain_id),
      }),
  );
  if (!owed || !policy.plan.seesDocument(ctx.actor, owed)) throw notFound('报送文件');
  return { canWork: policy.plan.submitDocument(ctx.actor, owed) };
}
