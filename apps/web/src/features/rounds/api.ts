import type { Declaration, DeclarationInput, Paged, PublishedEntry, Round, RoundInput, RoundKind, RoundState } from '@chainboard/contracts';
import { api } from '../../lib/api';

export type RoundListQuery = { page: number; pageSize: number; kind?: RoundKind; state?: RoundState; chainId?: number };

export type ReportingStatus = {
  period: string;
  reported: { enterpriseId: number; name: string; reportedAt: string }[];
  missing: { enterpriseId: number; name: string; cityName: string }[];
};

export type Decision = NonNullable<Declaration['decision']>;

export const listRounds = (query: RoundListQuery) => api.get<Paged<Round>>('/api/rounds', query);
export const getRound = (id: number) => api.get<Round>(`/api/rounds/${id}`);
export const createRound = (input: RoundInput) => api.post<Round>('/api/rounds', input);
export const advanceRound = (id: number, to: RoundState) => api.post<Round>(`/api/rounds/${id}/advance`, { to });
export const listDeclarations = (id: number) => api.get<Declaration[]>(`/api/rounds/${id}/declarations`);
export const declare = (id: number, input: DeclarationInput) => api.post<Declaration>(`/api/rounds/${id}/declarations`, input);
export const getResults = (id: number) => api.get<PublishedEntry[]>(`/api/rounds/${id}/results`);
export const getReporting = (id: number) => api.get<ReportingStatus>(`/api/rounds/${id}/reporting`);
export const reviewDeclaration = (id: number, input: { score: number; comment: string | null }) =>
  api.post<Declaration>(`/api/declarations/${id}/review`, input);
export const decideDeclaration = (id: number, input: { decision: Decision; note: string | null }) =>
  api.post<Declaration>(`/api/declarations/${id}/decision`, input);
