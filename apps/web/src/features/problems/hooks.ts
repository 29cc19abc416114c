import type { DecisionProgressInput, MeetingDecisionInput, MeetingInput, ProblemInput, ProblemStepInput } from '@chainboard/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { useMe } from '../auth/hooks';
import { useChainOptions } from '../chains/hooks';
import type { UploadVars } from '../documents/api';
import { REMINDERS_KEY } from '../reminders/hooks';
import {
  addDecision,
  createMeeting,
  getMeeting,
  getProblem,
  getProblemStats,
  getProblemTimeline,
  listMeetings,
  listOwnEnterprises,
  listProblemDocuments,
  listProblems,
  type Meeting,
  type MeetingListQuery,
  type Problem,
  type ProblemFilters,
  type ProblemListQuery,
  raiseProblem,
  reportDecisionProgress,
  searchEnterprises,
  searchProjects,
  stepProblem,
  uploadProblemDocument,
} from './api';

const KEY = ['problems'] as const;
const MEETINGS_KEY = ['meetings'] as const;
const detailKey = (id: number) => [...KEY, 'detail', id] as const;
const meetingKey = (id: number) => [...MEETINGS_KEY, 'detail', id] as const;

export function useProblems(query: ProblemListQuery, enabled = true) {
  return useQuery({ queryKey: [...KEY, 'list', query], queryFn: () => listProblems(query), placeholderData: keepPreviousData, enabled });
}

export function useProblemStats(filters: ProblemFilters) {
  return useQuery({
    queryKey: [...KEY, 'stats', filters],
    queryFn: () => getProblemStats(filters),
    placeholderData: keepPreviousData,
    meta: { silent: true },
  });
}

/** One problem; the page shows its own not-found state, so errors are not toasted. */
export function useProblem(id: number | undefined) {
  return useQuery({
    queryKey: detailKey(id ?? 0),
    queryFn: () => getProblem(id as number),
    enabled: id !== undefined,
    meta: { silent: true },
  });
}

export function useProblemTimeline(id: number) {
  return useQuery({ queryKey: [...detailKey(id), 'timeline'], queryFn: () => getProblemTimeline(id) });
}

export function useProblemDocuments(id: number) {
  return useQuery({ queryKey: [...detailKey(id), 'documents'], queryFn: () => listProblemDocuments(id) });
}

/** An upload answers with the problem's whole attachment list. */
export function useUploadProblemDocument(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: UploadVars) => uploadProblemDocument(id, vars),
    onSuccess: (docs) => queryClient.setQueryData([...detailKey(id), 'documents'], docs),
  });
}

/** After any write: the record in place, and every list, count, timeline and reminder refetched. */
function useRefreshProblem() {
  const queryClient = useQueryClient();
  return (problem: Problem) => {
    queryClient.setQueryData(detailKey(problem.id), problem);
    void queryClient.invalidateQueries({ queryKey: REMINDERS_KEY });
    void queryClient.invalidateQueries({ queryKey: MEETINGS_KEY });
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: [...KEY, 'list'] }),
      queryClient.invalidateQueries({ queryKey: [...KEY, 'stats'] }),
      queryClient.invalidateQueries({ queryKey: [...detailKey(problem.id), 'timeline'] }),
    ]);
  };
}

export function useRaiseProblem() {
  const refresh = useRefreshProblem();
  return useMutation({ mutationFn: (input: z.input<typeof ProblemInput>) => raiseProblem(input), onSuccess: refresh });
}

export function useProblemStep() {
  const refresh = useRefreshProblem();
  return useMutation({ mutationFn: ({ id, step }: { id: number; step: ProblemStepInput }) => stepProblem(id, step), onSuccess: refresh });
}

export function useMeetings(query: MeetingListQuery, enabled = true) {
  return useQuery({
    queryKey: [...MEETINGS_KEY, 'list', query],
    queryFn: () => listMeetings(query),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useMeeting(id: number | undefined) {
  return useQuery({
    queryKey: meetingKey(id ?? 0),
    queryFn: () => getMeeting(id as number),
    enabled: id !== undefined,
    meta: { silent: true },
  });
}

function useRefreshMeeting() {
  const queryClient = useQueryClient();
  return (meeting: Meeting) => {
    queryClient.setQueryData(meetingKey(meeting.id), meeting);
    // agenda problems rise to the chain leader's level and get timeline entries
    void queryClient.invalidateQueries({ queryKey: KEY });
    return queryClient.invalidateQueries({ queryKey: [...MEETINGS_KEY, 'list'] });
  };
}

export function useCreateMeeting() {
  const refresh = useRefreshMeeting();
  return useMutation({ mutationFn: (input: z.input<typeof MeetingInput>) => createMeeting(input), onSuccess: refresh });
}

export function useAddDecision() {
  const refresh = useRefreshMeeting();
  return useMutation({
    mutationFn: ({ meetingId, input }: { meetingId: number; input: z.input<typeof MeetingDecisionInput> }) => addDecision(meetingId, input),
    onSuccess: refresh,
  });
}

export function useDecisionProgress() {
  const refresh = useRefreshMeeting();
  return useMutation({
    mutationFn: ({ decisionId, input }: { decisionId: number; input: z.input<typeof DecisionProgressInput> }) =>
      reportDecisionProgress(decisionId, input),
    onSuccess: refresh,
  });
}

export type ChainChoice = { value: number; label: string; leadUnitId: number | null | undefined };

/**
 * The chains a problem can be raised on: those the user may read and, for an enterprise login, the
 * chains its own register record sits on (an enterprise reads no chain list of its own).
 */
export function useChainChoices() {
  const me = useMe();
  const readable = useChainOptions(me.organisationType !== 'enterprise');
  const own = useQuery({
    queryKey: ['enterprises', 'own', me.organisationId],
    queryFn: listOwnEnterprises,
    enabled: me.organisationType === 'enterprise',
    staleTime: 5 * 60 * 1000,
    meta: { silent: true },
  });
  const choices = new Map<number, ChainChoice>();
  for (const c of readable.data ?? []) choices.set(c.id, { value: c.id, label: c.name, leadUnitId: c.leadUnitId });
  for (const e of own.data?.items ?? [])
    for (const p of e.chains)
      if (!choices.has(p.chainId)) choices.set(p.chainId, { value: p.chainId, label: p.chainName, leadUnitId: undefined });
  return {
    loading: readable.isLoading || own.isLoading,
    options: [...choices.values()],
    ownEnterprises: own.data?.items ?? [],
  };
}

export function useProjectSearch(q: string, chainId: number | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['projects', 'search', 'problems', q, chainId ?? null],
    queryFn: () => searchProjects(q, chainId),
    select: (page) => page.items,
    enabled,
    staleTime: 60 * 1000,
    placeholderData: keepPreviousData,
    meta: { silent: true },
  });
}

export function useEnterpriseSearch(q: string, chainId: number | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['enterprises', 'search', 'problems', q, chainId ?? null],
    queryFn: () => searchEnterprises(q, chainId),
    select: (page) => page.items,
    enabled,
    staleTime: 60 * 1000,
    placeholderData: keepPreviousData,
    meta: { silent: true },
  });
}
