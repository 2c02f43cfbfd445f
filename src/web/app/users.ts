// The firm's users, for names and for choosing a relationship manager.
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client.ts';

export const usersKey = ['users'] as const;

export function useUsers() {
  return useQuery({
    queryKey: usersKey,
    queryFn: async () => (await unwrap(api.GET('/api/v1/users'))).items,
    staleTime: 60_000,
  });
}

export function useUserNames(): Map<string, string> {
  const users = useUsers();
  return new Map((users.data ?? []).map((user) => [user.id, user.name]));
}
