import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { isApiError } from '../../lib/api';
import { showError } from '../../lib/errors';
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

export { useMe } from './MeContext';

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

/** 退出登录: end the session, go to the login page, then forget everything cached for this user. */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const mutation = useMutation({ mutationFn: logout });
  const signOut = () =>
    mutation.mutate(undefined, {
      onError: (err) => {
        // An expired session is already signed out; anything else is worth saying.
        if (!(isApiError(err) && err.status === 401)) showError(err);
      },
      onSettled: async () => {
        await navigate('/login', { replace: true });
        queryClient.clear();
      },
    });
  return { signOut, pending: mutation.isPending };
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
