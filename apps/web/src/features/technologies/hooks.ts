import type {
  BreakthroughSummaryInput,
  ConsortiumInput,
  ConsortiumPatch,
  PlatformInput,
  PlatformPatch,
  TechnologyInput,
  TechnologyPatch,
} from '@chainboard/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type ConsortiumFilters,
  createConsortium,
  createPlatform,
  createTechnology,
  getConsortiumHistory,
  getSummaries,
  getTechnologyHistory,
  listConsortia,
  listPlatforms,
  listSegments,
  listTechnologies,
  type PlatformFilters,
  saveSummary,
  type TechnologyFilters,
  updateConsortium,
  updatePlatform,
  updateTechnology,
} from './api';

const TECH = ['technologies'] as const;
const CONSORTIA = ['consortia'] as const;
const PLATFORMS = ['innovation-platforms'] as const;
const SUMMARIES = ['breakthrough-summaries'] as const;
type Paging = { page: number; pageSize: number };

export function useTechnologies(query: TechnologyFilters & Paging) {
  return useQuery({ queryKey: [...TECH, 'list', query], queryFn: () => listTechnologies(query), placeholderData: keepPreviousData });
}

/** The chain's key technologies, for the consortium form's picker. */
export function useChainTechnologies(chainId: number | undefined) {
  return useQuery({
    queryKey: [...TECH, 'list', { chainId, page: 1, pageSize: 100 }],
    queryFn: () => listTechnologies({ chainId, page: 1, pageSize: 100 }),
    select: (page) => page.items,
    enabled: chainId !== undefined,
  });
}

export function useTechnologyHistory(id: number | undefined) {
  return useQuery({ queryKey: [...TECH, 'history', id], queryFn: () => getTechnologyHistory(id as number), enabled: id !== undefined });
}

export function useConsortiumHistory(id: number | undefined) {
  return useQuery({
    queryKey: [...CONSORTIA, 'history', id],
    queryFn: () => getConsortiumHistory(id as number),
    enabled: id !== undefined,
  });
}

/** The chain's segments that are in use, for the technology form and filter. */
export function useSegments(chainId: number | undefined) {
  return useQuery({
    queryKey: ['segments', chainId],
    queryFn: () => listSegments(chainId as number),
    select: (rows) => rows.filter((s) => s.retiredAt === null),
    enabled: chainId !== undefined,
    meta: { silent: true },
  });
}

function useRefresh(key: readonly string[]) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: key });
}

export function useSaveTechnology(id: number | null) {
  const refresh = useRefresh(TECH);
  return useMutation({
    mutationKey: [...TECH, 'save'],
    mutationFn: (input: TechnologyInput | TechnologyPatch) =>
      id === null ? createTechnology(input as TechnologyInput) : updateTechnology(id, input as TechnologyPatch),
    onSuccess: refresh,
  });
}

export function useSaveConsortium(id: number | null) {
  const refresh = useRefresh(CONSORTIA);
  return useMutation({
    mutationKey: [...CONSORTIA, 'save'],
    mutationFn: (input: ConsortiumInput | ConsortiumPatch) =>
      id === null ? createConsortium(input as ConsortiumInput) : updateConsortium(id, input as ConsortiumPatch),
    onSuccess: refresh,
  });
}

export function useConsortia(query: ConsortiumFilters & Paging) {
  return useQuery({ queryKey: [...CONSORTIA, 'list', query], queryFn: () => listConsortia(query), placeholderData: keepPreviousData });
}

export function usePlatforms(query: PlatformFilters & Paging) {
  return useQuery({ queryKey: [...PLATFORMS, 'list', query], queryFn: () => listPlatforms(query), placeholderData: keepPreviousData });
}

export function useSavePlatform(id: number | null) {
  const refresh = useRefresh(PLATFORMS);
  return useMutation({
    mutationKey: [...PLATFORMS, 'save'],
    mutationFn: (input: PlatformInput | PlatformPatch) =>
      id === null ? createPlatform(input as PlatformInput) : updatePlatform(id, input as PlatformPatch),
    onSuccess: refresh,
  });
}

export function useSummaries(year: number, chainId?: number) {
  return useQuery({
    queryKey: [...SUMMARIES, year, chainId],
    queryFn: () => getSummaries(year, chainId),
    placeholderData: keepPreviousData,
  });
}

export function useSaveSummary() {
  const refresh = useRefresh(SUMMARIES);
  return useMutation({
    mutationKey: [...SUMMARIES, 'save'],
    mutationFn: (input: BreakthroughSummaryInput) => saveSummary(input),
    onSuccess: refresh,
  });
}
