import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ME_KEY } from '../features/auth/hooks';
import { isApiError } from '../lib/api';
import { showError } from '../lib/errors';
import { toastError } from '../lib/feedback';

// Codes after which the session is gone (or must change password): re-ask /auth/me and let the
// guard route to /login or /change-password.
const SESSION_CODES = new Set(['UNAUTHENTICATED', 'SESSION_EXPIRED', 'PASSWORD_CHANGE_REQUIRED']);

function handleSessionError(client: QueryClient, err: unknown): boolean {
  if (!isApiError(err) || !SESSION_CODES.has(err.code)) return false;
  if (err.code !== 'PASSWORD_CHANGE_REQUIRED') toastError('登录已过期，请重新登录');
  void client.resetQueries({ queryKey: ME_KEY });
  return true;
}

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (err, query) => {
        if (query.meta?.silent) return;
        if (handleSessionError(client, err)) return;
        showError(err);
      },
    }),
    // Mutation errors are shown where they happen (next to form fields); only session loss is global.
    mutationCache: new MutationCache({ onError: (err) => void handleSessionError(client, err) }),
    defaultOptions: {
      queries: {
        staleTime: 30 * 1000,
        refetchOnWindowFocus: false,
        retry: (count, err) => !(isApiError(err) && err.status >= 400 && err.status < 500) && count < 2,
      },
    },
  });
  return client;
}
