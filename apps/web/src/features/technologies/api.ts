import type {
  BreakthroughSummary,
  BreakthroughSummaryInput,
  BreakthroughSummaryOverview,
  Consortium,
  ConsortiumInput,
  ConsortiumPatch,
  HistoryEntry,
  Paged,
  Platform,
  PlatformInput,
  PlatformKind,
  PlatformLevel,
  PlatformPatch,
  Segment,
  Technology,
  TechnologyInput,
  TechnologyPatch,
  TechnologyState,
} from '@chainboard/contracts';
import { api } from '../../lib/api';

export type { BreakthroughSummary, BreakthroughSummaryOverview, Consortium, Platform, Technology, TechnologyState };

/** The list's filters, also sent to 导出 so the file holds exactly what is filtered. */
export type TechnologyFilters = { chainId?: number; segmentId?: number; state?: TechnologyState; q?: string };
export type PlatformFilters = { chainId?: number; kind?: PlatformKind; level?: PlatformLevel; q?: string };
export type ConsortiumFilters = { chainId?: number; jinchuanggu?: 'true' | 'false'; q?: string };
type Paging = { page: number; pageSize: number };

export const listTechnologies = (q: TechnologyFilters & Paging) => api.get<Paged<Technology>>('/api/technologies', q);
export const getTechnologyHistory = (id: number) => api.get<HistoryEntry[]>(`/api/technologies/${id}/history`);
export const createTechnology = (input: TechnologyInput) => api.post<Technology>('/api/technologies', input);
export const updateTechnology = (id: number, patch: TechnologyPatch) => api.patch<Technology>(`/api/technologies/${id}`, patch);

export const listConsortia = (q: ConsortiumFilters & Paging) => api.get<Paged<Consortium>>('/api/consortia', q);
export const getConsortiumHistory = (id: number) => api.get<HistoryEntry[]>(`/api/consortia/${id}/history`);
export const createConsortium = (input: ConsortiumInput) => api.post<Consortium>('/api/consortia', input);
export const updateConsortium = (id: number, patch: ConsortiumPatch) => api.patch<Consortium>(`/api/consortia/${id}`, patch);

export const listPlatforms = (q: PlatformFilters & Paging) => api.get<Paged<Platform>>('/api/innovation-platforms', q);
export const createPlatform = (input: PlatformInput) => api.post<Platform>('/api/innovation-platforms', input);
export const updatePlatform = (id: number, patch: PlatformPatch) => api.patch<Platform>(`/api/innovation-platforms/${id}`, patch);

export const getSummaries = (year: number, chainId?: number) =>
  api.get<BreakthroughSummaryOverview>('/api/breakthrough-summaries', { year, chainId });
export const saveSummary = (input: BreakthroughSummaryInput) => api.post<BreakthroughSummary>('/api/breakthrough-summaries', input);

export const listSegments = (chainId: number) => api.get<Segment[]>('/api/segments', { chainId });
