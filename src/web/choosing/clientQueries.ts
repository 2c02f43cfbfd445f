// One client's categories from the server: committed history and overrides, the explanation per
// scheme, the scores per criterion by every scorer, and its value tags.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client.ts';

const categoriesKey = (id: string) => ['client-categories', id] as const;
const explanationKey = (id: string, schemeId: string | undefined) =>
  ['category-explanation', id, schemeId] as const;
const scoresKey = (id: string) => ['client-scores', id] as const;
const tagsKey = (id: string) => ['value-tags', id] as const;
const firmTagsKey = ['value-tags'] as const;

export function useClientCategories(id: string) {
  return useQuery({
    queryKey: categoriesKey(id),
    queryFn: () =>
      unwrap(api.GET('/api/v1/organizations/{id}/categories', { params: { path: { id } } })),
  });
}

export function useCategoryExplanation(id: string, schemeId: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: explanationKey(id, schemeId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/organizations/{id}/category-explanation', {
          params: { path: { id }, query: { schemeId } },
        }),
      ),
    enabled: enabled && schemeId !== undefined,
    retry: false,
  });
}

export function useClientScores(id: string) {
  return useQuery({
    queryKey: scoresKey(id),
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/organizations/{id}/scores', { params: { path: { id } } })))
        .items,
  });
}

/** Something about this client's category changed: read it, its history and the matrix again. */
function useCategoryChanged(id: string) {
  const queryClient = useQueryClient();
  return () => {
    for (const key of [
      categoriesKey(id),
      ['category-explanation', id],
      ['audit', 'organization', id],
      ['scoring-matrix'],
    ])
      void queryClient.invalidateQueries({ queryKey: key });
  };
}

/** The agreed score on a criterion where scorers disagree; null takes it back. */
export function useSetAgreedScore(id: string) {
  const queryClient = useQueryClient();
  const changed = useCategoryChanged(id);
  return useMutation({
    mutationFn: async (input: { criterionId: string; score: number | null }) =>
      (
        await unwrap(
          api.PUT('/api/v1/organizations/{id}/scores/{criterionId}', {
            params: { path: { id, criterionId: input.criterionId } },
            body: { score: input.score, agreed: true },
          }),
        )
      ).items,
    onSuccess: (items) => {
      queryClient.setQueryData(scoresKey(id), items);
      changed();
    },
  });
}

export function useOverrideCategory(id: string) {
  const changed = useCategoryChanged(id);
  return useMutation({
    mutationFn: (body: { schemeId: string; category: string; reason: string }) =>
      unwrap(
        api.PUT('/api/v1/organizations/{id}/category-override', { params: { path: { id } }, body }),
      ),
    onSuccess: changed,
  });
}

export function useClearOverride(id: string) {
  const changed = useCategoryChanged(id);
  return useMutation({
    mutationFn: (schemeId: string) =>
      unwrap(
        api.DELETE('/api/v1/organizations/{id}/category-override', {
          params: { path: { id }, query: { schemeId } },
        }),
      ),
    onSuccess: changed,
  });
}

export function useValueTags(id: string) {
  return useQuery({
    queryKey: tagsKey(id),
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/organizations/{id}/value-tags', { params: { path: { id } } })))
        .tags,
  });
}

export function useFirmValueTags() {
  return useQuery({
    queryKey: firmTagsKey,
    queryFn: async () => (await unwrap(api.GET('/api/v1/value-tags'))).items,
  });
}

export function useSetValueTags(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (tags: string[]) =>
      (
        await unwrap(
          api.PUT('/api/v1/organizations/{id}/value-tags', {
            params: { path: { id } },
            body: { tags },
          }),
        )
      ).tags,
    onSuccess: (tags) => {
      queryClient.setQueryData(tagsKey(id), tags);
      void queryClient.invalidateQueries({ queryKey: firmTagsKey, exact: true });
      void queryClient.invalidateQueries({ queryKey: ['audit', 'organization', id] });
    },
  });
}
