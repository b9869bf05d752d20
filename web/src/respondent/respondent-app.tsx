import { useMemo } from 'react';
import { browserStorage, createDraftStore } from './draft-store';
import { Questionnaire } from './questionnaire';
import { LinkErrorPage, LoadingPage } from './status-pages';
import { useLink } from './use-link';

/** The respondent route `/s/<linkId>`: loads the link, then the questionnaire or a page that explains why not. */
export default function RespondentApp({ linkId }: { linkId: string }) {
  const state = useLink(linkId);
  const store = useMemo(() => createDraftStore(browserStorage()), []);
  if (state.kind === 'loading') return <LoadingPage />;
  if (state.kind === 'failed') return <LinkErrorPage failure={state.failure} />;
  return <Questionnaire link={state.link} store={store} />;
}
