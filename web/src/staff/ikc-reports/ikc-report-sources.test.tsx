import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { IkcReportSources } from './ikc-report-sources';
import type { IkcReportContent } from './ikc-report-types';

/** Only what the sources section reads; the rest of a report does not matter here. */
const report = (extra: Partial<IkcReportContent>) =>
  ({
    locations: [
      {
        locationId: '11111111-1111-4111-8111-111111111111',
        location: 'Locatie Noord',
        roundId: '22222222-2222-4222-8222-222222222222',
        round: { kind: 'baseline', name: null, opensOn: '2026-10-01', closesOn: '2026-10-28' },
        publication: { version: 2, publishedAt: '2026-11-02T10:00' },
        levels: [],
      },
    ],
    notIncluded: [],
    notes: [],
    ...extra,
  }) as unknown as IkcReportContent;

describe('IkcReportSources', () => {
  it('says which locations’ raw answers the retention period removed, and that the figures stay', () => {
    render(
      <IkcReportSources report={report({ rawDataGone: [{ location: 'Locatie Noord', deletedOn: '2027-11-02' }] })} />,
    );
    expect(screen.getByRole('heading', { name: 'Ruwe gegevens verwijderd' })).toBeTruthy();
    expect(screen.getByText(/Locatie Noord: de ruwe antwoorden zijn op 2 nov 2027 verwijderd/)).toBeTruthy();
  });

  it('says nothing about deletion while the raw answers are kept', () => {
    render(<IkcReportSources report={report({ rawDataGone: [] })} />);
    expect(screen.queryByRole('heading', { name: 'Ruwe gegevens verwijderd' })).toBeNull();
  });
});
