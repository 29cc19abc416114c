import type { Alliance, CooperationField, Paged, StoredDocument } from '@chainboard/contracts';
import { api, request } from '../../lib/api';
import { PDF_WORD, type UploadVars, uploadDocument } from '../documents/api';

export type AllianceListQuery = { page: number; pageSize: number; chainId?: number; pilot?: 'true' | 'false' };

export type AllianceInput = {
  chainId: number;
  name: string;
  leaderEnterpriseId: number;
  fields: CooperationField[];
  pilot: boolean;
  foundedOn: string;
  notes: string | null;
};
export type AlliancePatch = Partial<Pick<AllianceInput, 'name' | 'fields' | 'pilot' | 'notes'>>;

export type AllianceActivity = {
  id: number;
  allianceId: number;
  date: string;
  field: CooperationField;
  title: string;
  result: string | null;
  createdAt: string;
};
export type ActivityInput = { date: string; field: CooperationField; title: string; result: string | null };

export type DocumentItem = StoredDocument['items'][number];
export type ItemStatus = DocumentItem['status'];
export type ItemInput = { content: string; responsible: string | null; dueOn: string | null; status: ItemStatus };

export const listAlliances = (query: AllianceListQuery) => api.get<Paged<Alliance>>('/api/alliances', query);
export const getAlliance = (id: number) => api.get<Alliance>(`/api/alliances/${id}`);
export const createAlliance = (input: AllianceInput) => api.post<Alliance>('/api/alliances', input);
export const updateAlliance = (id: number, patch: AlliancePatch) => api.patch<Alliance>(`/api/alliances/${id}`, patch);
export const addMember = (id: number, input: { enterpriseId: number; joinedOn: string }) =>
  api.post<Alliance>(`/api/alliances/${id}/members`, input);
export const removeMember = (id: number, enterpriseId: number) =>
  request<Alliance>('DELETE', `/api/alliances/${id}/members/${enterpriseId}`);
export const listActivities = (id: number) => api.get<AllianceActivity[]>(`/api/alliances/${id}/activities`);
export const addActivity = (id: number, input: ActivityInput) => api.post<AllianceActivity[]>(`/api/alliances/${id}/activities`, input);
export const listDocuments = (id: number) => api.get<StoredDocument[]>(`/api/alliances/${id}/documents`);

export const uploadAllianceDocument = (id: number, vars: UploadVars) => uploadDocument(`/api/alliances/${id}/documents`, PDF_WORD, vars);

export const addItem = (documentId: number, input: ItemInput) => api.post<StoredDocument[]>(`/api/documents/${documentId}/items`, input);
export const updateItem = (itemId: number, patch: Partial<ItemInput>) =>
  api.patch<StoredDocument[]>(`/api/document-items/${itemId}`, patch);
