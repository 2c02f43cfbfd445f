// The firm's calendar day as the server knows it (Amsterdam): what is due, overdue or today is
// judged against it, not against the browser's clock and time zone.
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client.ts';

export const todayKey = ['today'] as const;

/** The firm's day ("2026-11-26"); undefined while it loads. */
export function useToday() {
  return useQuery({
    queryKey: todayKey,
    queryFn: async () => (await unwrap(api.GET('/api/v1/today'))).today,
    // a page left open overnight moves on to the next day
    staleTime: 60_000,
    refetchInterval: 15 * 60_000,
  });
}
