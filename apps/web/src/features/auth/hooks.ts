import type { Me } from '@chainboard/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useIsDemo } from '../health/hooks';
import { changePassword, fetchDemoLogins, fetchMe, login, logout } from './api';

export const ME_KEY = ['auth', 'me'] as const;

export function useMeQuery() {
  return useQuery({
    queryKey: ME_KEY,
    queryFn: fetchMe,
    retry: false,
    staleTime: 5 * 60 * 1000,
    meta: { silent: true },
  });
}

/** The signed-in user. Only call below the auth guard, where Me is known to be loaded. */
export function useMe(): Me {
  const { data } = useMeQuery();
  if (!data) throw new Error('useMe called outside the auth guard');
  return data;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (me) => {
      // A new user may see different data: start from a clean cache.
      queryClient.clear();
      queryClient.setQueryData(ME_KEY, me);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      queryClient.clear();
    },
  });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    onSuccess: (me) => queryClient.setQueryData(ME_KEY, me),
  });
}

/** Demo accounts to try; the route exists only in demo mode (404 otherwise → nothing shown). */
export function useDemoLogins() {
  const demo = useIsDemo();
  return useQuery({
    queryKey: ['demo', 'logins'],
    queryFn: fetchDemoLogins,
    enabled: demo,
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
    meta: { silent: true },
  });
}
