import type { Organisation, OrganisationInput, OrganisationPatch, OrgType, Paged } from '@chainboard/contracts';
import { api } from '../../lib/api';

export type OrganisationListQuery = { type?: OrgType; q?: string; page?: number; pageSize?: number };

export const listOrganisations = (query: OrganisationListQuery) => api.get<Paged<Organisation>>('/api/organisations', query);

export const createOrganisation = (input: OrganisationInput) => api.post<Organisation>('/api/organisations', input);

export const updateOrganisation = (id: number, patch: OrganisationPatch) => api.patch<Organisation>(`/api/organisations/${id}`, patch);
