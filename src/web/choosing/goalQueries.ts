// Goals per category from the server: a scheme's goals, their progress in a year, and changes.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../api/client.ts';

export type GoalProgress = Schemas['CategoryGoalProgress'];
export type GoalProgressItem = GoalProgress['goals'][number];

const progressKey = (schemeId: string | undefined, year: number | null) =>
  ['goals', 'progress', schemeId, year] as const;

export function useGoalProgress(schemeId: string | undefined, year: number | null) {
  return useQuery({
    queryKey: progressKey(schemeId, year),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/category-schemes/{id}/goals/progress', {
          params: { path: { id: schemeId! }, query: { year: year ?? undefined } },
        }),
      ),
    enabled: schemeId !== undefined,
    placeholderData: keepPreviousData,
  });
}

function useGoalsChanged() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: ['goals'] });
}

export function useCreateGoal() {
  const changed = useGoalsChanged();
  return useMutation({
    mutationFn: (input: { schemeId: string; body: Schemas['CategoryGoalCreate'] }) =>
      unwrap(
        api.POST('/api/v1/category-schemes/{id}/goals', {
          params: { path: { id: input.schemeId } },
          body: input.body,
        }),
      ),
    onSuccess: changed,
  });
}

export function useUpdateGoal() {
  const changed = useGoalsChanged();
  return useMutation({
    mutationFn: (input: { id: string; body: Schemas['CategoryGoalUpdate'] }) =>
      unwrap(
        api.PATCH('/api/v1/goals/{id}', { params: { path: { id: input.id } }, body: input.body }),
      ),
    onSuccess: changed,
  });
}

export function useDeleteGoal() {
  const changed = useGoalsChanged();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/api/v1/goals/{id}', { params: { path: { id } } })),
    onSuccess: changed,
  });
}
