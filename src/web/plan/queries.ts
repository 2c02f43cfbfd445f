// The revenue plan from the server, and saving it.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../api/client.ts';

export type Plan = Schemas['RevenuePlan'];
export type PlanInput = Schemas['RevenuePlanInput'];

/** The plan of a year; without a year, the current fiscal year's. */
export function usePlan(year: number | null) {
  return useQuery({
    queryKey: ['plan', year],
    queryFn: () =>
      unwrap(api.GET('/api/v1/plan', { params: { query: { year: year ?? undefined } } })),
  });
}

export function useSavePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { year: number; body: PlanInput }) =>
      unwrap(
        api.PUT('/api/v1/plan/{year}', {
          params: { path: { year: input.year } },
          body: input.body,
        }),
      ),
    onSuccess: (plan) => {
      queryClient.setQueryData(['plan', plan.year], plan);
      void queryClient.invalidateQueries({ queryKey: ['plan', null] });
    },
  });
}
