import type { Enterprise, EnterpriseInput, EnterprisePatch, FigureInput, HonourKind, HonourLevel, Tier } from '@chainboard/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  addHonour,
  confirmEnterprise,
  createEnterprise,
  type EnterpriseListQuery,
  getEnterprise,
  getFigures,
  getHistory,
  getHonours,
  getTierHolders,
  getTiers,
  listEnterprises,
  reportFigures,
  revokeHonour,
  setTier,
  updateEnterprise,
} from './api';

const KEY = ['enterprises'] as const;
export const enterpriseKey = (id: number) => [...KEY, 'detail', id] as const;

export function useEnterprises(query: EnterpriseListQuery, enabled = true) {
  return useQuery({
    queryKey: [...KEY, 'list', query],
    queryFn: () => listEnterprises(query),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** One enterprise; the page shows its own not-found state, so errors are not toasted. */
export function useEnterprise(id: number | undefined) {
  return useQuery({
    queryKey: enterpriseKey(id ?? 0),
    queryFn: () => getEnterprise(id as number),
    enabled: id !== undefined,
    meta: { silent: true },
  });
}

export function useTiers(id: number) {
  return useQuery({ queryKey: [...enterpriseKey(id), 'tiers'], queryFn: () => getTiers(id) });
}

export function useEnterpriseHistory(id: number) {
  return useQuery({ queryKey: [...enterpriseKey(id), 'history'], queryFn: () => getHistory(id) });
}

export function useHonours(id: number) {
  return useQuery({ queryKey: [...enterpriseKey(id), 'honours'], queryFn: () => getHonours(id) });
}

export function useFigures(id: number) {
  return useQuery({ queryKey: [...enterpriseKey(id), 'figures'], queryFn: () => getFigures(id) });
}

/** Who holds a tier on a chain on a day (链主 of a chain for an alliance's leader, say). */
export function useTierHolders(query: { chainId: number | undefined; on: string; tier?: Tier }) {
  return useQuery({
    queryKey: ['tier-holders', query],
    queryFn: () => getTierHolders({ chainId: query.chainId as number, on: query.on, tier: query.tier }),
    enabled: query.chainId !== undefined,
  });
}

/** After any change to one enterprise: its record, sub-lists, history and every list. */
function useRefresh() {
  const queryClient = useQueryClient();
  return (id: number, enterprise?: Enterprise) => {
    if (enterprise) queryClient.setQueryData(enterpriseKey(id), enterprise);
    void queryClient.invalidateQueries({ queryKey: enterpriseKey(id), predicate: (q) => !enterprise || q.queryKey.length > 3 });
    return queryClient.invalidateQueries({ queryKey: [...KEY, 'list'] });
  };
}

export function useCreateEnterprise() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (input: EnterpriseInput) => createEnterprise(input), onSuccess: (e) => refresh(e.id, e) });
}

export function useUpdateEnterprise() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, patch }: { id: number; patch: EnterprisePatch }) => updateEnterprise(id, patch),
    onSuccess: (e) => refresh(e.id, e),
  });
}

export function useConfirmEnterprise() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (id: number) => confirmEnterprise(id), onSuccess: (e) => refresh(e.id, e) });
}

export function useSetTier(id: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: { chainId: number; tier: Tier; validFrom: string; note: string | null }) => setTier(id, input),
    onSuccess: () => refresh(id),
  });
}

export function useAddHonour(id: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: { kind: HonourKind; level: HonourLevel; year: number; note: string | null }) => addHonour(id, input),
    onSuccess: () => refresh(id),
  });
}

export function useRevokeHonour(id: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ honourId, ...input }: { honourId: number; revokedOn: string; note: string | null }) => revokeHonour(id, honourId, input),
    onSuccess: () => refresh(id),
  });
}

export function useReportFigures(id: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationKey: ['report-figures', id],
    mutationFn: (input: FigureInput) => reportFigures(id, input),
    onSuccess: () => refresh(id),
  });
}
