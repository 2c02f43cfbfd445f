// Who is signed in: the session answer of the server, shared by every page.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, type ReactNode } from 'react';
import { api, ApiError, setCsrfToken, unwrap, type Schemas } from '../api/client.ts';

export type Session = Schemas['Session'];

export const sessionKey = ['session'] as const;

export async function fetchSession(): Promise<Session | null> {
  try {
    const session = await unwrap(api.GET('/api/v1/session'));
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function useSessionQuery() {
  return useQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: Infinity });
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ session, children }: { session: Session; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

/** The signed-in session; only inside the signed-in part of the app. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in page');
  return session;
}

const writers = new Set(['owner', 'partner', 'manager', 'professional']);
const archivers = new Set(['owner', 'partner', 'manager']);

/** What the signed-in user may do; the server checks again on every route. */
export function usePermissions() {
  const { user } = useSession();
  return {
    write: writers.has(user.role),
    archive: archivers.has(user.role),
    manageUsers: user.role === 'owner',
    manageWorkspace: user.role === 'owner',
    /** Criteria, weights, category schemes, classifications and categories set by hand. */
    manageCategories: archivers.has(user.role),
  };
}

export function useSignedIn() {
  const queryClient = useQueryClient();
  return (session: Session | null) => {
    setCsrfToken(session?.csrfToken ?? null);
    queryClient.setQueryData(sessionKey, session);
  };
}
