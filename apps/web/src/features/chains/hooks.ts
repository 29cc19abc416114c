import type { Chain, ChainInput, ChainPatch } from '@chainboard/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ChainListQuery, createChain, getChain, getChainHistory, listChains, updateChain } from './api';

const KEY = ['chains'] as const;
const detailKey = (id: number) => [...KEY, 'detail', id] as const;

export function useChains(query: ChainListQuery) {
  return useQuery({
    queryKey: [...KEY, 'list', query],
    queryFn: () => listChains(query),
    placeholderData: keepPreviousData,
  });
}

/** Every chain the user can see (a province has about 20), for pickers and filters. */
export function useChainOptions(enabled = true) {
  return useQuery({
    queryKey: [...KEY, 'options'],
    queryFn: () => listChains({ page: 1, pageSize: 100, sort: 'code' }),
    select: (page) => page.items,
    staleTime: 5 * 60 * 1000,
    enabled,
    meta: { silent: true },
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

/** 变更记录 of one chain; refreshed after every save of the chain. */
export function useChainHistory(id: number | undefined) {
  return useQuery({
    queryKey: [...detailKey(id ?? 0), 'history'],
    queryFn: () => getChainHistory(id as number),
    enabled: id !== undefined,
  });
}

function useRefreshAfterSave() {
  const queryClient = useQueryClient();
  return (chain: Chain) => {
    queryClient.setQueryData(detailKey(chain.id), chain);
    void queryClient.invalidateQueries({ queryKey: [...detailKey(chain.id), 'history'] });
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
