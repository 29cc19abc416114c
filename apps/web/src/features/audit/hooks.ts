import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { type AuditListQuery, listAudit, verifyAudit } from './api';

export function useAuditEntries(query: AuditListQuery) {
  return useQuery({
    queryKey: ['audit', 'list', query],
    queryFn: () => listAudit(query),
    placeholderData: keepPreviousData,
  });
}

export function useVerifyAudit() {
  return useMutation({ mutationFn: verifyAudit });
}
