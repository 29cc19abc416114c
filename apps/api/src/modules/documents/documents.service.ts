/**
 * Stored documents belong to an owner record; whoever may read the owner reads its documents, and
 * whoever may work on it uploads and keeps their items. Each owner type says how, in OWNERS.
 */

import type { StoredDocument } from '@chainboard/contracts';
import type { FastifyRequest } from 'fastify';
import { type Deps, inTransaction } from '../../context.js';
import type { Db } from '../../db/database.js';
import { AppError, forbidden, invalid, notFound } from '../../lib/errors.js';
import type { RequestContext } from '../../policy/actor.js';
import { policy } from '../../policy/policy.js';
import { loadAlliance } from '../alliances/alliances.service.js';
import { loadPlanningDocument } from '../plans/planning-documents.service.js';
import { keepsPolicy, loadPolicy } from '../policies/policies.service.js';
import { loadProblem } from '../problems/problems.service.js';
import { loadExpertReport } from '../thinktank/thinktank.service.js';
import { documentsRepository as repo } from './documents.repository.js';

export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
/** Files arrive as the request body itself, with their type in Content-Type. */
export const DOCUMENT_TYPES = [
  'application/octet-stream',
  'application/pdf',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'image/png',
  'image/jpeg',
];

/** `today` is the caller's day, for owners whose records depend on it. */
type OwnerAccess = (db: Db, ctx: RequestContext, ownerId: number, today: string) => Promise<{ canWork: boolean }>;

const OWNERS: Record<string, OwnerAccess> = {
  alliance: async (db, ctx, id) => {
    const a = await loadAlliance(db, ctx, id);
    return { canWork: policy.alliance.work(ctx.actor, { leadUnitId: a.leadUnitId }, a.leaderOrgId) };
  },
  // a problem's attachments: seen by whoever sees the problem, added by who raised it and who handles it
  // a planning document's files: seen by whoever follows the obligation, added by the unit that owes it
  planningDocument: (db, ctx, id) => loadPlanningDocument(db, ctx, id),
  problem: async (db, ctx, id, today) => {
    const p = await loadProblem(db, ctx, id, today);
    return { canWork: policy.problem.attach(ctx.actor, p) };
  },
  // a policy's document: seen by whoever sees the policy, kept by who keeps the policy
  policy: async (db, ctx, id) => {
    const p = await loadPolicy(db, ctx, id);
    return {
      canWork: await keepsPolicy(
        db,
        ctx,
        p.chains.map((c) => c.id),
      ),
    };
  },
  // an expert report's document: seen by whoever sees the report, kept by the office and the chain's lead unit
  expertReport: async (db, ctx, id) => {
    const r = await loadExpertReport(db, ctx, id);
    return { canWork: policy.thinktank.record(ctx.actor, r) };
  },
};

/** The request body of an upload: the file itself and its type, or a clear refusal. */
export function uploadedFile(req: FastifyRequest): { content: Buffer; contentType: string } {
  if (!Buffer.isBuffer(req.body))
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', `请以文件本身作为请求体上传，类型为：${DOCUMENT_TYPES.join('、')}`);
  return { content: req.body, contentType: req.headers['content-type'] ?? 'application/octet-stream' };
}

async function access(db: Db, ctx: RequestContext, ownerType: string, ownerId: number, work: boolean, today: string) {
  const resolve = OWNERS[ownerType];
  if (!resolve) throw notFound('文件');
  const { canWork } = await resolve(db, ctx, ownerId, today);
  if (work && !canWork) throw forbidden('没有维护这些文件的权限');
}

async function loadDocument(db: Db, ctx: RequestContext, id: number, work: boolean, today: string) {
  const doc = await repo.meta(db, id);
  if (!doc) throw notFound('文件');
  await access(db, ctx, doc.owner_type, Number(doc.owner_id), work, today);
  return doc;
}

export const documentsService = {
  async list(deps: Deps, ctx: RequestContext, ownerType: string, ownerId: number): Promise<StoredDocument[]> {
    await access(deps.db, ctx, ownerType, ownerId, false, deps.clock.today());
    return repo.listFor(deps.db, ownerType, ownerId);
  },

  async upload(
    deps: Deps,
    ctx: RequestContext,
    owner: { type: string; id: number },
    file: { kind: string; title: string; fileName: string; contentType: string; content: Buffer },
  ) {
    if (file.content.length === 0) throw invalid('上传的文件是空的');
    return inTransaction(deps, async (trx) => {
      await access(trx, ctx, owner.type, owner.id, true, deps.clock.today());
      const id = await repo.insert(trx, {
        owner_type: owner.type,
        owner_id: owner.id,
        kind: file.kind,
        title: file.title,
        file_name: file.fileName,
        content_type: file.contentType,
        size: file.content.length,
        content: file.content,
        uploaded_by: ctx.actor.userId || null,
        uploaded_at: deps.clock.nowIso(),
      });
      const { content: _c, ...meta } = file;
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'create',
        entityType: 'document',
        entityId: id,
        after: { owner, ...meta, size: file.content.length },
      });
      return repo.listFor(trx, owner.type, owner.id);
    });
  },

  async download(deps: Deps, ctx: RequestContext, id: number) {
    const doc = await loadDocument(deps.db, ctx, id, false, deps.clock.today());
    return { fileName: doc.file_name, contentType: doc.content_type, content: await repo.content(deps.db, id) };
  },

  async addItem(
    deps: Deps,
    ctx: RequestContext,
    documentId: number,
    item: { content: string; responsible: string | null; dueOn: string | null; status: string },
  ) {
    return inTransaction(deps, async (trx) => {
      const doc = await loadDocument(trx, ctx, documentId, true, deps.clock.today());
      const id = await repo.addItem(trx, documentId, item);
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'create',
        entityType: 'documentItem',
        entityId: id,
        after: { documentId, ...item },
      });
      return repo.listFor(trx, doc.owner_type, Number(doc.owner_id));
    });
  },

  async updateItem(
    deps: Deps,
    ctx: RequestContext,
    itemId: number,
    patch: { content?: string; responsible?: string | null; dueOn?: string | null; status?: string },
  ) {
    return inTransaction(deps, async (trx) => {
      const before = await repo.item(trx, itemId);
      if (!before) throw notFound('事项');
      const doc = await loadDocument(trx, ctx, Number(before.document_id), true, deps.clock.today());
      await repo.updateItem(trx, itemId, {
        content: patch.content,
        responsible: patch.responsible,
        due_on: patch.dueOn,
        status: patch.status,
      });
      await deps.audit.record(trx, {
        actor: ctx.actor,
        ip: ctx.ip,
        action: 'update',
        entityType: 'documentItem',
        entityId: itemId,
        before,
        after: patch,
      });
      return repo.listFor(trx, doc.owner_type, Number(doc.owner_id));
    });
  },
};
