import type { Alliance, StoredDocument } from '@chainboard/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UploadVars } from '../documents/api';
import {
  type ActivityInput,
  type AllianceInput,
  type AllianceListQuery,
  type AlliancePatch,
  addActivity,
  addItem,
  addMember,
  createAlliance,
  getAlliance,
  type ItemInput,
  listActivities,
  listAlliances,
  listDocuments,
  removeMember,
  updateAlliance,
  updateItem,
  uploadAllianceDocument,
} from './api';

const KEY = ['alliances'] as const;
const detailKey = (id: number) => [...KEY, 'detail', id] as const;

export function useAlliances(query: AllianceListQuery, enabled = true) {
  return useQuery({
    queryKey: [...KEY, 'list', query],
    queryFn: () => listAlliances(query),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/**
 * The alliances one enterprise leads or belongs to. The list API has no enterprise filter, so this
 * reads the alliances of each chain the enterprise sits on and keeps those it is part of.
 */
export function useEnterpriseAlliances(enterpriseId: number, chainIds: number[]) {
  return useQuery({
    queryKey: [...KEY, 'of-enterprise', enterpriseId, chainIds],
    queryFn: async () => {
      const pages = await Promise.all(chainIds.map((chainId) => listAlliances({ page: 1, pageSize: 100, chainId })));
      return pages
        .flatMap((p) => p.items)
        .filter((a) => a.leaderEnterpriseId === enterpriseId || a.members.some((m) => m.enterpriseId === enterpriseId));
    },
    enabled: chainIds.length > 0,
  });
}

export function useAlliance(id: number | undefined) {
  return useQuery({
    queryKey: detailKey(id ?? 0),
    queryFn: () => getAlliance(id as number),
    enabled: id !== undefined,
    meta: { silent: true },
  });
}

export function useActivities(id: number) {
  return useQuery({ queryKey: [...detailKey(id), 'activities'], queryFn: () => listActivities(id) });
}

export function useDocuments(id: number) {
  return useQuery({ queryKey: [...detailKey(id), 'documents'], queryFn: () => listDocuments(id) });
}

function useSaved() {
  const queryClient = useQueryClient();
  return (alliance: Alliance) => {
    queryClient.setQueryData(detailKey(alliance.id), alliance);
    return queryClient.invalidateQueries({ queryKey: [...KEY, 'list'] });
  };
}

export function useCreateAlliance() {
  const saved = useSaved();
  return useMutation({ mutationKey: ['alliances', 'save'], mutationFn: (input: AllianceInput) => createAlliance(input), onSuccess: saved });
}

export function useUpdateAlliance(id: number) {
  const saved = useSaved();
  return useMutation({
    mutationKey: ['alliances', 'save'],
    mutationFn: (patch: AlliancePatch) => updateAlliance(id, patch),
    onSuccess: saved,
  });
}

export function useAddMember(id: number) {
  const saved = useSaved();
  return useMutation({ mutationFn: (input: { enterpriseId: number; joinedOn: string }) => addMember(id, input), onSuccess: saved });
}

export function useRemoveMember(id: number) {
  const saved = useSaved();
  return useMutation({ mutationFn: (enterpriseId: number) => removeMember(id, enterpriseId), onSuccess: saved });
}

export function useAddActivity(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ActivityInput) => addActivity(id, input),
    onSuccess: (list) => queryClient.setQueryData([...detailKey(id), 'activities'], list),
  });
}

/** Document changes answer with the owner's whole document list. */
function useDocumentsChange<V>(allianceId: number, fn: (vars: V) => Promise<StoredDocument[]>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (docs) => queryClient.setQueryData([...detailKey(allianceId), 'documents'], docs),
  });
}

export const useUploadDocument = (allianceId: number) =>
  useDocumentsChange(allianceId, (vars: UploadVars) => uploadAllianceDocument(allianceId, vars));
export const useAddItem = (allianceId: number) =>
  useDocumentsChange(allianceId, ({ documentId, input }: { documentId: number; input: ItemInput }) => addItem(documentId, input));
export const useUpdateItem = (allianceId: number) =>
  useDocumentsChange(allianceId, ({ itemId, patch }: { itemId: number; patch: Partial<ItemInput> }) => updateItem(itemId, patch));
