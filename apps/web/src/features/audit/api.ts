import type { AuditAction, AuditEntry, AuditVerifyResult, Paged } from '@chainboard/contracts';
import { api } from '../../lib/api';

export type AuditListQuery = {
  page: number;
  pageSize: number;
  actor?: string;
  action?: AuditAction;
  entityType?: string;
  entityId?: string;
  from?: string;
  to?: string;
};

export const listAudit = (query: AuditListQuery) => api.get<Paged<AuditEntry>>('/api/audit', query);
export const verifyAudit = () => api.post<AuditVerifyResult>('/api/audit/verify');
