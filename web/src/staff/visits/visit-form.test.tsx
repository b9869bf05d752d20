import type { InstrumentView } from '@driehoek/shared';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ids } from '../../test-support/staff-data';
import { VisitForm } from './visit-form';

/** A first-version form that still asks its own date, beside the app's visit date. */
const v1: InstrumentView = {
  key: 'mg-phone',
  version: 1,
  perspective: 'mystery-guest',
  locales: ['nl'],
  outline: [],
  survey: {
    pages: [
      {
        name: 'contact',
        elements: [
          { type: 'text', name: 'mg_date', inputType: 'date', title: 'Datum van het contact', isRequired: true },
          { type: 'text', name: 'mg_rater', title: 'Naam van de observant' },
        ],
      },
    ],
  },
};

describe('the visit form', () => {
  it('asks the date once: the form’s own date question is hidden and follows the visit’s date', async () => {
    const { container } = render(
      <VisitForm
        file={v1}
        editable
        start={{
          id: '0b9a3c1e-4a1f-4a57-9d0e-1f2a3b4c5d21',
          roundId: ids.round,
          instrument: { key: 'mg-phone', version: 1 },
          visitedOn: '2026-11-20',
          answers: {},
          unsynced: false,
        }}
      />,
    );
    expect(await screen.findByText('Naam van de observant')).toBeTruthy();
    expect(screen.getByLabelText('Datum van het bezoek')).toBeTruthy();
    expect(screen.queryByText('Datum van het contact')).toBeNull();
    expect(container.querySelectorAll('input[type=date]')).toHaveLength(1);
  });
});
