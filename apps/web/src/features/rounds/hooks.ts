import type { DeclarationInput, Round, RoundInput, RoundState } from '@chainboard/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  advanceRound,
  createRound,
  type Decision,
  decideDeclaration,
  declare,
  getReporting,
  getResults,
  getRound,
  listDeclarations,
  listRounds,
  type RoundListQuery,
  reviewDeclaration,
} from './api';

const KEY = ['rounds'] as const;
const detailKey = (id: number) => [...KEY, 'detail', id] as const;

export function useRounds(query: RoundListQuery) {
  return useQuery({ queryKey: [...KEY, 'list', query], queryFn: () => listRounds(query), placeholderData: keepPreviousData });
}

export function useRound(id: number | undefined) {
  return useQuery({
    queryKey: detailKey(id ?? 0),
    queryFn: () => getRound(id as number),
    enabled: id !== undefined,
    meta: { silent: true },
  });
}

export function useDeclarations(id: number) {
  return useQuery({ queryKey: [...detailKey(id), 'declarations'], queryFn: () => listDeclarations(id), enabled: id > 0 });
}

export function useResults(id: number, enabled: boolean) {
  return useQuery({ queryKey: [...detailKey(id), 'results'], queryFn: () => getResults(id), enabled });
}

export function useReporting(id: number, enabled: boolean) {
  return useQuery({ queryKey: [...detailKey(id), 'reporting'], queryFn: () => getReporting(id), enabled });
}

export function useCreateRound() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['rounds', 'create'],
    mutationFn: (input: RoundInput) => createRound(input),
    onSuccess: (round) => {
      queryClient.setQueryData(detailKey(round.id), round);
      return queryClient.invalidateQueries({ queryKey: [...KEY, 'list'] });
    },
  });
}

/** Moving a round on changes its declarations' meaning and, on 认定, enterprises' tiers. */
export function useAdvanceRound(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (to: RoundState) => advanceRound(id, to),
    onSuccess: (round: Round) => {
      queryClient.setQueryData(detailKey(id), round);
      void queryClient.invalidateQueries({ queryKey: ['enterprises'] });
      return queryClient.invalidateQueries({ queryKey: KEY, predicate: (q) => q.queryKey[2] !== id || q.queryKey.length > 3 });
    },
  });
}

function useDeclarationChange<V>(roundId: number, fn: (vars: V) => Promise<unknown>, name: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['rounds', name, roundId],
    mutationFn: fn,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: [...KEY, 'list'] });
      return queryClient.invalidateQueries({ queryKey: detailKey(roundId) });
    },
  });
}

export const useDeclare = (roundId: number) =>
  useDeclarationChange(roundId, (input: DeclarationInput) => declare(roundId, input), 'declare');
export const useReview = (roundId: number) =>
  useDeclarationChange(
    roundId,
    ({ id, score, comment }: { id: number; score: number; comment: string | null }) => reviewDeclaration(id, { score, comment }),
    'review',
  );
export const useDecide = (roundId: number) =>
  useDeclarationChange(
    roundId,
    ({ id, decision, note }: { id: number; decision: Decision; note: string | null }) => decideDeclaration(id, { decision, note }),
    'decide',
  );
