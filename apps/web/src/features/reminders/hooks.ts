import { useQuery, useQueryClient } from '@tanstack/react-query';
import { listReminders } from './api';

export const REMINDERS_KEY = ['reminders'] as const;

/** The bell's items, refetched every minute while the app is open; failures stay quiet. */
export function useReminders() {
  return useQuery({
    queryKey: REMINDERS_KEY,
    queryFn: listReminders,
    refetchInterval: 60 * 1000,
    staleTime: 30 * 1000,
    meta: { silent: true },
  });
}

/** Call after anything that may clear or add a reminder (a problem step, a milestone, a report). */
export function useRefreshReminders() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: REMINDERS_KEY });
}
