import type { ChangePasswordInput, LoginInput, Me } from '@chainboard/contracts';
import { api, rememberCsrfToken } from '../../lib/api';

export type DemoLogin = { username: string; password: string; label: string };

// Every call that returns a Me refreshes the CSRF token used by later writes.
async function keepToken(promise: Promise<Me>): Promise<Me> {
  const me = await promise;
  rememberCsrfToken(me.csrfToken);
  return me;
}

export const fetchMe = () => keepToken(api.get<Me>('/api/auth/me'));
export const login = (input: LoginInput) => keepToken(api.post<Me>('/api/auth/login', input));
export const changePassword = (input: ChangePasswordInput) => keepToken(api.post<Me>('/api/auth/password', input));

export async function logout(): Promise<void> {
  await api.post<{ ok: true }>('/api/auth/logout');
  rememberCsrfToken(null);
}

export const fetchDemoLogins = () => api.get<DemoLogin[]>('/api/demo/logins');
