import type {
  GrantInput,
  HistoryEntry,
  Paged,
  Policy,
  PolicyDetail,
  PolicyEvaluation,
  PolicyInput,
  PolicySupport,
  PolicyUpdate,
  StoredDocument,
} from '@chainboard/contracts';
import type { z } from 'zod';
import { api } from '../../lib/api';
import { PDF_WORD, type UploadVars, uploadDocument } from '../documents/api';

export type { Policy, PolicyDetail, PolicyEvaluation };

/** The list's filters, also sent to 导出 so the file holds exactly what is filtered. */
export type PolicyFilters = { chainId?: number; support?: PolicySupport; year?: number; incentiveScheme?: 'true' | 'false'; q?: string };
export type PolicyListQuery = PolicyFilters & { page: number; pageSize: number };

export const listPolicies = (query: PolicyListQuery) => api.get<Paged<Policy>>('/api/policies', query);
export const getPolicy = (id: number) => api.get<PolicyDetail>(`/api/policies/${id}`);
export const getPolicyHistory = (id: number) => api.get<HistoryEntry[]>(`/api/policies/${id}/history`);
export const getEvaluation = (id: number) => api.get<PolicyEvaluation>(`/api/policies/${id}/evaluation`);
export const createPolicy = (input: z.input<typeof PolicyInput>) => api.post<PolicyDetail>('/api/policies', input);
export const updatePolicy = (id: number, input: z.input<typeof PolicyUpdate>) => api.patch<PolicyDetail>(`/api/policies/${id}`, input);
export const addGrant = (id: number, input: z.input<typeof GrantInput>) => api.post<PolicyDetail>(`/api/policies/${id}/grants`, input);
export const listPolicyDocuments = (id: number) => api.get<StoredDocument[]>(`/api/policies/${id}/documents`);
export const uploadPolicyDocument = (id: number, vars: UploadVars) => uploadDocument(`/api/policies/${id}/documents`, PDF_WORD, vars);
