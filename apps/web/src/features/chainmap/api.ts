import type {
  Candidate,
  CandidateToLeadInput,
  ChainGaps,
  ChainMap,
  ChainSupply,
  GapSettings,
  Lead,
  Paged,
  Segment,
  SegmentEvent,
  SegmentInput,
  SegmentRecords,
  SegmentUpdate,
} from '@chainboard/contracts';
import type { z } from 'zod';
import { api } from '../../lib/api';

export type { Candidate, ChainGaps, ChainMap, ChainSupply, GapSettings, Segment, SegmentRecords };
export type MapSegment = ChainMap['segments'][number];
export type SegmentEventRow = z.infer<typeof SegmentEvent>;
export type CandidateFilter = 'matched' | 'open' | 'all';

export const getChainMap = (chainId: number) => api.get<ChainMap>(`/api/chain-map/${chainId}`);
export const getChainGaps = (chainId: number) => api.get<ChainGaps>(`/api/chain-map/${chainId}/gaps`);
export const listSegments = (chainId: number, includeRetired = false) =>
  api.get<Segment[]>('/api/segments', { chainId, includeRetired: includeRetired ? 'true' : undefined });
export const getSegmentRecords = (id: number) => api.get<SegmentRecords>(`/api/segments/${id}/records`);
export const getSegmentHistory = (id: number) => api.get<SegmentEventRow[]>(`/api/segments/${id}/history`);
export const createSegment = (input: z.input<typeof SegmentInput>) => api.post<Segment>('/api/segments', input);
export const updateSegment = (id: number, input: z.input<typeof SegmentUpdate>) => api.patch<Segment>(`/api/segments/${id}`, input);
export const retireSegment = (id: number) => api.post<Segment>(`/api/segments/${id}/retire`);
export const placeEnterprise = (input: { enterpriseId: number; chainId: number; segmentId: number | null }) =>
  api.put<{ ok: true }>('/api/enterprise-segments', input);
export const getGapSettings = () => api.get<GapSettings>('/api/gap-settings');
export const setGapSettings = (s: GapSettings) => api.put<GapSettings>('/api/gap-settings', s);
export const listCandidates = (q: { chainId: number; only: CandidateFilter; page: number; pageSize: number }) =>
  api.get<Paged<Candidate>>('/api/chain-candidates', q);
export const candidateToLead = (id: number, input: z.input<typeof CandidateToLeadInput>) =>
  api.post<Lead>(`/api/chain-candidates/${id}/lead`, input);
export const getLocalSupply = (chainId?: number) => api.get<ChainSupply[]>('/api/local-supply', { chainId });
