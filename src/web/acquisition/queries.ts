// The cost of a new client from the server; saving the investment, and whether a new client
// counts as regular (an organisation's one-off mark).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../api/client.ts';
import { useRefreshOrganizations } from '../organizations/queries.ts';

export type Acquisition = Schemas['AcquisitionCost'];
export type NewClient = Acquisition['newClients'][number];
export type InvestmentInput = Schemas['AcquisitionInvestmentInput'];

export function useAcquisition(year: number | null) {
  return useQuery({
    queryKey: ['acquisition', year],
    queryFn: () =>
      unwrap(api.GET('/api/v1/acquisition', { params: { query: { year: year ?? undefined } } })),
    enabled: year !== null,
    placeholderData: keepPreviousData,
  });
}

export function useSaveInvestment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { year: number; body: InvestmentInput }) =>
      unwrap(
        api.PUT('/api/v1/acquisition/{year}', {
          params: { path: { year: input.year } },
          body: input.body,
        }),
      ),
    onSuccess: (acquisition) =>
      queryClient.setQueryData(['acquisition', acquisition.year], acquisition),
  });
}

/** A regular client is one that is not one-off. */
export function useSetRegular() {
  const queryClient = useQueryClient();
  const refreshOrganizations = useRefreshOrganizations();
  return useMutation({
    mutationFn: (input: { id: string; regular: boolean }) =>
      unwrap(
        api.PATCH('/api/v1/organizations/{id}', {
          params: { path: { id: input.id } },
          body: { oneOff: !input.regular },
        }),
      ),
    // the box follows the click at once; the cost per client follows the server
    onMutate: (input) =>
      queryClient.setQueriesData<Acquisition>({ queryKey: ['acquisition'] }, (acquisition) =>
        acquisition
          ? {
              ...acquisition,
              newClients: acquisition.newClients.map((client) =>
                client.id === input.id
                  ? {
                      ...client,
                      oneOff: !input.regular,
                      counted: input.regular && !client.ratherSeeGo,
                    }
                  : client,
              ),
            }
          : acquisition,
      ),
    onError: () => queryClient.invalidateQueries({ queryKey: ['acquisition'] }),
    onSuccess: (organization) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['acquisition'] }),
        refreshOrganizations(organization.id),
      ]),
  });
}
