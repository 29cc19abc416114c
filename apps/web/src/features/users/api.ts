import type { Paged, Role, User, UserInput, UserPatch } from '@chainboard/contracts';
import { api } from '../../lib/api';

export type UserListQuery = { page: number; pageSize: number; q?: string; organisationId?: number; role?: Role };

export const listUsers = (query: UserListQuery) => api.get<Paged<User>>('/api/users', query);
export const createUser = (input: UserInput) => api.post<User>('/api/users', input);
export const updateUser = (id: number, patch: UserPatch) => api.patch<User>(`/api/users/${id}`, patch);
export const resetPassword = (id: number, password: string) => api.post<User>(`/api/users/${id}/password`, { password });
export const unlockUser = (id: number) => api.post<User>(`/api/users/${id}/unlock`);
export const setUserRoles = (id: number, roles: Role[]) => api.put<User>(`/api/users/${id}/roles`, { roles });
