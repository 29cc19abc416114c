import type {
  ForgingContact,
  ForgingContactInput,
  MatchmakingEvent,
  MatchmakingEventInput,
  Paged,
  Signing,
  SigningInput,
} from '@chainboard/contracts';
import type { z } from 'zod';
import { api } from '../../lib/api';

export type { ForgingContact, MatchmakingEvent, Signing };

/** The events list's filters, also sent to 导出 so the file holds exactly what is filtered. */
export type EventFilters = { year?: number; organiserId?: number; chainId?: number };
export type EventListQuery = EventFilters & { page: number; pageSize: number };
export type ContactFilters = { chainId?: number; zoneId?: number };
export type ContactListQuery = ContactFilters & { page: number; pageSize: number };

export const listEvents = (query: EventListQuery) => api.get<Paged<MatchmakingEvent>>('/api/matchmaking-events', query);
export const getEvent = (id: number) => api.get<MatchmakingEvent>(`/api/matchmaking-events/${id}`);
export const createEvent = (input: z.input<typeof MatchmakingEventInput>) => api.post<MatchmakingEvent>('/api/matchmaking-events', input);
export const addSigning = (id: number, input: z.input<typeof SigningInput>) =>
  api.post<MatchmakingEvent>(`/api/matchmaking-events/${id}/signings`, input);

export const listContacts = (query: ContactListQuery) => api.get<Paged<ForgingContact>>('/api/forging-contacts', query);
export const createContact = (input: z.input<typeof ForgingContactInput>) => api.post<{ id: number }>('/api/forging-contacts', input);
