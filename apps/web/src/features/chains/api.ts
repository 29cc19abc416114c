import type { Chain, ChainInput, ChainPatch, ChainStatus, HistoryEntry, Paged } from '@chainboard/contracts';
import { api } from '../../lib/api';

export type ChainSort = 'code' | 'name' | 'batch' | 'updatedAt';

export type ChainListQuery = {
  page: number;
  pageSize: number;
  status?: ChainStatus;
  batch?: number;
  leadUnitId?: number;
  q?: string;
  sort?: ChainSort;
  order?: 'asc' | 'desc';
};

export const listChains = (query: ChainListQuery) => api.get<Paged<Chain>>('/api/chains', query);
export const getChain = (id: number) => api.get<Chain>(`/api/chains/${id}`);
export const createChain = (input: ChainInput) => api.post<Chain>('/api/chains', input);
export const updateChain = (id: number, patch: ChainPatch) => api.patch<Chain>(`/api/chains/${id}`, patch);
export const getChainHistory = (id: number) => api.get<HistoryEntry[]>(`/api/chains/${id}/history`);
