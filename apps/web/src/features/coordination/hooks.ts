import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  addSigning,
  type ContactListQuery,
  createContact,
  createEvent,
  type EventListQuery,
  getEvent,
  listContacts,
  listEvents,
  type MatchmakingEvent,
} from './api';

const EVENTS = ['matchmaking-events'] as const;
const CONTACTS = ['forging-contacts'] as const;
const eventKey = (id: number) => [...EVENTS, 'detail', id] as const;

export function useEvents(query: EventListQuery) {
  return useQuery({ queryKey: [...EVENTS, 'list', query], queryFn: () => listEvents(query), placeholderData: keepPreviousData });
}

/** The year's events (at most 100, enough for 12 units holding a few each), for the per-city count. */
export function useYearEvents(year: number) {
  return useQuery({
    queryKey: [...EVENTS, 'year', year],
    queryFn: () => listEvents({ year, page: 1, pageSize: 100 }),
    meta: { silent: true },
  });
}

export function useEvent(id: number | undefined) {
  return useQuery({
    queryKey: eventKey(id ?? 0),
    queryFn: () => getEvent(id as number),
    enabled: id !== undefined,
    meta: { silent: true },
  });
}

/** After a change: the event as answered, every list again, and the plan's live targets. */
function useRefresh() {
  const queryClient = useQueryClient();
  return (event: MatchmakingEvent) => {
    queryClient.setQueryData(eventKey(event.id), event);
    void queryClient.invalidateQueries({ queryKey: ['plans'] });
    return queryClient.invalidateQueries({ queryKey: EVENTS });
  };
}

export function useCreateEvent() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: createEvent, onSuccess: (event) => refresh(event) });
}

export function useAddSigning(id: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: Parameters<typeof addSigning>[1]) => addSigning(id, input),
    onSuccess: (event) => refresh(event),
  });
}

export function useContacts(query: ContactListQuery) {
  return useQuery({ queryKey: [...CONTACTS, 'list', query], queryFn: () => listContacts(query), placeholderData: keepPreviousData });
}

export function useCreateContact() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createContact, onSuccess: () => queryClient.invalidateQueries({ queryKey: CONTACTS }) });
}
