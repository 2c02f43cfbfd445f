// The prospect profile and every prospect's fit from the server (method.md §3.7).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client.ts';
import type { ProfileEdit, ProspectProfile } from './prospectProfile.ts';

const profileKey = (schemeId: string | undefined) => ['prospect-profile', schemeId] as const;

export function useProspectProfile(schemeId: string | undefined) {
  return useQuery({
    queryKey: profileKey(schemeId),
    queryFn: () => unwrap(api.GET('/api/v1/prospect-profile', { params: { query: { schemeId } } })),
    placeholderData: keepPreviousData,
  });
}

export function useProspectFits(schemeId: string | undefined) {
  return useQuery({
    queryKey: ['prospect-fits', schemeId],
    queryFn: () => unwrap(api.GET('/api/v1/prospects/fit', { params: { query: { schemeId } } })),
    placeholderData: keepPreviousData,
  });
}

/**
 * The profile changed: the fits follow. The page may have asked for the profile without a scheme
 * (the primary one), so every cached profile is asked again, not only the one of this scheme.
 */
function useProfileChanged(schemeId: string | undefined) {
  const queryClient = useQueryClient();
  return (profile?: ProspectProfile) => {
    if (profile) queryClient.setQueryData(profileKey(schemeId), profile);
    void queryClient.invalidateQueries({ queryKey: ['prospect-profile'] });
    void queryClient.invalidateQueries({ queryKey: ['prospect-fits'] });
  };
}

export function useSaveProspectProfile(schemeId: string | undefined) {
  const changed = useProfileChanged(schemeId);
  return useMutation({
    mutationFn: (body: ProfileEdit) =>
      unwrap(api.PUT('/api/v1/prospect-profile', { params: { query: { schemeId } }, body })),
    onSuccess: (profile) => changed(profile),
  });
}

export function useResetProspectProfile(schemeId: string | undefined) {
  const changed = useProfileChanged(schemeId);
  return useMutation({
    mutationFn: () =>
      unwrap(api.DELETE('/api/v1/prospect-profile', { params: { query: { schemeId } } })),
    onSuccess: () => changed(),
  });
}
