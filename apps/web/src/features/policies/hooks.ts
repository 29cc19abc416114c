import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UploadVars } from '../documents/api';
import {
  addGrant,
  createPolicy,
  getEvaluation,
  getPolicy,
  getPolicyHistory,
  listPolicies,
  listPolicyDocuments,
  type PolicyDetail,
  type PolicyListQuery,
  updatePolicy,
  uploadPolicyDocument,
} from './api';

const KEY = ['policies'] as const;
const policyKey = (id: number) => [...KEY, 'detail', id] as const;

export function usePolicies(query: PolicyListQuery) {
  return useQuery({ queryKey: [...KEY, 'list', query], queryFn: () => listPolicies(query), placeholderData: keepPreviousData });
}

export function usePolicy(id: number | undefined) {
  return useQuery({
    queryKey: policyKey(id ?? 0),
    queryFn: () => getPolicy(id as number),
    enabled: id !== undefined,
    meta: { silent: true },
  });
}

export function useEvaluation(id: number) {
  return useQuery({ queryKey: [...policyKey(id), 'evaluation'], queryFn: () => getEvaluation(id) });
}

export function usePolicyHistory(id: number) {
  return useQuery({ queryKey: [...policyKey(id), 'history'], queryFn: () => getPolicyHistory(id) });
}

export function usePolicyDocuments(id: number) {
  return useQuery({ queryKey: [...policyKey(id), 'documents'], queryFn: () => listPolicyDocuments(id) });
}

function useRefresh() {
  const queryClient = useQueryClient();
  return (p: PolicyDetail) => {
    queryClient.setQueryData(policyKey(p.id), p);
    return queryClient.invalidateQueries({ queryKey: KEY });
  };
}

export function useCreatePolicy() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: createPolicy, onSuccess: (p) => refresh(p) });
}

export function useUpdatePolicy(id: number) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (input: Parameters<typeof updatePolicy>[1]) => updatePolicy(id, input), onSuccess: (p) => refresh(p) });
}

export function useAddGrant(id: number) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (input: Parameters<typeof addGrant>[1]) => addGrant(id, input), onSuccess: (p) => refresh(p) });
}

export function useUploadPolicyDocument(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: UploadVars) => uploadPolicyDocument(id, vars),
    onSuccess: (docs) => queryClient.setQueryData([...policyKey(id), 'documents'], docs),
  });
}
