// Evaluations, improvement plans, the evaluations due and the ambassador candidates through the
// API (method.md §7). Every change refreshes all of them, the worklist and the page's history: an
// evaluation may open or close a plan, and take an assignment off the list of those due.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../api/client.ts';

export type Evaluation = Schemas['Evaluation'];
export type EvaluationInput = Schemas['EvaluationCreate'];
export type EvaluationDue = Schemas['EvaluationDue'];
export type ImprovementPlan = Schemas['ImprovementPlan'];
export type ImprovementPlanChange = Schemas['ImprovementPlanUpdate'];
export type AmbassadorCandidate = Schemas['AmbassadorCandidate'];

export function useClientEvaluations(organizationId: string) {
  return useQuery({
    queryKey: ['evaluations', 'client', organizationId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/organizations/{id}/evaluations', {
          params: { path: { id: organizationId } },
        }),
      ),
  });
}

/** The firm's evaluations due, the earliest deadline first; one list for every page. */
export function useEvaluationsDue() {
  return useQuery({
    queryKey: ['evaluations', 'due'],
    queryFn: () => unwrap(api.GET('/api/v1/evaluations-due', { params: { query: {} } })),
  });
}

export function useImprovementPlans(filter: {
  status?: 'open' | 'closed';
  organizationId?: string;
}) {
  return useQuery({
    queryKey: ['evaluations', 'plans', filter],
    queryFn: () => unwrap(api.GET('/api/v1/improvement-plans', { params: { query: filter } })),
  });
}

export function useAmbassadorCandidates() {
  return useQuery({
    queryKey: ['evaluations', 'ambassadors'],
    queryFn: () => unwrap(api.GET('/api/v1/ambassador-candidates')),
  });
}

function useRefreshSatisfaction() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['evaluations'] }),
      queryClient.invalidateQueries({ queryKey: ['worklist'] }),
      queryClient.invalidateQueries({ queryKey: ['audit'] }),
    ]);
}

export function useSaveEvaluation(organizationId: string) {
  const refresh = useRefreshSatisfaction();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string | undefined; input: EvaluationInput }) => {
      if (id === undefined)
        return unwrap(
          api.POST('/api/v1/organizations/{id}/evaluations', {
            params: { path: { id: organizationId } },
            body: input,
          }),
        );
      // a correction has no plan of its own: the plan is changed on its own
      const { improvementPlan: _plan, ...change } = input;
      return unwrap(
        api.PATCH('/api/v1/evaluations/{id}', { params: { path: { id } }, body: change }),
      );
    },
    onSuccess: refresh,
  });
}

export function useDeleteEvaluation() {
  const refresh = useRefreshSatisfaction();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/api/v1/evaluations/{id}', { params: { path: { id } } })),
    onSuccess: refresh,
  });
}

export function useUpdateImprovementPlan() {
  const refresh = useRefreshSatisfaction();
  return useMutation({
    mutationFn: ({ id, change }: { id: string; change: ImprovementPlanChange }) =>
      unwrap(
        api.PATCH('/api/v1/improvement-plans/{id}', { params: { path: { id } }, body: change }),
      ),
    onSuccess: refresh,
  });
}

export type SatisfactionReport = Schemas['SatisfactionReport'];

/** The satisfaction report of a fiscal year; undefined: the one of today. */
export function useSatisfactionReport(fiscalYear: number | undefined) {
  return useQuery({
    queryKey: ['evaluations', 'report', fiscalYear ?? null],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/satisfaction', {
          params: { query: fiscalYear === undefined ? {} : { fiscalYear } },
        }),
      ),
  });
}
