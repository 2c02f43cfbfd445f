// Choosing clients from the server: criteria, category schemes, the scoring matrix, scores,
// the preview of a classification and its commit (method.md §3).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../api/client.ts';

export type Criterion = Schemas['Criterion'];
export type CriterionGroup = Criterion['group'];
export type Scheme = Schemas['CategoryScheme'];
export type Category = Scheme['categories'][number];
export type GradeBound = Category['lowerBound'];
export type ScoringMatrix = Schemas['ScoringMatrix'];
export type MatrixClient = ScoringMatrix['clients'][number];
export type ClientScores = Schemas['ClientScores'];
export type ClassificationChanges = Schemas['ClassificationChanges'];
export type Preview = Schemas['ClassificationPreview'];

export const criterionGroups: readonly CriterionGroup[] = ['business', 'professional', 'strategic'];

const criteriaKey = ['criteria'] as const;
const schemesKey = ['category-schemes'] as const;

export function useCriteria() {
  return useQuery({
    queryKey: criteriaKey,
    queryFn: async () => (await unwrap(api.GET('/api/v1/criteria'))).items,
  });
}

export function useSchemes() {
  return useQuery({
    queryKey: schemesKey,
    queryFn: async () => (await unwrap(api.GET('/api/v1/category-schemes'))).items,
  });
}

export const matrixKey = (schemeId: string | undefined) => ['scoring-matrix', schemeId] as const;

export function useScoringMatrix(schemeId: string | undefined) {
  return useQuery({
    queryKey: matrixKey(schemeId),
    queryFn: () => unwrap(api.GET('/api/v1/scoring-matrix', { params: { query: { schemeId } } })),
    placeholderData: keepPreviousData,
  });
}

/** Criteria changed: the matrix and any preview read them again. */
function useCriteriaChanged() {
  const queryClient = useQueryClient();
  return (items?: Criterion[]) => {
    if (items) queryClient.setQueryData(criteriaKey, items);
    else void queryClient.invalidateQueries({ queryKey: criteriaKey });
    void queryClient.invalidateQueries({ queryKey: ['scoring-matrix'] });
  };
}

export function useUpdateCriterion() {
  const changed = useCriteriaChanged();
  return useMutation({
    mutationFn: (input: { id: string; body: Schemas['CriterionUpdate'] }) =>
      unwrap(
        api.PATCH('/api/v1/criteria/{id}', {
          params: { path: { id: input.id } },
          body: input.body,
        }),
      ),
    onSuccess: () => changed(),
  });
}

export function useCreateCriterion() {
  const changed = useCriteriaChanged();
  return useMutation({
    mutationFn: (body: Schemas['CriterionCreate']) =>
      unwrap(api.POST('/api/v1/criteria', { body })),
    onSuccess: () => changed(),
  });
}

export function useDeleteCriterion() {
  const changed = useCriteriaChanged();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/api/v1/criteria/{id}', { params: { path: { id } } })),
    onSuccess: () => changed(),
  });
}

export function useApplyPreset() {
  const changed = useCriteriaChanged();
  return useMutation({
    mutationFn: async (preset: Schemas['CriteriaPreset']['preset']) =>
      (await unwrap(api.POST('/api/v1/criteria/preset', { body: { preset } }))).items,
    onSuccess: (items) => changed(items),
  });
}

/** One's own score on a criterion; the answer holds the score that counts. */
export function setScore(input: {
  organizationId: string;
  criterionId: string;
  score: number | null;
}) {
  return unwrap(
    api.PUT('/api/v1/organizations/{id}/scores/{criterionId}', {
      params: { path: { id: input.organizationId, criterionId: input.criterionId } },
      body: { score: input.score, agreed: false },
    }),
  );
}

export function usePreview(schemeId: string | undefined, changes: ClassificationChanges | null) {
  return useQuery({
    queryKey: ['classification-preview', schemeId, changes],
    queryFn: () =>
      unwrap(
        api.POST('/api/v1/classifications/preview', {
          params: { query: { schemeId } },
          body: changes ?? {},
        }),
      ),
    enabled: schemeId !== undefined && changes !== null,
    placeholderData: keepPreviousData,
  });
}

export function useClassifications(schemeId: string | undefined) {
  return useQuery({
    queryKey: ['classifications', schemeId],
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/category-schemes/{id}/classifications', {
            params: { path: { id: schemeId ?? '' } },
          }),
        )
      ).items,
    enabled: schemeId !== undefined,
  });
}

export function useCommitClassification(schemeId: string | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['ClassificationCommit']) =>
      unwrap(api.POST('/api/v1/classifications', { params: { query: { schemeId } }, body })),
    onSuccess: () => {
      for (const key of ['classifications', 'scoring-matrix', 'classification-preview', 'criteria'])
        void queryClient.invalidateQueries({ queryKey: [key] });
      void queryClient.invalidateQueries({ queryKey: schemesKey });
    },
  });
}
