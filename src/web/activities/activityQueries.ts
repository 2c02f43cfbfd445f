// An organisation's relationship activities and its four-P balance, read and changed through the
// API; every change refreshes the list, the balance, the page's history and the worklist.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FourP } from '../../core/servicing/four-ps.ts';
import { api, unwrap, type Schemas } from '../api/client.ts';
import type { ActivityInput } from './activityDraft.ts';

export type ActivityFilter = { status: 'planned' | 'done' | null; p: FourP | 'none' | null };
type ActivityUpdate = Schemas['ActivityUpdate'];

const pageSize = 20;

export function useActivities(organizationId: string, filter: ActivityFilter) {
  return useInfiniteQuery({
    queryKey: ['activities', organizationId, 'list', filter],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/organizations/{id}/activities', {
          params: {
            path: { id: organizationId },
            query: {
              limit: pageSize,
              withTotal: 'true',
              ...(filter.status ? { status: filter.status } : {}),
              ...(filter.p ? { p: filter.p } : {}),
              ...(pageParam ? { cursor: pageParam } : {}),
            },
          },
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/** The last twelve months, today included (the API's default period). */
export function useFourPBalance(organizationId: string) {
  return useQuery({
    queryKey: ['activities', organizationId, 'four-ps'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/organizations/{id}/four-ps', {
          params: { path: { id: organizationId }, query: {} },
        }),
      ),
  });
}

function useRefreshActivities(organizationId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['activities', organizationId] }),
      queryClient.invalidateQueries({ queryKey: ['audit'] }),
      // a contact logged, an activity done or a follow-up ticked off changes what is due
      queryClient.invalidateQueries({ queryKey: ['worklist'] }),
    ]);
}

export function useSaveActivity(organizationId: string) {
  const refresh = useRefreshActivities(organizationId);
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: ActivityInput }) =>
      id
        ? unwrap(api.PATCH('/api/v1/activities/{id}', { params: { path: { id } }, body: input }))
        : unwrap(
            api.POST('/api/v1/organizations/{id}/activities', {
              params: { path: { id: organizationId } },
              body: input,
            }),
          ),
    onSuccess: refresh,
  });
}

export function useUpdateActivity(organizationId: string) {
  const refresh = useRefreshActivities(organizationId);
  return useMutation({
    mutationFn: ({ id, change }: { id: string; change: ActivityUpdate }) =>
      unwrap(api.PATCH('/api/v1/activities/{id}', { params: { path: { id } }, body: change })),
    onSuccess: refresh,
  });
}

export function useDeleteActivity(organizationId: string) {
  const refresh = useRefreshActivities(organizationId);
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/api/v1/activities/{id}', { params: { path: { id } } })),
    onSuccess: refresh,
  });
}

/** What a contact person invited answered; null takes the answer back. */
export function useAnswerInvitation(organizationId: string) {
  const refresh = useRefreshActivities(organizationId);
  return useMutation({
    mutationFn: (answer: {
      activityId: string;
      contactId: string;
      response: 'accepted' | 'declined' | null;
    }) =>
      unwrap(
        api.PUT('/api/v1/activities/{id}/contacts/{contactId}/response', {
          params: { path: { id: answer.activityId, contactId: answer.contactId } },
          body: { response: answer.response },
        }),
      ),
    onSuccess: refresh,
  });
}
