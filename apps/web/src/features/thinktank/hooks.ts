import type {
  ConsultationInput,
  ExpertGroupMembersInput,
  ExpertInput,
  ExpertReportInput,
  FollowUpInput,
  PairingInput,
  PairingServiceInput,
} from '@chainboard/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { useChainOptions } from '../chains/hooks';
import type { UploadVars } from '../documents/api';
import {
  addService,
  type ConsultationFilters,
  createConsultation,
  createExpert,
  createPairing,
  createReport,
  type ExpertFilters,
  getExpert,
  getExpertHistory,
  getGroupHistory,
  getMyWork,
  linkExpertAccount,
  listConsultations,
  listExpertAccounts,
  listExperts,
  listGroups,
  listPairings,
  listReportDocuments,
  listReports,
  type PairingFilters,
  publishGroup,
  type ReportFilters,
  setFollowUp,
  setGroupMembers,
  updateExpert,
  uploadReportDocument,
} from './api';

const KEY = ['thinktank'] as const;
type Page = { page: number; pageSize: number };

export function useExperts(q: ExpertFilters & Page, enabled = true) {
  return useQuery({ queryKey: [...KEY, 'experts', q], queryFn: () => listExperts(q), placeholderData: keepPreviousData, enabled });
}
/** The whole pool as choices for pickers (at most 100 at a time, searched on the server). */
export function useExpertChoices(chainId?: number) {
  const { data, isLoading } = useExperts({ page: 1, pageSize: 100, chainId });
  return { loading: isLoading, options: (data?.items ?? []).map((x) => ({ value: x.id, label: `${x.name}（${x.workUnit}）` })) };
}
export function useExpert(id: number | undefined) {
  return useQuery({
    queryKey: [...KEY, 'expert', id],
    queryFn: () => getExpert(id as number),
    enabled: id !== undefined,
    meta: { silent: true },
  });
}
export function useExpertHistory(id: number) {
  return useQuery({ queryKey: [...KEY, 'expert', id, 'history'], queryFn: () => getExpertHistory(id) });
}
export function useExpertAccounts() {
  return useQuery({ queryKey: [...KEY, 'accounts'], queryFn: listExpertAccounts });
}
export function useGroups() {
  return useQuery({ queryKey: [...KEY, 'groups'], queryFn: listGroups });
}
export function useGroupHistory(chainId: number | undefined) {
  return useQuery({
    queryKey: [...KEY, 'groups', chainId, 'history'],
    queryFn: () => getGroupHistory(chainId as number),
    enabled: chainId !== undefined,
  });
}
export function useConsultations(q: ConsultationFilters & Page) {
  return useQuery({ queryKey: [...KEY, 'consultations', q], queryFn: () => listConsultations(q), placeholderData: keepPreviousData });
}
export function useReports(q: ReportFilters & Page) {
  return useQuery({ queryKey: [...KEY, 'reports', q], queryFn: () => listReports(q), placeholderData: keepPreviousData });
}
export function useReportDocuments(id: number) {
  return useQuery({ queryKey: [...KEY, 'reports', id, 'documents'], queryFn: () => listReportDocuments(id) });
}
export function usePairings(q: PairingFilters & Page) {
  return useQuery({ queryKey: [...KEY, 'pairings', q], queryFn: () => listPairings(q), placeholderData: keepPreviousData });
}
export function useMyWork() {
  return useQuery({ queryKey: [...KEY, 'mine'], queryFn: getMyWork });
}

/** Every write refreshes the module's lists, details and histories. */
function useWrite<V, R>(fn: (v: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }) });
}

export const useSaveExpert = () =>
  useWrite(({ id, input }: { id?: number; input: z.input<typeof ExpertInput> }) => (id ? updateExpert(id, input) : createExpert(input)));
export const useLinkAccount = () => useWrite(({ id, userId }: { id: number; userId: number | null }) => linkExpertAccount(id, userId));
export const useSetMembers = () =>
  useWrite(({ chainId, input }: { chainId: number; input: z.input<typeof ExpertGroupMembersInput> }) => setGroupMembers(chainId, input));
export const usePublishGroup = () => useWrite(({ chainId, on }: { chainId: number; on?: string }) => publishGroup(chainId, on));
export const useCreateConsultation = () => useWrite((input: z.input<typeof ConsultationInput>) => createConsultation(input));
export const useCreateReport = () => useWrite((input: z.input<typeof ExpertReportInput>) => createReport(input));
export const useSetFollowUp = () =>
  useWrite(({ id, input }: { id: number; input: z.input<typeof FollowUpInput> }) => setFollowUp(id, input));
export const useCreatePairing = () => useWrite((input: z.input<typeof PairingInput>) => createPairing(input));
export const useAddService = () =>
  useWrite(({ id, input }: { id: number; input: z.input<typeof PairingServiceInput> }) => addService(id, input));

/** An upload answers with the report's whole document list. */
export function useUploadReportDocument(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: UploadVars) => uploadReportDocument(id, vars),
    onSuccess: (docs) => queryClient.setQueryData([...KEY, 'reports', id, 'documents'], docs),
  });
}

/** Chains to choose from, with their lead units (for what the user may record on). */
export function useChainChoices(enabled = true) {
  const { data, isLoading } = useChainOptions(enabled);
  return {
    loading: isLoading,
    chains: data ?? [],
    options: (data ?? []).map((c) => ({ value: c.id, label: c.name, leadUnitId: c.leadUnitId })),
  };
}
