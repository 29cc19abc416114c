import type {
  CooperationInput,
  Fund,
  FundChainSummary,
  FundDetail,
  FundInput,
  FundLevel,
  FundUpdate,
  HistoryEntry,
  Investment,
  InvestmentInput,
  InvestmentLeadInput,
  InvestmentUpdate,
  Paged,
} from '@chainboard/contracts';
import type { z } from 'zod';
import { api } from '../../lib/api';

export type { Fund, FundDetail, Investment };
export type ChainSummary = z.infer<typeof FundChainSummary>;

/** The list's filters, also sent to 导出 so the file holds exactly what is filtered. */
export type FundFilters = { level?: FundLevel; chainId?: number; q?: string };
export type FundListQuery = FundFilters & { page: number; pageSize: number };

export const listFunds = (query: FundListQuery) => api.get<Paged<Fund>>('/api/funds', query);
export const getFund = (id: number) => api.get<FundDetail>(`/api/funds/${id}`);
export const getFundHistory = (id: number) => api.get<HistoryEntry[]>(`/api/funds/${id}/history`);
export const getChainSummary = (year: number) => api.get<ChainSummary[]>('/api/funds/by-chain', { year });
export const createFund = (input: z.input<typeof FundInput>) => api.post<FundDetail>('/api/funds', input);
export const updateFund = (id: number, input: z.input<typeof FundUpdate>) => api.patch<FundDetail>(`/api/funds/${id}`, input);
export const addCooperation = (id: number, input: z.input<typeof CooperationInput>) =>
  api.post<FundDetail>(`/api/funds/${id}/cooperations`, input);
export const addInvestment = (id: number, input: z.input<typeof InvestmentInput>) =>
  api.post<FundDetail>(`/api/funds/${id}/investments`, input);
export const updateInvestment = (id: number, input: z.input<typeof InvestmentUpdate>) =>
  api.patch<Investment>(`/api/fund-investments/${id}`, input);
export const createInvestmentLead = (id: number, input: z.input<typeof InvestmentLeadInput>) =>
  api.post<Investment>(`/api/fund-investments/${id}/lead`, input);
