// Reading one contact person, wherever a name is shown for an id.
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client.ts';

export function useContact(id: string | null) {
  return useQuery({
    queryKey: ['contacts', 'one', id],
    queryFn: () => unwrap(api.GET('/api/v1/contacts/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: Boolean(id),
  });
}
