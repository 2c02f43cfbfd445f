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

/** Contact persons whose name, e-mail or phone holds the words, each with its organisation. */
export function useContactSearch(q: string, limit: number, enabled = true) {
  return useQuery({
    queryKey: ['contacts', 'search', q, limit],
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/contacts', { params: { query: { q, limit } } }))).items,
    enabled: enabled && q.length > 0,
  });
}
