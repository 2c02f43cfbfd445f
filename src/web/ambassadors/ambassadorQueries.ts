// Ambassadors, introductions and the marketing pyramid through the API; logging a thank-you or
// changing spend refreshes what shows it (the list of thank-yous, the pyramid, the worklist).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../api/client.ts';

export type AmbassadorOverview = Schemas['AmbassadorOverview'];
export type ThankYou = Schemas['ThankYouDue'];
export type MarketingPyramid = Schemas['MarketingPyramid'];
export type MarketingSpend = Schemas['MarketingSpend'];
export type PyramidLayer = MarketingSpend['layer'];

export function useAmbassadors() {
  return useQuery({
    queryKey: ['ambassadors'],
    queryFn: () => unwrap(api.GET('/api/v1/ambassadors')),
  });
}

export function useIntroductions() {
  return useQuery({
    queryKey: ['ambassadors', 'introductions'],
    queryFn: () => unwrap(api.GET('/api/v1/introductions')),
  });
}

export function usePyramid(year: number | undefined) {
  return useQuery({
    queryKey: ['marketing-pyramid', year ?? null],
    queryFn: () =>
      unwrap(api.GET('/api/v1/marketing-pyramid', { params: { query: year ? { year } : {} } })),
  });
}

function useRefresh() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [['ambassadors'], ['marketing-pyramid'], ['worklist'], ['activities'], ['audit']].map(
        (queryKey) => queryClient.invalidateQueries({ queryKey }),
      ),
    );
}

/** Thanks the referrer with a done person-P call at its organisation, today. */
export function useThank() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ thanks, day, subject }: { thanks: ThankYou; day: string; subject: string }) =>
      unwrap(
        api.POST('/api/v1/organizations/{id}/activities', {
          params: { path: { id: thanks.referrerOrganizationId } },
          body: {
            type: 'call',
            p: 'person',
            status: 'done',
            onDate: day,
            subject,
            ...(thanks.referrerContactId ? { contactIds: [thanks.referrerContactId] } : {}),
          },
        }),
      ),
    onSuccess: refresh,
  });
}

export function useSaveSpend() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: Omit<MarketingSpend, 'id'> }) =>
      id
        ? unwrap(
            api.PATCH('/api/v1/marketing-spend/{id}', { params: { path: { id } }, body: input }),
          )
        : unwrap(api.POST('/api/v1/marketing-spend', { body: input })),
    onSuccess: refresh,
  });
}

export function useDeleteSpend() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/api/v1/marketing-spend/{id}', { params: { path: { id } } })),
    onSuccess: refresh,
  });
}
