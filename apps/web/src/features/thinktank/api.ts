import type {
  Consultation,
  ConsultationInput,
  Expert,
  ExpertAccount,
  ExpertGroup,
  ExpertGroupMembersInput,
  ExpertInput,
  ExpertReport,
  ExpertReportInput,
  FollowUpInput,
  FollowUpState,
  HistoryEntry,
  MyExpertWork,
  Paged,
  Pairing,
  PairingInput,
  PairingServiceInput,
  StoredDocument,
} from '@chainboard/contracts';
import type { z } from 'zod';
import { api } from '../../lib/api';
import { PDF_WORD, type UploadVars, uploadDocument } from '../documents/api';

export type { Consultation, Expert, ExpertAccount, ExpertGroup, ExpertReport, MyExpertWork, Pairing };

type Page = { page: number; pageSize: number };
export type ExpertFilters = { q?: string; chainId?: number };
export type ConsultationFilters = { chainId?: number; year?: number };
export type ReportFilters = { chainId?: number; year?: number; followUpState?: FollowUpState };
export type PairingFilters = { chainId?: number };

export const listExperts = (q: ExpertFilters & Page) => api.get<Paged<Expert>>('/api/experts', q);
export const getExpert = (id: number) => api.get<Expert>(`/api/experts/${id}`);
export const getExpertHistory = (id: number) => api.get<HistoryEntry[]>(`/api/experts/${id}/history`);
export const createExpert = (input: z.input<typeof ExpertInput>) => api.post<Expert>('/api/experts', input);
export const updateExpert = (id: number, input: z.input<typeof ExpertInput>) => api.put<Expert>(`/api/experts/${id}`, input);
export const listExpertAccounts = () => api.get<ExpertAccount[]>('/api/expert-accounts');
export const linkExpertAccount = (id: number, userId: number | null) => api.put<ExpertAccount>(`/api/experts/${id}/account`, { userId });

export const listGroups = () => api.get<ExpertGroup[]>('/api/expert-groups');
export const getGroupHistory = (chainId: number) => api.get<HistoryEntry[]>(`/api/expert-groups/${chainId}/history`);
export const setGroupMembers = (chainId: number, input: z.input<typeof ExpertGroupMembersInput>) =>
  api.put<ExpertGroup>(`/api/expert-groups/${chainId}/members`, input);
export const publishGroup = (chainId: number, publishedAt?: string) =>
  api.post<ExpertGroup>(`/api/expert-groups/${chainId}/publish`, publishedAt ? { publishedAt } : {});

export const listConsultations = (q: ConsultationFilters & Page) => api.get<Paged<Consultation>>('/api/consultations', q);
export const createConsultation = (input: z.input<typeof ConsultationInput>) => api.post<Consultation>('/api/consultations', input);

export const listReports = (q: ReportFilters & Page) => api.get<Paged<ExpertReport>>('/api/expert-reports', q);
export const createReport = (input: z.input<typeof ExpertReportInput>) => api.post<ExpertReport>('/api/expert-reports', input);
export const setFollowUp = (id: number, input: z.input<typeof FollowUpInput>) =>
  api.patch<ExpertReport>(`/api/expert-reports/${id}/follow-up`, input);
export const listReportDocuments = (id: number) => api.get<StoredDocument[]>(`/api/expert-reports/${id}/documents`);
export const uploadReportDocument = (id: number, vars: UploadVars) => uploadDocument(`/api/expert-reports/${id}/documents`, PDF_WORD, vars);

export const listPairings = (q: PairingFilters & Page) => api.get<Paged<Pairing>>('/api/expert-pairings', q);
export const createPairing = (input: z.input<typeof PairingInput>) => api.post<Pairing>('/api/expert-pairings', input);
export const addService = (id: number, input: z.input<typeof PairingServiceInput>) =>
  api.post<Pairing>(`/api/expert-pairings/${id}/services`, input);

export const getMyWork = () => api.get<MyExpertWork>('/api/my-expert-work');
