import type { Project } from '@chainboard/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useChains } from '../chains/hooks';
import {
  createProject,
  getClassCounts,
  getProject,
  getTimeline,
  listModeDemonstrations,
  listProjects,
  listReserve,
  listVisits,
  moveProjectClass,
  type ProjectListQuery,
  type ReserveListQuery,
  recommendReserve,
  recordModeDemonstration,
  recordVisit,
  reportProgress,
  reviewReserve,
  searchEnterprises,
  setDemonstration,
  updateProject,
  type VisitListQuery,
} from './api';

const KEY = ['projects'] as const;
const detailKey = (id: number) => [...KEY, 'detail', id] as const;
const timelineKey = (id: number) => [...KEY, 'timeline', id] as const;
const RESERVE_KEY = ['fund-reserve'] as const;
const VISITS_KEY = ['visits'] as const;
const DEMONSTRATIONS_KEY = ['mode-demonstrations'] as const;

export function useProjects(query: ProjectListQuery, enabled = true) {
  return useQuery({
    queryKey: [...KEY, 'list', query],
    queryFn: () => listProjects(query),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** One project; the page shows its own not-found state, so errors are not toasted. */
export function useProject(id: number | undefined) {
  return useQuery({
    queryKey: detailKey(id ?? 0),
    queryFn: () => getProject(id as number),
    enabled: id !== undefined,
    meta: { silent: true },
  });
}

export function useTimeline(id: number) {
  return useQuery({ queryKey: timelineKey(id), queryFn: () => getTimeline(id) });
}

export function useClassCounts(year: number | undefined) {
  return useQuery({
    queryKey: [...KEY, 'class-counts', year ?? 'all'],
    queryFn: () => getClassCounts(year),
    placeholderData: keepPreviousData,
  });
}

/** After any change to a project: the new record in place, lists, counts and its timeline refetched. */
function useRefreshProject() {
  const queryClient = useQueryClient();
  return (project: Project) => {
    queryClient.setQueryData(detailKey(project.id), project);
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: [...KEY, 'list'] }),
      queryClient.invalidateQueries({ queryKey: [...KEY, 'class-counts'] }),
      queryClient.invalidateQueries({ queryKey: timelineKey(project.id) }),
    ]);
  };
}

/** Refetch everything about projects (after an import, say). */
export function useRefreshProjects() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: KEY });
}

export function useCreateProject() {
  const refresh = useRefreshProject();
  return useMutation({ mutationFn: createProject, onSuccess: refresh });
}

export function useUpdateProject() {
  const refresh = useRefreshProject();
  return useMutation({
    mutationFn: ({ id, patch }: { id: number; patch: Parameters<typeof updateProject>[1] }) => updateProject(id, patch),
    onSuccess: refresh,
  });
}

export function useMoveClass() {
  const refresh = useRefreshProject();
  return useMutation({
    mutationFn: ({ id, move }: { id: number; move: Parameters<typeof moveProjectClass>[1] }) => moveProjectClass(id, move),
    onSuccess: refresh,
  });
}

export function useSetDemonstration() {
  const refresh = useRefreshProject();
  return useMutation({
    mutationFn: ({ id, demonstration }: { id: number; demonstration: boolean }) => setDemonstration(id, demonstration),
    onSuccess: refresh,
  });
}

export function useReportProgress() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, report }: { id: number; report: Parameters<typeof reportProgress>[1] }) => reportProgress(id, report),
    // completed investment, lateness and the timeline all change
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

/** The chains the user can see (at most 100: a province has about 20), for filters and pickers. */
export function useChainOptions() {
  const { data, isLoading } = useChains({ page: 1, pageSize: 100, sort: 'code' });
  const chains = data?.items ?? [];
  return { loading: isLoading, chains, options: chains.map((c) => ({ value: c.id, label: c.name })) };
}

/**
 * Chains to filter projects by: those the user can read, plus any chain its projects are on (a city
 * sees the projects in its place even on chains it does not host, and so cannot read).
 */
export function useProjectChainOptions() {
  const readable = useChainOptions();
  const counts = useClassCounts(undefined);
  const known = new Set(readable.options.map((o) => o.value));
  const more = (counts.data ?? []).filter((c) => !known.has(c.chainId)).map((c) => ({ value: c.chainId, label: c.chainName }));
  return { loading: readable.loading, options: [...readable.options, ...more] };
}

/**
 * The lead unit of a project's chain, for the rules that need it (a project's answer does not carry
 * it). Undefined while loading or when the chain is outside what the user may read.
 */
export function useChainLeadUnitId(chainId: number | undefined): number | null | undefined {
  const { chains } = useChainOptions();
  return chains.find((c) => c.id === chainId)?.leadUnitId;
}

export function useEnterpriseSearch(q: string) {
  return useQuery({
    queryKey: ['enterprises', 'search', q],
    queryFn: () => searchEnterprises(q),
    select: (page) => page.items,
    staleTime: 60 * 1000,
    placeholderData: keepPreviousData,
    meta: { silent: true },
  });
}

/** Projects by name, for pickers (within the user's scope). */
export function useProjectSearch(q: string, chainId?: number) {
  return useQuery({
    queryKey: [...KEY, 'search', q, chainId ?? null],
    queryFn: () => listProjects({ page: 1, pageSize: 20, q: q || undefined, chainId }),
    select: (page) => page.items,
    staleTime: 60 * 1000,
    placeholderData: keepPreviousData,
    meta: { silent: true },
  });
}

export function useReserve(query: ReserveListQuery) {
  return useQuery({ queryKey: [...RESERVE_KEY, query], queryFn: () => listReserve(query), placeholderData: keepPreviousData });
}

export function useRecommendReserve() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: recommendReserve, onSuccess: () => queryClient.invalidateQueries({ queryKey: RESERVE_KEY }) });
}

export function useReviewReserve() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: number; input: Parameters<typeof reviewReserve>[1] }) => reviewReserve(id, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: RESERVE_KEY }),
  });
}

export function useVisits(query: VisitListQuery) {
  return useQuery({ queryKey: [...VISITS_KEY, query], queryFn: () => listVisits(query), placeholderData: keepPreviousData });
}

export function useRecordVisit() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: recordVisit, onSuccess: () => queryClient.invalidateQueries({ queryKey: VISITS_KEY }) });
}

export function useModeDemonstrations() {
  return useQuery({ queryKey: DEMONSTRATIONS_KEY, queryFn: () => listModeDemonstrations() });
}

export function useRecordModeDemonstration() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordModeDemonstration,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: DEMONSTRATIONS_KEY }),
  });
}
