import type {
  AttractionTarget,
  AttractionTargetInput,
  Enterprise,
  HostZoneProposal,
  HostZoneProposalInput,
  Lead,
  LeadEvent,
  LeadInput,
  LeadMoveInput,
  LeadSource,
  LeadStage,
  OpinionInput,
  Paged,
  ProposalDecisionInput,
  ProposalState,
  PublicHostZones,
  TargetProgress,
} from '@chainboard/contracts';
import type { z } from 'zod';
import { api } from '../../lib/api';

export type { HostZoneProposal, Lead, LeadStage };
export type LeadEventRow = z.infer<typeof LeadEvent>;
export type Progress = z.infer<typeof TargetProgress>;
export type Target = z.infer<typeof AttractionTarget>;
export type PublicList = z.infer<typeof PublicHostZones>;
export type ProgressLevel = 'city' | 'zone' | 'chain' | 'master';

/** The list's filters, also sent to 导出 so the file holds exactly what is filtered. */
export type LeadFilters = {
  chainId?: number;
  cityId?: number;
  zoneId?: number;
  pipelineStage?: LeadStage;
  source?: z.infer<typeof LeadSource>;
  year?: number;
  q?: string;
};
export type LeadListQuery = LeadFilters & { page: number; pageSize: number };

export const listLeads = (query: LeadListQuery) => api.get<Paged<Lead>>('/api/leads', query);
export const getLead = (id: number) => api.get<Lead>(`/api/leads/${id}`);
export const createLead = (input: z.input<typeof LeadInput>) => api.post<Lead>('/api/leads', input);
export const moveLead = (id: number, input: z.input<typeof LeadMoveInput>) => api.post<Lead>(`/api/leads/${id}/move`, input);
export const getLeadEvents = (id: number) => api.get<LeadEventRow[]>(`/api/leads/${id}/events`);

export const getProgress = (year: number, level: ProgressLevel) => api.get<Progress[]>('/api/attraction-progress', { year, level });
export const listTargets = (year: number) => api.get<Target[]>('/api/attraction-targets', { year });
export const setTarget = (input: z.input<typeof AttractionTargetInput>) => api.put<Target[]>('/api/attraction-targets', input);

export type ProposalQuery = { page: number; pageSize: number; chainId?: number; state?: z.infer<typeof ProposalState> };
export const listProposals = (query: ProposalQuery) => api.get<Paged<HostZoneProposal>>('/api/host-zones', query);
export const proposeZone = (input: z.input<typeof HostZoneProposalInput>) => api.post<HostZoneProposal>('/api/host-zones', input);
export const giveOpinion = (id: number, input: z.input<typeof OpinionInput>) =>
  api.post<HostZoneProposal>(`/api/host-zones/${id}/opinions`, input);
export const decideProposal = (id: number, input: z.input<typeof ProposalDecisionInput>) =>
  api.post<HostZoneProposal>(`/api/host-zones/${id}/decision`, input);
export const publishZones = () => api.post<{ published: number }>('/api/host-zones/publish');

/** Readable without logging in. */
export const getPublicHostZones = () => api.get<PublicList>('/api/public/host-zones');

/** The years with an action plan, newest last (any signed-in user may read them). */
export const listPlanYears = () => api.get<{ year: number; title: string; issuedOn: string }[]>('/api/plans');

/** The chain masters of a chain today (for 链主招 leads); only those the user may read. */
export const getChainMasters = (chainId: number, on: string) =>
  api.get<{ enterpriseId: number; name: string }[]>('/api/tier-holders', { chainId, on, tier: 'master' });

/** A chain master today: the enterprise, its chain, its city and the unit its users log in as. */
export type ChainMasterRow = {
  enterpriseId: number;
  name: string;
  chainId: number;
  chainName: string;
  cityId: number;
  cityName: string;
  organisationId: number | null;
  demo: boolean;
};

/** Every chain master the user may read (a province has a few dozen), one row per chain it leads. */
export async function listChainMasterRows(): Promise<ChainMasterRow[]> {
  const page = await api.get<Paged<Enterprise>>('/api/enterprises', { tier: 'master', page: 1, pageSize: 100 });
  return page.items.flatMap((e) =>
    e.chains
      .filter((c) => c.tier === 'master')
      .map((c) => ({
        enterpriseId: e.id,
        name: e.name,
        chainId: c.chainId,
        chainName: c.chainName,
        cityId: e.cityId,
        cityName: e.cityName,
        organisationId: e.organisationId,
        demo: e.demo,
      })),
  );
}
