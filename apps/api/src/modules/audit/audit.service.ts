import type { AuditEntry, AuditQuery, AuditVerifyResult, HistoryEntry, Paged } from '@chainboard/contracts';
import type { Deps } from '../../context.js';
import { forbidden } from '../../lib/errors.js';
import type { RequestContext } from '../../policy/actor.js';
import { policy } from '../../policy/policy.js';
import { type AuditRow, auditRepository } from './audit.repository.js';

const parse = (json: string | null): unknown => (json === null ? null : JSON.parse(json));

const toEntry = (r: AuditRow): AuditEntry => ({
  id: Number(r.id),
  at: r.at,
  actorUserId: r.actor_user_id === null ? null : Number(r.actor_user_id),
  actorUsername: r.actor_username,
  organisationId: r.organisation_id === null ? null : Number(r.organisation_id),
  action: r.action as AuditEntry['action'],
  entityType: r.entity_type,
  entityId: r.entity_id,
  before: parse(r.before_json),
  after: parse(r.after_json),
  ip: r.ip,
});

export const auditService = {
  /** A record's history for whoever may read the record: the caller checks that first. */
  async history(deps: Deps, refs: Parameters<typeof auditRepository.forRecords>[1]): Promise<HistoryEntry[]> {
    return (await auditRepository.forRecords(deps.db, refs)).map((r) => {
      const { ip: _ip, organisationId: _org, ...entry } = toEntry(r);
      return entry;
    });
  },

  async list(deps: Deps, ctx: RequestContext, q: AuditQuery): Promise<Paged<AuditEntry>> {
    if (!policy.audit.read(ctx.actor)) throw forbidden('只有审计管理员可以查阅审计日志');
    const { rows, total } = await auditRepository.page(deps.db, deps.kind, q);
    return { items: rows.map(toEntry), total, page: q.page, pageSize: q.pageSize };
  },

  async verify(deps: Deps, ctx: RequestContext): Promise<AuditVerifyResult> {
    if (!policy.audit.read(ctx.actor)) throw forbidden('只有审计管理员可以校验审计日志');
    return deps.audit.verify(deps.db);
  },
};
