import type {
  AttractionTargetInput,
  HostZoneProposalInput,
  LeadInput,
  LeadMoveInput,
  OpinionInput,
  ProposalDecisionInput,
} from '@chainboard/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  createLead,
  decideProposal,
  getChainMasters,
  getLead,
  getLeadEvents,
  getProgress,
  getPublicHostZones,
  giveOpinion,
  type Lead,
  type LeadListQuery,
  listChainMasterRows,
  listLeads,
  listPlanYears,
  listProposals,
  listTargets,
  moveLead,
  type ProgressLevel,
  type ProposalQuery,
  proposeZone,
  publishZones,
  setTarget,
} from './api';

const LEADS = ['leads'] as const;
const ZONES = ['host-zones'] as const;
const TARGETS = ['attraction-targets'] as const;
const PROGRESS = ['attraction-progress'] as const;
const leadKey = (id: number) => [...LEADS, 'detail', id] as const;

export function useLeads(query: LeadListQuery, enabled = true) {
  return useQuery({ queryKey: [...LEADS, 'list', query], queryFn: () => listLeads(query), placeholderData: keepPreviousData, enabled });
}

export function useLead(id: number | undefined) {
  return useQuery({ queryKey: leadKey(id ?? 0), queryFn: () => getLead(id as number), enabled: id !== undefined, meta: { silent: true } });
}

export function useLeadEvents(id: number) {
  return useQuery({ queryKey: [...leadKey(id), 'events'], queryFn: () => getLeadEvents(id) });
}

function useRefreshLead() {
  const queryClient = useQueryClient();
  return (lead: Lead) => {
    queryClient.setQueryData(leadKey(lead.id), lead);
    void queryClient.invalidateQueries({ queryKey: PROGRESS });
    // a landed lead of 1亿元 or more enters the key-project list
    void queryClient.invalidateQueries({ queryKey: ['projects'] });
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: [...LEADS, 'list'] }),
      queryClient.invalidateQueries({ queryKey: [...leadKey(lead.id), 'events'] }),
    ]);
  };
}

export function useCreateLead() {
  const refresh = useRefreshLead();
  return useMutation({ mutationFn: (input: z.input<typeof LeadInput>) => createLead(input), onSuccess: refresh });
}

export function useMoveLead() {
  const refresh = useRefreshLead();
  return useMutation({
    mutationFn: ({ id, move }: { id: number; move: z.input<typeof LeadMoveInput> }) => moveLead(id, move),
    onSuccess: refresh,
  });
}

export function useProgress(year: number, level: ProgressLevel) {
  return useQuery({ queryKey: [...PROGRESS, year, level], queryFn: () => getProgress(year, level), placeholderData: keepPreviousData });
}

export function useTargets(year: number) {
  return useQuery({ queryKey: [...TARGETS, year], queryFn: () => listTargets(year), meta: { silent: true } });
}

export function useSetTarget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: z.input<typeof AttractionTargetInput>) => setTarget(input),
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: TARGETS }), queryClient.invalidateQueries({ queryKey: PROGRESS })]),
  });
}

export function useProposals(query: ProposalQuery, enabled = true) {
  return useQuery({ queryKey: [...ZONES, 'list', query], queryFn: () => listProposals(query), placeholderData: keepPreviousData, enabled });
}

function useRefreshProposals() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ZONES });
}

export function usePropose() {
  const refresh = useRefreshProposals();
  return useMutation({ mutationFn: (input: z.input<typeof HostZoneProposalInput>) => proposeZone(input), onSuccess: refresh });
}

export function useGiveOpinion() {
  const refresh = useRefreshProposals();
  return useMutation({
    mutationFn: ({ id, input }: { id: number; input: z.input<typeof OpinionInput> }) => giveOpinion(id, input),
    onSuccess: refresh,
  });
}

export function useDecideProposal() {
  const refresh = useRefreshProposals();
  return useMutation({
    mutationFn: ({ id, input }: { id: number; input: z.input<typeof ProposalDecisionInput> }) => decideProposal(id, input),
    onSuccess: refresh,
  });
}

export function usePublishZones() {
  const refresh = useRefreshProposals();
  return useMutation({ mutationFn: publishZones, onSuccess: refresh });
}

export function usePublicHostZones() {
  return useQuery({ queryKey: [...ZONES, 'public'], queryFn: getPublicHostZones, meta: { silent: true } });
}

/** The latest action-plan year (the year the targets count in), or this year when none is loaded. */
export function useDefaultYear(): number | undefined {
  const { data, isPending } = useQuery({
    queryKey: ['plans', 'years'],
    queryFn: listPlanYears,
    staleTime: 10 * 60 * 1000,
    meta: { silent: true },
  });
  if (isPending) return undefined;
  const years = (data ?? []).map((p) => p.year);
  return years.length ? Math.max(...years) : new Date().getFullYear();
}

export function useChainMasters(chainId: number | undefined, on: string) {
  return useQuery({
    queryKey: ['tier-holders', 'masters', chainId ?? 0, on],
    queryFn: () => getChainMasters(chainId as number, on),
    enabled: chainId !== undefined,
    meta: { silent: true },
  });
}

/** The chain masters with their city, for their own attraction targets. */
export function useChainMasterRows(enabled = true) {
  return useQuery({
    queryKey: ['enterprises', 'chain-masters'],
    queryFn: listChainMasterRows,
    staleTime: 5 * 60 * 1000,
    enabled,
    meta: { silent: true },
  });
}
