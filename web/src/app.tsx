import { lazy, Suspense } from 'react';
import { Home, NotFound } from './home';
import { matchRoute } from './route';

// Separate chunks: respondents never download staff code, staff never download SurveyJS.
const RespondentApp = lazy(() => import('./respondent/respondent-app'));
const StaffApp = lazy(() => import('./staff/shell/staff-app'));

function Loading() {
  return (
    <main id="main" className="page" aria-busy="true">
      <p role="status">Laden…</p>
    </main>
  );
}

export function App({ path }: { path: string }) {
  const route = matchRoute(path);
  if (route.name === 'home') return <Home />;
  if (route.name === 'notFound') return <NotFound />;
  return (
    <Suspense fallback={<Loading />}>
      {route.name === 'respondent' ? <RespondentApp linkId={route.linkId} /> : <StaffApp />}
    </Suspense>
  );
}
