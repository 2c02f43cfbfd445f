// Which part of the app a visitor sees: a client's survey page, onboarding, sign-in, an
// invitation, or the app itself.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Route, Routes, useLocation } from 'react-router';
import { api, unwrap } from '../api/client.ts';
import { AcceptInvitationPage } from '../auth/AcceptInvitationPage.tsx';
import { SetupPage } from '../auth/SetupPage.tsx';
import { SignInPage } from '../auth/SignInPage.tsx';
import { setLanguage } from '../i18n/index.ts';
import { LoadFailed, Loading } from '../ui/QueryState.tsx';
import { Shell } from './Shell.tsx';
import { SessionProvider, useSessionQuery } from './session.tsx';
import { SignedInRoutes } from './SignedInRoutes.tsx';
import { SurveyPage } from '../survey/SurveyPage.tsx';

/**
 * The survey page is a world of its own: a client's personal link opens it with no session, no
 * set-up check and no shell; everything else is the product.
 */
export function App() {
  const location = useLocation();
  if (location.pathname.startsWith('/survey/'))
    return (
      <Routes>
        <Route path="/survey/:token" element={<SurveyPage />} />
      </Routes>
    );
  return <Product />;
}

function Product() {
  const queryClient = useQueryClient();
  const location = useLocation();
  const setup = useQuery({
    queryKey: ['setup'],
    queryFn: () => unwrap(api.GET('/api/v1/setup')),
    staleTime: Infinity,
  });
  const session = useSessionQuery();
  const wasSignedIn = useRef(false);
  const user = session.data?.user;

  useEffect(() => {
    if (user) {
      wasSignedIn.current = true;
      void setLanguage(user.locale);
    }
  }, [user]);

  if (setup.isPending || session.isPending) return <Loading />;
  if (setup.error) return <LoadFailed error={setup.error} retry={() => void setup.refetch()} />;
  if (setup.data.needed) {
    return <SetupPage onDone={() => queryClient.setQueryData(['setup'], { needed: false })} />;
  }
  if (location.pathname === '/invitation' && !session.data) return <AcceptInvitationPage />;
  if (session.error) {
    return <LoadFailed error={session.error} retry={() => void session.refetch()} />;
  }
  if (!session.data) return <SignInPage sessionEnded={wasSignedIn.current} />;
  return (
    <SessionProvider session={session.data}>
      <Shell>
        <Routes>
          <Route path="/*" element={<SignedInRoutes />} />
        </Routes>
      </Shell>
    </SessionProvider>
  );
}
