// The worklist read through the API, and its one-click actions: each changes the call-back,
// proposal or activity behind an item, and the list, the client's activities and its history
// are read again.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client.ts';
import type { ItemChange, WorklistItem } from './worklistModel.ts';

export type { ItemChange };

export function useWorklist(userId: string | null, until: string | undefined) {
  return useQuery({
    queryKey: ['worklist', userId, until],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/worklist', {
          params: { query: { ...(userId ? { userId } : {}), ...(until ? { until } : {}) } },
        }),
      ),
    enabled: until !== undefined,
  });
}

async function apply(change: ItemChange): Promise<void> {
  const path = { id: change.id };
  switch (change.kind) {
    case 'callBack':
      await unwrap(
        api.PATCH('/api/v1/call-backs/{id}', {
          params: { path },
          body: { returnedOn: change.returnedOn },
        }),
      );
      return;
    case 'proposalSent':
      await unwrap(
        api.PATCH('/api/v1/proposals/{id}', {
          params: { path },
          body: { stage: 'sent', sentOn: change.sentOn },
        }),
      );
      return;
    case 'activity':
      await unwrap(
        api.PATCH('/api/v1/activities/{id}', {
          params: { path },
          body: { status: change.status, onDate: change.onDate },
        }),
      );
      return;
    case 'followUp':
      await unwrap(
        api.PATCH('/api/v1/activities/{id}', {
          params: { path },
          body: { followUpDone: change.done },
        }),
      );
      return;
  }
}

export function useChangeItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ change }: { change: ItemChange; item: WorklistItem }) => apply(change),
    onSuccess: (_, { item }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['worklist'] }),
        queryClient.invalidateQueries({ queryKey: ['activities', item.organizationId] }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]),
  });
}
