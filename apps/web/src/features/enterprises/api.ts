import type {
  Enterprise,
  EnterpriseInput,
  EnterprisePatch,
  Figure,
  FigureInput,
  HistoryEntry,
  HonourKind,
  HonourLevel,
  HonourRecord,
  Paged,
  Tier,
  TierSpan,
} from '@chainboard/contracts';
import { api } from '../../lib/api';

export type EnterpriseSort = 'name' | 'creditCode' | 'updatedAt' | 'lastConfirmedAt';

export type EnterpriseListQuery = {
  page: number;
  pageSize: number;
  chainId?: number;
  tier?: Tier;
  honour?: HonourKind;
  cityId?: number;
  zoneId?: number;
  stale?: 'true' | 'false';
  q?: string;
  sort?: EnterpriseSort;
  order?: 'asc' | 'desc';
};

export type TierHolder = { enterpriseId: number; name: string; creditCode: string; tier: Tier; validFrom: string };

export const listEnterprises = (query: EnterpriseListQuery) => api.get<Paged<Enterprise>>('/api/enterprises', query);
export const getEnterprise = (id: number) => api.get<Enterprise>(`/api/enterprises/${id}`);
export const createEnterprise = (input: EnterpriseInput) => api.post<Enterprise>('/api/enterprises', input);
export const updateEnterprise = (id: number, patch: EnterprisePatch) => api.patch<Enterprise>(`/api/enterprises/${id}`, patch);
export const confirmEnterprise = (id: number) => api.post<Enterprise>(`/api/enterprises/${id}/confirm`);

export const getTiers = (id: number) => api.get<TierSpan[]>(`/api/enterprises/${id}/tiers`);
export const setTier = (id: number, input: { chainId: number; tier: Tier; validFrom: string; note: string | null }) =>
  api.post<TierSpan[]>(`/api/enterprises/${id}/tiers`, input);
export const getHistory = (id: number) => api.get<HistoryEntry[]>(`/api/enterprises/${id}/history`);

export const getHonours = (id: number) => api.get<HonourRecord[]>(`/api/enterprises/${id}/honours`);
export const addHonour = (id: number, input: { kind: HonourKind; level: HonourLevel; year: number; note: string | null }) =>
  api.post<HonourRecord[]>(`/api/enterprises/${id}/honours`, input);
export const revokeHonour = (id: number, honourId: number, input: { revokedOn: string; note: string | null }) =>
  api.post<HonourRecord[]>(`/api/enterprises/${id}/honours/${honourId}/revoke`, input);

export const getFigures = (id: number) => api.get<Figure[]>(`/api/enterprises/${id}/figures`);
export const reportFigures = (id: number, input: FigureInput) => api.put<Figure[]>(`/api/enterprises/${id}/figures`, input);

export const getTierHolders = (query: { chainId: number; on: string; tier?: Tier }) => api.get<TierHolder[]>('/api/tier-holders', query);
