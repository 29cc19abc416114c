import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type DrillParams,
  getCockpit,
  getDrill,
  getRanking,
  getSnapshot,
  getSnapshotDiff,
  listSnapshots,
  takeSnapshot,
  type ViewQuery,
} from './api';

const COCKPIT = ['cockpit'] as const;

export function useCockpit(q: ViewQuery, enabled = true) {
  return useQuery({ queryKey: [...COCKPIT, 'view', q], queryFn: () => getCockpit(q), enabled, placeholderData: keepPreviousData });
}

export function useRanking(enabled: boolean, year?: number, asOf?: string) {
  return useQuery({
    queryKey: [...COCKPIT, 'ranking', year ?? 0, asOf ?? ''],
    queryFn: () => getRanking(year, asOf),
    enabled,
    meta: { silent: true },
  });
}

export function useDrill(d: DrillParams | null, page: number, pageSize: number) {
  return useQuery({
    queryKey: [...COCKPIT, 'drill', d, page, pageSize],
    queryFn: () => getDrill(d as DrillParams, page, pageSize),
    enabled: d !== null,
    placeholderData: keepPreviousData,
  });
}

export function useSnapshots(enabled: boolean) {
  return useQuery({ queryKey: [...COCKPIT, 'snapshots'], queryFn: listSnapshots, enabled, meta: { silent: true } });
}

export function useSnapshot(id: number | undefined) {
  return useQuery({ queryKey: [...COCKPIT, 'snapshot', id ?? 0], queryFn: () => getSnapshot(id as number), enabled: id !== undefined });
}

export function useSnapshotDiff(id: number | undefined) {
  return useQuery({
    queryKey: [...COCKPIT, 'diff', id ?? 0],
    queryFn: () => getSnapshotDiff(id as number),
    enabled: id !== undefined,
    // read against today's records: asked again each time it opens, so a correction just made shows
    staleTime: 0,
  });
}

export function useTakeSnapshot() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (period: string) => takeSnapshot(period),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...COCKPIT, 'snapshots'] }),
  });
}
