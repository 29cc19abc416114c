import type { Chain, ChainInput, ChainPatch } from '@chainboard/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ChainListQuery, createChain, getChain, listChains, updateChain } from './api';

const KEY = ['chains'] as const;
const detailKey = (id: number) => [...KEY, 'detail', id] as const;

export function useChains(query: ChainListQuery) {
  return useQuery({
    queryKey: [...KEY, 'list', query],
    queryFn: () => listChains(query),
    placeholderData: keepPreviousData,
  });
}

/** One chain; the page shows its own not-found state, so errors are not toasted. */
export function useChain(id: number | undefined) {
  return useQuery({
    queryKey: detailKey(id ?? 0),
    queryFn: () => getChain(id as number),
    enabled: id !== undefined,
    meta: { silent: true },
  });
}

function useRefreshAfterSave() {
  const queryClient = useQueryClient();
  return (chain: Chain) => {
    queryClient.setQueryData(detailKey(chain.id), chain);
    return queryClient.invalidateQueries({ queryKey: [...KEY, 'list'] });
  };
}

export function useCreateChain() {
  const refresh = useRefreshAfterSave();
  return useMutation({ mutationFn: (input: ChainInput) => createChain(input), onSuccess: refresh });
}

export function useUpdateChain() {
  const refresh = useRefreshAfterSave();
  return useMutation({
    mutationFn: ({ id, patch }: { id: number; patch: ChainPatch }) => updateChain(id, patch),
    onSuccess: refresh,
  });
}
