// The annual review's answers from the server, and recording a decision.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../api/client.ts';

export type Review = Schemas['AnnualReview'];
export type ReviewClient = Review['clients'][number];
export type ReviewFlag = ReviewClient['flags'][number];
export type Decision = Schemas['ClientDecision'];
export type ReviewDecision = Decision['decision'];

export const reviewDecisions: readonly ReviewDecision[] = [
  'invest',
  'maintain',
  'improve',
  'part_ways',
];

const minutes = 60_000;

export function useReview(year: number | null) {
  return useQuery({
    queryKey: ['review', year],
    queryFn: () =>
      unwrap(api.GET('/api/v1/review', { params: { query: { year: year ?? undefined } } })),
    enabled: year !== null,
    staleTime: 5 * minutes,
    placeholderData: keepPreviousData,
  });
}

export function useDecisions(organizationId: string | null) {
  return useQuery({
    queryKey: ['decisions', organizationId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/organizations/{id}/decisions', {
          params: { path: { id: organizationId ?? '' } },
        }),
      ),
    enabled: organizationId !== null,
  });
}

/**
 * Records a decision; the review of its year shows it at once, without loading every client
 * again. The cost of a new client counts clients the firm would rather see go, so it reloads.
 */
export function useRecordDecision() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { organizationId: string; body: Schemas['ClientDecisionCreate'] }) =>
      unwrap(
        api.POST('/api/v1/organizations/{id}/decisions', {
          params: { path: { id: input.organizationId } },
          body: input.body,
        }),
      ),
    onSuccess: (decision) => {
      queryClient.setQueryData<Review>(['review', decision.year], (review) =>
        review
          ? {
              ...review,
              clients: review.clients.map((client) =>
                client.id === decision.organizationId ? { ...client, decision } : client,
              ),
            }
          : review,
      );
      void queryClient.invalidateQueries({ queryKey: ['decisions', decision.organizationId] });
      void queryClient.invalidateQueries({
        queryKey: ['audit', 'organization', decision.organizationId],
      });
      void queryClient.invalidateQueries({ queryKey: ['acquisition'] });
    },
  });
}
