// Call-back requests through the API: a client's, and the open ones of one professional. Every
// change refreshes both lists and the page's history.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../api/client.ts';

export type CallBackInput = Schemas['CallBackCreate'];
type CallBackUpdate = Schemas['CallBackUpdate'];

export function useClientCallBacks(organizationId: string) {
  return useQuery({
    queryKey: ['call-backs', 'client', organizationId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/organizations/{id}/call-backs', {
          params: { path: { id: organizationId } },
        }),
      ),
  });
}

/** The open call-backs of one professional, oldest first. */
export function useOpenCallBacks(forUserId: string) {
  return useQuery({
    queryKey: ['call-backs', 'firm', forUserId, true],
    queryFn: () =>
      unwrap(api.GET('/api/v1/call-backs', { params: { query: { forUserId, open: 'true' } } })),
  });
}

function useRefreshCallBacks() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['call-backs'] }),
      queryClient.invalidateQueries({ queryKey: ['audit'] }),
    ]);
}

export function useLogCallBack(organizationId: string) {
  const refresh = useRefreshCallBacks();
  return useMutation({
    mutationFn: (input: CallBackInput) =>
      unwrap(
        api.POST('/api/v1/organizations/{id}/call-backs', {
          params: { path: { id: organizationId } },
          body: input,
        }),
      ),
    onSuccess: refresh,
  });
}

export function useUpdateCallBack() {
  const refresh = useRefreshCallBacks();
  return useMutation({
    mutationFn: ({ id, change }: { id: string; change: CallBackUpdate }) =>
      unwrap(api.PATCH('/api/v1/call-backs/{id}', { params: { path: { id } }, body: change })),
    onSuccess: refresh,
  });
}

export function useDeleteCallBack() {
  const refresh = useRefreshCallBacks();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/api/v1/call-backs/{id}', { params: { path: { id } } })),
    onSuccess: refresh,
  });
}
