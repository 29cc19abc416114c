import type { Role, UserInput, UserPatch } from '@chainboard/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createUser, listUsers, resetPassword, setUserRoles, type UserListQuery, unlockUser, updateUser } from './api';

const KEY = ['users'] as const;

export function useUsers(query: UserListQuery) {
  return useQuery({
    queryKey: [...KEY, 'list', query],
    queryFn: () => listUsers(query),
    placeholderData: keepPreviousData,
  });
}

/** A user mutation that refreshes the list afterwards. */
function useUserMutation<V>(fn: (vars: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }) });
}

export const useCreateUser = () => useUserMutation((input: UserInput) => createUser(input));
export const useUpdateUser = () => useUserMutation(({ id, patch }: { id: number; patch: UserPatch }) => updateUser(id, patch));
export const useResetPassword = () => useUserMutation(({ id, password }: { id: number; password: string }) => resetPassword(id, password));
export const useUnlockUser = () => useUserMutation((id: number) => unlockUser(id));
export const useSetUserRoles = () => useUserMutation(({ id, roles }: { id: number; roles: Role[] }) => setUserRoles(id, roles));
