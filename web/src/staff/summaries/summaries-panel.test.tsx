import { api, type SummaryStatus, SummaryStatusSchema } from '@driehoek/shared';
import { fireEvent, screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../test-support/msw';
import { renderStaff } from '../../test-support/render-staff';
import { round } from '../../test-support/staff-data';
import { SummariesPanel } from './summaries-panel';

const server = mockApi();
const ikc = { email: 'ikc@example.nl', name: 'Ilse', role: 'ikc' } as const;

const published = (overrides: Partial<Extract<SummaryStatus, { state: 'published' }>> = {}) =>
  SummaryStatusSchema.parse({
    state: 'published',
    publication: { version: 2, publishedAt: '2026-11-23T12:00' },
    link: {
      url: 'https://scan.example.nl/samenvatting/AbCdEfGhIjKlMnOpQrStUv',
      childrenUrl: 'https://scan.example.nl/samenvatting/AbCdEfGhIjKlMnOpQrStUv/kinderen',
      createdAt: '2026-11-23T12:00',
      createdBy: 'Onderzoeker',
    },
    locales: ['nl', 'en', 'ar', 'tr', 'pl', 'uk'],
    children: 'too-few',
    workOn: 'plan',
    canManageLink: true,
    ...overrides,
  });

function serve(status: SummaryStatus) {
  server.use(
    http.get(api.summaries.get.path, () => HttpResponse.json(status)),
    http.get(api.reports.pdfAvailable.path, () => HttpResponse.json({ available: true })),
  );
}

describe('the summaries of a round', () => {
  it('says they come from the publication while nothing is published', async () => {
    serve({ state: 'unpublished' });
    renderStaff(<SummariesPanel round={round({ status: 'closed' })} />);
    expect(await screen.findByText(/komen uit het gepubliceerde rapport/)).toBeTruthy();
  });

  it('shows the link, its QR code, a preview and a letter per language, and the children’s poster', async () => {
    serve(published());
    renderStaff(<SummariesPanel round={round({ status: 'reported' })} />);
    const link = await screen.findByRole('region', { name: 'Openbare link' });
    expect(within(link).getByRole('img', { name: 'QR-code van de samenvatting' }).getAttribute('src')).toContain(
      '/api/summaries/',
    );
    expect(within(link).getByRole('link', { name: /samenvatting\/AbCd/ })).toBeTruthy();
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'Nederlands',
      'Engels',
      'Arabisch',
      'Turks',
      'Pools',
      'Oekraïens',
    ]);
    expect(
      within(rows[2] as HTMLElement)
        .getByRole('link', { name: /Brief downloaden/ })
        .getAttribute('href'),
    ).toMatch(/\/parents\/ar\/pdf$/);
    expect(screen.getByText(/te weinig antwoorden van kinderen/)).toBeTruthy();
    expect(screen.getByRole('link', { name: /Klassenposter downloaden/ })).toBeTruthy();
  });

  it('renews the link for a researcher after asking, and says the old one stops working', async () => {
    serve(published());
    let renewed = 0;
    server.use(
      http.post(api.summaries.renewLink.path, () => {
        renewed++;
        return HttpResponse.json(
          published({
            link: {
              url: 'https://scan.example.nl/samenvatting/ZyXwVuTsRqPoNmLkJiHgFe',
              childrenUrl: 'https://scan.example.nl/samenvatting/ZyXwVuTsRqPoNmLkJiHgFe/kinderen',
              createdAt: '2026-11-24T09:00',
              createdBy: 'Onderzoeker',
            },
          }),
        );
      }),
    );
    renderStaff(<SummariesPanel round={round({ status: 'reported' })} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Nieuwe link maken' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, nieuwe link' }));
    expect(await screen.findByText(/De oude werkt niet meer/)).toBeTruthy();
    expect(renewed).toBe(1);
    expect(screen.getAllByRole('link', { name: /ZyXwVu/ }).length).toBeGreaterThan(0);
  });

  it('offers the IKC team no link management', async () => {
    serve(published({ canManageLink: false }));
    renderStaff(<SummariesPanel round={round({ status: 'reported' })} />, { me: ikc });
    await screen.findByRole('region', { name: 'Openbare link' });
    expect(screen.queryByRole('button', { name: 'Nieuwe link maken' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Link intrekken' })).toBeNull();
  });
});
