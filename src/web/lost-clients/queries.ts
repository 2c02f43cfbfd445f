// Lost clients: the firm's reasons, a client's losses, the report and the policies; every change
// refreshes what shows it (the organisation, its activities, the worklist, the report).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { presetLostReasons } from '../../core/winback/client-loss.ts';
import { api, unwrap, type Schemas } from '../api/client.ts';

export type LostReason = Schemas['LostReason'];
export type ClientLoss = Schemas['ClientLoss'];
export type LossSummary = Schemas['ClientLossSummary'];
export type WinBackPolicy = Schemas['WinBackPolicy'];
export type WinBackPolicyInput = Schemas['WinBackPolicyInput'];

/** A reason in the user's language: the firm's own name, or the preset's. */
export function reasonLabel(reason: LostReason | undefined, t: TFunction): string {
  if (!reason) return '…';
  if (reason.name) return reason.name;
  const preset = presetLostReasons.find((key) => key === reason.preset);
  return preset ? t(`lost.reasons.${preset}`) : '…';
}

export function useLostReasons() {
  return useQuery({
    queryKey: ['lost-reasons'],
    queryFn: () => unwrap(api.GET('/api/v1/lost-reasons')),
  });
}

export function useClientLosses(organizationId: string) {
  return useQuery({
    queryKey: ['losses', organizationId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/organizations/{id}/losses', {
          params: { path: { id: organizationId } },
        }),
      ),
  });
}

export function useLostReport() {
  return useQuery({
    queryKey: ['lost-report'],
    queryFn: () => unwrap(api.GET('/api/v1/lost-clients/report')),
  });
}

export function useBridgeLosses(year: number | null) {
  return useQuery({
    queryKey: ['lost-bridge', year],
    queryFn: () =>
      unwrap(api.GET('/api/v1/lost-clients/bridge', { params: { query: { year: year ?? 0 } } })),
    enabled: year !== null,
  });
}

export function useWinBackPolicies(schemeId: string | undefined) {
  return useQuery({
    queryKey: ['win-back-policies', schemeId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/category-schemes/{id}/win-back-policies', {
          params: { path: { id: schemeId ?? '' } },
        }),
      ),
    enabled: schemeId !== undefined,
  });
}

/** After a loss changes: the client, its activities, the worklist and the reports. */
export function useRefreshLosses() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [
        ['losses'],
        ['organizations'],
        ['activities'],
        ['worklist'],
        ['lost-report'],
        ['lost-bridge'],
        ['lost-reasons'],
        ['audit'],
      ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
    );
}

export function useMarkLost(organizationId: string) {
  const refresh = useRefreshLosses();
  return useMutation({
    mutationFn: (body: {
      lostOn: string;
      reasonId: string;
      text: string;
      manner: 'amicable' | 'tense' | 'silent' | null;
      told: string;
    }) =>
      unwrap(
        api.POST('/api/v1/organizations/{id}/losses', {
          params: { path: { id: organizationId } },
          body,
        }),
      ),
    // the dialog closes as soon as the loss is recorded; the page's figures follow when read again
    // (waiting for them let a page that re-rendered meanwhile keep the dialog open)
    onSuccess: () => {
      void refresh();
    },
  });
}

export function useWinBack() {
  const refresh = useRefreshLosses();
  return useMutation({
    mutationFn: (input: { id: string; wonBackOn: string; winBackNote: string }) =>
      unwrap(
        api.POST('/api/v1/client-losses/{id}/win-back', {
          params: { path: { id: input.id } },
          body: { wonBackOn: input.wonBackOn, winBackNote: input.winBackNote },
        }),
      ),
    onSuccess: refresh,
  });
}

export function useUndoLoss() {
  const refresh = useRefreshLosses();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/api/v1/client-losses/{id}', { params: { path: { id } } })),
    onSuccess: refresh,
  });
}
