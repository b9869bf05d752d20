import { api, type Round, type Worklist, WorklistSchema } from '@driehoek/shared';
import { screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../test-support/msw';
import { ORG_ID } from '../../test-support/plan-data';
import { renderStaff } from '../../test-support/render-staff';
import { phoneForm, phoneVisit, publishedView } from '../../test-support/report-data';
import { ids, round } from '../../test-support/staff-data';
import { latestPerLocation } from '../reports/team-home-page';
import { StaffPage } from './staff-page';

const server = mockApi();
const home = <StaffPage route={{ page: 'overview' }} search={new URLSearchParams()} />;

const ikc = { email: 'ikc@example.nl', name: 'Ilse', role: 'ikc' } as const;
const municipality = { email: 'gemeente@example.nl', name: 'Gert', role: 'municipality' } as const;

const older = '0b9a3c1e-4a1f-4a57-9d0e-1f2a3b4c5d10';
const otherLocation = '0b9a3c1e-4a1f-4a57-9d0e-1f2a3b4c5d11';
const otherRound = '0b9a3c1e-4a1f-4a57-9d0e-1f2a3b4c5d12';
const planId = '0b9a3c1e-4a1f-4a57-9d0e-1f2a3b4c5d13';

function workItem(id: string, overrides: Partial<Worklist['closingSoon'][number]> = {}) {
  return {
    id,
    kind: 'baseline' as const,
    name: null,
    status: 'open' as const,
    opensOn: '2026-11-01',
    closesOn: '2026-12-03',
    location: 'Locatie Noord',
    ikc: 'IKC De Vlinder',
    pendingOpenAnswers: 0,
    ...overrides,
  };
}

describe("each role's home", () => {
  it('shows the researcher what needs doing, each round linked to the tab where the work is', async () => {
    const work = WorklistSchema.parse({
      closingSoon: [workItem(ids.round)],
      closingWithinDays: 7,
      openAnswers: [workItem(ids.round, { pendingOpenAnswers: 1 })],
      toPublish: [],
    });
    server.use(http.get(api.rounds.worklist.path, () => HttpResponse.json(work)));
    renderStaff(home);
    expect(await screen.findByRole('heading', { level: 1, name: 'Wat er te doen is' })).toBeTruthy();
    const closing = screen.getByRole('region', { name: 'Rondes die binnenkort sluiten (1)' });
    expect(within(closing).getByRole('listitem').textContent).toBe(
      'Locatie Noord (IKC De Vlinder), Nulmeting: sluit na 3 dec 2026',
    );
    expect(within(closing).getByRole('link').getAttribute('href')).toBe(`/app/rondes/${ids.round}/respons`);
    const answers = screen.getByRole('region', { name: 'Open antwoorden om te beoordelen (1)' });
    expect(within(answers).getByRole('listitem').textContent).toContain('1 antwoord nog niet beoordeeld');
    expect(within(answers).getByRole('link').getAttribute('href')).toBe(`/app/rondes/${ids.round}/open-antwoorden`);
    const publish = screen.getByRole('region', { name: 'Rapporten om te publiceren (0)' });
    expect(within(publish).getByText('Geen gesloten ronde wacht op publicatie.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'responsmonitor' }).getAttribute('href')).toBe('/app/respons');
  });

  it('opens the IKC team on its latest published report and its plan, other locations one link away', async () => {
    const rounds: Round[] = [
      round({ id: older, status: 'reported', name: 'Voorjaar 2026', opensOn: '2026-03-01', closesOn: '2026-04-01' }),
      round({ status: 'reported', closesOn: '2026-12-15' }),
      round({
        id: otherRound,
        locationId: otherLocation,
        location: 'Dependance',
        status: 'reported',
        closesOn: '2026-06-01',
      }),
    ];
    const asked: string[] = [];
    server.use(
      http.get(api.rounds.list.path, ({ request }) => {
        asked.push(new URL(request.url).searchParams.get('status') ?? '');
        return HttpResponse.json({ items: rounds, total: rounds.length, page: 1, pageSize: 200 });
      }),
      http.get(api.plans.list.path, () =>
        HttpResponse.json({
          items: [
            {
              id: planId,
              title: 'Plan Hoofdgebouw',
              roundId: ids.round,
              roundOpensOn: '2026-11-01',
              location: { id: ids.location, name: 'Hoofdgebouw' },
              ikc: { id: ids.ikc, name: 'IKC De Vlinder' },
              updatedAt: '2027-01-20T10:00',
              goals: 1,
              actionsDone: 1,
              actionsTotal: 3,
              overdue: 0,
            },
          ],
        }),
      ),
      http.get(api.reports.get.path, () => HttpResponse.json(publishedView())),
      http.get(api.reports.pdfAvailable.path, () => HttpResponse.json({ available: false })),
      http.get(api.visits.list.path, () => HttpResponse.json({ items: [phoneVisit()] })),
      http.get(api.instruments.get.path, () => HttpResponse.json(phoneForm)),
    );
    renderStaff(home, { me: ikc });
    expect(await screen.findByRole('heading', { level: 1, name: 'Rapport Hoofdgebouw: Najaar 2026' })).toBeTruthy();
    expect(asked).toEqual(['reported']);
    const plan = screen.getByRole('region', { name: 'Plan van aanpak' });
    expect(within(plan).getByText('1 doel, 1 van 3 acties klaar.')).toBeTruthy();
    expect(within(plan).getByRole('link', { name: 'Naar het plan van aanpak' }).getAttribute('href')).toBe(
      `/app/rondes/${ids.round}/plan`,
    );
    expect(await screen.findByText(/^Gepubliceerd \(versie 1, /)).toBeTruthy();
    // One plan section: the report panel's own link to the plan is left out here.
    expect(screen.getAllByRole('heading', { name: 'Plan van aanpak' })).toHaveLength(1);
    const others = screen.getByRole('region', { name: 'Rapporten van andere locaties' });
    expect(within(others).getByRole('link', { name: 'Dependance: Najaar 2026' }).getAttribute('href')).toBe(
      `/app/rondes/${otherRound}/rapport`,
    );
    expect(within(others).queryByText(/Voorjaar/)).toBeNull();
  });

  it('tells the IKC team what comes before any report is published', async () => {
    server.use(
      http.get(api.rounds.list.path, () => HttpResponse.json({ items: [], total: 0, page: 1, pageSize: 200 })),
      http.get(api.plans.list.path, () => HttpResponse.json({ items: [] })),
    );
    renderStaff(home, { me: ikc });
    expect(await screen.findByRole('heading', { level: 1, name: 'Rapport en plan' })).toBeTruthy();
    expect(screen.getByText(/Er is nog geen gepubliceerd rapport/)).toBeTruthy();
  });

  it('opens the municipality on the overview of its IKCs', async () => {
    const organisation = (id: string, name: string) => ({
      id,
      name,
      kind: 'municipality',
      archived: false,
      ikcCount: 2,
    });
    server.use(
      http.get(api.structure.organisations.path, () =>
        HttpResponse.json({
          items: [organisation(ORG_ID, 'Gemeente Leeuwarden'), organisation(ids.organisation, 'Gemeente Harlingen')],
          total: 2,
          page: 1,
          pageSize: 200,
        }),
      ),
    );
    renderStaff(home, { me: municipality });
    expect(await screen.findByRole('heading', { level: 1, name: "IKC's in beeld" })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Gemeente Leeuwarden' }).getAttribute('href')).toBe(
      `/app/gemeente/${ORG_ID}`,
    );
  });

  it('takes the latest published round per location, newest first', () => {
    const rounds = [
      round({ id: older, closesOn: '2026-04-01' }),
      round({ closesOn: '2026-12-15' }),
      round({ id: otherRound, locationId: otherLocation, location: 'Dependance', closesOn: '2026-06-01' }),
    ];
    expect(latestPerLocation(rounds).map((r) => r.id)).toEqual([ids.round, otherRound]);
  });
});
