// Reading and changing one organisation; every change refreshes the lists and its history.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client.ts';

export const organizationKey = (id: string) => ['organizations', 'one', id] as const;

export function useOrganization(id: string) {
  return useQuery({
    queryKey: organizationKey(id),
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{id}', { params: { path: { id } } })),
    enabled: id !== '',
  });
}

export function useRefreshOrganizations() {
  const queryClient = useQueryClient();
  return (id?: string) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['organizations'] }),
      id ? queryClient.invalidateQueries({ queryKey: ['audit', 'organization', id] }) : null,
    ]);
}
