// Gifts read and changed through the API; every change refreshes the client's list, the firm's
// register (the warnings of other gifts may change with it) and the page's history.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../api/client.ts';

export type Gift = Schemas['Gift'];
export type GiftInput = Schemas['GiftCreate'];

export function useGiftsOfClient(organizationId: string) {
  return useQuery({
    queryKey: ['gifts', 'client', organizationId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/organizations/{id}/gifts', { params: { path: { id: organizationId } } }),
      ),
  });
}

export function useGiftRegister(period: { from: string; to: string }) {
  return useQuery({
    queryKey: ['gifts', 'register', period],
    queryFn: () => unwrap(api.GET('/api/v1/gifts', { params: { query: period } })),
  });
}

function useRefreshGifts() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['gifts'] }),
      queryClient.invalidateQueries({ queryKey: ['audit'] }),
    ]);
}

export function useSaveGift(organizationId: string) {
  const refresh = useRefreshGifts();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: GiftInput }) =>
      id
        ? unwrap(api.PATCH('/api/v1/gifts/{id}', { params: { path: { id } }, body: input }))
        : unwrap(
            api.POST('/api/v1/organizations/{id}/gifts', {
              params: { path: { id: organizationId } },
              body: input,
            }),
          ),
    onSuccess: refresh,
  });
}

export function useMarkGiven() {
  const refresh = useRefreshGifts();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(
        api.PATCH('/api/v1/gifts/{id}', { params: { path: { id } }, body: { status: 'given' } }),
      ),
    onSuccess: refresh,
  });
}

export function useDeleteGift() {
  const refresh = useRefreshGifts();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/api/v1/gifts/{id}', { params: { path: { id } } })),
    onSuccess: refresh,
  });
}
