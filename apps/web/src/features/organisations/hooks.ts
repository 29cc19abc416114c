import type { OrganisationInput, OrganisationPatch, OrgType } from '@chainboard/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createOrganisation, listOrganisations, type OrganisationListQuery, updateOrganisation } from './api';

const KEY = ['organisations'] as const;

/** The largest page the server gives; enough for every city, zone or lead unit of a province. */
export const OPTIONS_PAGE_SIZE = 500;

export function useOrganisations(query: OrganisationListQuery) {
  return useQuery({
    queryKey: [...KEY, 'list', query],
    queryFn: () => listOrganisations(query),
    placeholderData: keepPreviousData,
  });
}

/** All organisations of one type (or every type), for select boxes. */
export function useOrganisationOptions(type?: OrgType, enabled = true) {
  return useQuery({
    queryKey: [...KEY, 'options', type ?? 'all'],
    queryFn: () => listOrganisations({ type, pageSize: OPTIONS_PAGE_SIZE }),
    select: (page) => page.items,
    staleTime: 5 * 60 * 1000,
    enabled,
    // A select without options is enough of a sign; a toast on every page would be noise.
    meta: { silent: true },
  });
}

export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: OrganisationInput) => createOrganisation(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

export function useUpdateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: number; patch: OrganisationPatch }) => updateOrganisation(id, patch),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}
