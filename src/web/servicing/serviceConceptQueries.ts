// Service concepts from the server: the norms per category of a scheme, and changes to them.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../api/client.ts';

export type ServiceConcept = Schemas['ServiceConcept'];
export type ServiceNorms = Schemas['ServiceNorms'];
export type ServicePreset = Schemas['ServiceConceptPreset']['preset'];

const conceptsKey = (schemeId: string | undefined) => ['serviceConcepts', schemeId] as const;

export function useServiceConcepts(schemeId: string | undefined) {
  return useQuery({
    queryKey: conceptsKey(schemeId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/category-schemes/{id}/service-concepts', {
          params: { path: { id: schemeId! } },
        }),
      ),
    enabled: schemeId !== undefined,
  });
}

function useConceptsChanged() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: ['serviceConcepts'] });
}

export function useSaveServiceConcept() {
  const changed = useConceptsChanged();
  return useMutation({
    mutationFn: (input: { schemeId: string; categoryKey: string; norms: ServiceNorms }) =>
      unwrap(
        api.PUT('/api/v1/category-schemes/{id}/service-concepts/{category}', {
          params: { path: { id: input.schemeId, category: input.categoryKey } },
          body: input.norms,
        }),
      ),
    onSuccess: changed,
  });
}

export function useResetServiceConcept() {
  const changed = useConceptsChanged();
  return useMutation({
    mutationFn: (input: { schemeId: string; categoryKey: string }) =>
      unwrap(
        api.DELETE('/api/v1/category-schemes/{id}/service-concepts/{category}', {
          params: { path: { id: input.schemeId, category: input.categoryKey } },
        }),
      ),
    onSuccess: changed,
  });
}

export function useApplyServicePreset() {
  const changed = useConceptsChanged();
  return useMutation({
    mutationFn: (input: { schemeId: string; preset: ServicePreset }) =>
      unwrap(
        api.POST('/api/v1/category-schemes/{id}/service-concepts/preset', {
          params: { path: { id: input.schemeId } },
          body: { preset: input.preset },
        }),
      ),
    onSuccess: changed,
  });
}

/** The norms of a concept, as the form edits them and the server takes them. */
export function normsOf(concept: ServiceConcept): ServiceNorms {
  const { categoryKey: _key, categoryName: _name, set: _set, ...norms } = concept;
  return norms;
}
