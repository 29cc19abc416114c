import { z } from 'zod';
import { PageQuery, paged, Timestamp } from './common.js';

export const AuditAction = z.enum(['create', 'update', 'delete', 'login', 'loginFailed', 'logout', 'passwordChange', 'grant']);
export type AuditAction = z.infer<typeof AuditAction>;

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  create: '新增',
  update: '修改',
  delete: '删除',
  login: '登录',
  loginFailed: '登录失败',
  logout: '退出',
  passwordChange: '修改密码',
  grant: '授权变更',
};

export const AuditEntry = z.object({
  id: z.number().int(),
  at: Timestamp,
  actorUserId: z.number().int().nullable(),
  actorUsername: z.string().nullable(),
  organisationId: z.number().int().nullable(),
  action: AuditAction,
  entityType: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  ip: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditQuery = PageQuery.extend({
  actor: z.string().trim().max(64).optional(),
  action: AuditAction.optional(),
  entityType: z.string().trim().max(64).optional(),
  entityId: z.string().trim().max(64).optional(),
  from: z.string().date().optional(),
  to: z.string().date().optional(),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditPage = paged(AuditEntry);

export const AuditVerifyResult = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  problems: z.array(z.object({ id: z.number().int(), problem: z.string() })),
});
export type AuditVerifyResult = z.infer<typeof AuditVerifyResult>;

/** A record's own history, as its readers see it ("who changed what and when"). */
export const HistoryEntry = AuditEntry.omit({ ip: true, organisationId: true });
export type HistoryEntry = z.infer<typeof HistoryEntry>;
