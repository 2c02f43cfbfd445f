// The firm's calendar day as the server knows it, on the firm's clock (the workspace's time
// zone): what is due, overdue or today is judged against it, not against the browser's clock and
// time zone. A form that opens before the answer is in reads the firm's time zone meanwhile,
// never the browser's own.
import { useQuery } from '@tanstack/react-query';
import { dayAt } from '../../core/time-zone.ts';
import { api, unwrap } from '../api/client.ts';
import { useSession } from './session.tsx';

export const todayKey = ['today'] as const;

/** The firm's day ("2026-11-26") as the server says it; undefined while it loads. */
export function useToday() {
  return useQuery({
    queryKey: todayKey,
    queryFn: async () => (await unwrap(api.GET('/api/v1/today'))).today,
    // a page left open overnight moves on to the next day
    staleTime: 60_000,
    refetchInterval: 15 * 60_000,
  });
}

/** The firm's day: the server's, or until it answers, the day in the firm's time zone. */
export function useFirmToday(): string {
  const { workspace } = useSession();
  return useToday().data ?? dayAt(new Date(), workspace.timeZone);
}
