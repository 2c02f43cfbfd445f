// The firm's category schemes from the server: add one, rename it or change its ranking
// method, make it the primary one, delete it (method.md §3.3–3.4).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../api/client.ts';

/** What hangs on a scheme: its matrix, classifications, goals and prospect profile. */
const dependentKeys = [
  'category-schemes',
  'scoring-matrix',
  'classification-preview',
  'classifications',
  'goals',
  'prospect-profile',
  'prospect-fits',
  'category-explanation',
  'client-categories',
];

function useSchemesChanged() {
  const queryClient = useQueryClient();
  return () => {
    for (const key of dependentKeys) void queryClient.invalidateQueries({ queryKey: [key] });
  };
}

export function useCreateScheme() {
  const changed = useSchemesChanged();
  return useMutation({
    mutationFn: (body: Schemas['CategorySchemeCreate']) =>
      unwrap(api.POST('/api/v1/category-schemes', { body })),
    onSuccess: changed,
  });
}

export function useUpdateScheme() {
  const changed = useSchemesChanged();
  return useMutation({
    mutationFn: (input: { id: string; body: Schemas['CategorySchemeUpdate'] }) =>
      unwrap(
        api.PATCH('/api/v1/category-schemes/{id}', {
          params: { path: { id: input.id } },
          body: input.body,
        }),
      ),
    onSuccess: changed,
  });
}

export function useMakePrimaryScheme() {
  const changed = useSchemesChanged();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.POST('/api/v1/category-schemes/{id}/primary', { params: { path: { id } } })),
    onSuccess: changed,
  });
}

export function useDeleteScheme() {
  const changed = useSchemesChanged();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/api/v1/category-schemes/{id}', { params: { path: { id } } })),
    onSuccess: changed,
  });
}
