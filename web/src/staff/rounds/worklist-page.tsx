import { api, countOf, roundTitle, type WorkItem } from '@driehoek/shared';
import type { ReactNode } from 'react';
import { call } from '../../api/client';
import { formatDay } from '../../lib/dates';
import { AppLink } from '../router/app-link';
import { paths, type RoundTab } from '../router/staff-route';
import { useLoad } from '../shell/use-load';
import { LoadState } from '../ui/load-state';
import { PageHeading } from '../ui/page-heading';

/** "Locatie Noord (IKC De Vlinder), Nulmeting": which round, in the words of the rounds list. */
const roundName = (item: WorkItem) => `${item.location} (${item.ikc}), ${roundTitle(item)}`;

function WorkSection({
  id,
  title,
  items,
  empty,
  tab,
  detail,
}: {
  id: string;
  title: string;
  items: WorkItem[];
  empty: string;
  tab: RoundTab;
  detail: (item: WorkItem) => ReactNode;
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>
        {title} ({items.length})
      </h2>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="link-list">
          {items.map((item) => (
            <li key={item.id}>
              <AppLink to={paths.round(item.id, tab)}>{roundName(item)}</AppLink>: {detail(item)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * The researcher's home: what needs doing in the rounds they follow. Rounds that close soon (to remind or extend),
 * open answers nobody reviewed (nothing of them reaches the IKC before), and closed rounds whose report waits.
 */
export function WorklistPage() {
  const loaded = useLoad(() => call(api.rounds.worklist, {}), []);
  return (
    <>
      <PageHeading title="Wat er te doen is">Wat er te doen is</PageHeading>
      <p>
        De rondes die op u wachten. Alle aantallen per link staan in de{' '}
        <AppLink to={paths.monitor()}>responsmonitor</AppLink>.
      </p>
      <LoadState loaded={loaded}>
        {(work) => (
          <>
            <WorkSection
              id="work-closing"
              title="Rondes die binnenkort sluiten"
              items={work.closingSoon}
              empty={`Geen open ronde sluit in de komende ${work.closingWithinDays} dagen.`}
              tab="respons"
              detail={(item) => `sluit na ${formatDay(item.closesOn)}`}
            />
            <WorkSection
              id="work-answers"
              title="Open antwoorden om te beoordelen"
              items={work.openAnswers}
              empty="Alle open antwoorden zijn beoordeeld."
              tab="open-antwoorden"
              detail={(item) => `${countOf(item.pendingOpenAnswers, 'antwoord', 'antwoorden')} nog niet beoordeeld`}
            />
            <WorkSection
              id="work-publish"
              title="Rapporten om te publiceren"
              items={work.toPublish}
              empty="Geen gesloten ronde wacht op publicatie."
              tab="rapport"
              detail={(item) => `sloot na ${formatDay(item.closesOn)}`}
            />
          </>
        )}
      </LoadState>
    </>
  );
}
