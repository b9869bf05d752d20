import './respondent.css';
import { useEffect, useMemo, useState } from 'react';
import { browserStorage } from '../lib/offline/draft-store';
import { codeFromFragment, forgetFragment } from './link-fragment';
import { Questionnaire } from './questionnaire';
import { createResponseStore } from './response-store';
import { LinkErrorPage, LoadingPage } from './status-pages';
import { useLink } from './use-link';

/** The respondent route `/s/<linkId>`: loads the link, then the questionnaire or a page that explains why not. */
export default function RespondentApp({ linkId }: { linkId: string }) {
  const state = useLink(linkId);
  const store = useMemo(() => createResponseStore(browserStorage()), []);
  const [initialCode] = useState(() => codeFromFragment(window.location.hash));
  useEffect(() => forgetFragment(window.location, window.history), []);
  if (state.kind === 'loading') return <LoadingPage />;
  if (state.kind === 'failed') return <LinkErrorPage failure={state.failure} />;
  return <Questionnaire link={state.link} store={store} initialCode={initialCode} />;
}
