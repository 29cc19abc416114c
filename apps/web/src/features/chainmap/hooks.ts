import type { CandidateToLeadInput, GapSettings, SegmentInput, SegmentUpdate } from '@chainboard/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  type CandidateFilter,
  candidateToLead,
  createSegment,
  getChainGaps,
  getChainMap,
  getGapSettings,
  getLocalSupply,
  getSegmentHistory,
  getSegmentRecords,
  listCandidates,
  listSegments,
  placeEnterprise,
  retireSegment,
  setGapSettings,
  updateSegment,
} from './api';

const KEY = ['chain-map'] as const;

export const useChainMap = (chainId: number | undefined) =>
  useQuery({ queryKey: [...KEY, 'map', chainId], queryFn: () => getChainMap(chainId as number), enabled: chainId !== undefined });
export const useChainGaps = (chainId: number | undefined) =>
  useQuery({ queryKey: [...KEY, 'gaps', chainId], queryFn: () => getChainGaps(chainId as number), enabled: chainId !== undefined });
export const useSegments = (chainId: number | undefined, includeRetired: boolean) =>
  useQuery({
    queryKey: [...KEY, 'segments', chainId, includeRetired],
    queryFn: () => listSegments(chainId as number, includeRetired),
    enabled: chainId !== undefined,
  });
export const useSegmentRecords = (id: number | undefined) =>
  useQuery({ queryKey: [...KEY, 'records', id], queryFn: () => getSegmentRecords(id as number), enabled: id !== undefined });
export const useSegmentHistory = (id: number | undefined) =>
  useQuery({ queryKey: [...KEY, 'history', id], queryFn: () => getSegmentHistory(id as number), enabled: id !== undefined });
export const useGapSettings = () => useQuery({ queryKey: [...KEY, 'settings'], queryFn: getGapSettings });
export const useCandidates = (q: { chainId: number | undefined; only: CandidateFilter; page: number; pageSize: number }) =>
  useQuery({
    queryKey: [...KEY, 'candidates', q],
    queryFn: () => listCandidates({ ...q, chainId: q.chainId as number }),
    enabled: q.chainId !== undefined,
    placeholderData: keepPreviousData,
  });
export const useLocalSupply = (chainId: number | undefined) =>
  useQuery({ queryKey: [...KEY, 'supply', chainId], queryFn: () => getLocalSupply(chainId), enabled: chainId !== undefined });

/** Every change to segments, settings or candidates can move the map: refresh the whole feature. */
function useInvalidate() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: KEY });
    void queryClient.invalidateQueries({ queryKey: ['leads'] });
  };
}

export function useCreateSegment() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (input: z.input<typeof SegmentInput>) => createSegment(input), onSuccess: invalidate });
}
export function useUpdateSegment() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, input }: { id: number; input: z.input<typeof SegmentUpdate> }) => updateSegment(id, input),
    onSuccess: invalidate,
  });
}
export function useRetireSegment() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (id: number) => retireSegment(id), onSuccess: invalidate });
}
export function usePlaceEnterprise() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: { enterpriseId: number; chainId: number; segmentId: number | null }) => placeEnterprise(input),
    onSuccess: invalidate,
  });
}
export function useSetGapSettings() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (s: GapSettings) => setGapSettings(s), onSuccess: invalidate });
}
export function useCandidateToLead() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, input }: { id: number; input: z.input<typeof CandidateToLeadInput> }) => candidateToLead(id, input),
    onSuccess: invalidate,
  });
}
export { useInvalidate as useRefreshChainMap };
