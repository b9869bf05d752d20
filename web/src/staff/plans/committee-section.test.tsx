import {
  api,
  CommentInputSchema,
  DecisionInputSchema,
  type Plan,
  type PlanComment,
  type PlanDecision,
  pathOf,
} from '@driehoek/shared';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { apiError, mockApi } from '../../test-support/msw';
import { PLAN_ID, planFixture, ROUND_ID } from '../../test-support/plan-data';
import { PlanPage } from './plan-page';

const server = mockApi();

const first: PlanDecision = {
  id: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb',
  subject: 'Subsidieaanvraag 2027',
  outcome: 'granted',
  amountCents: 1_250_000,
  reason: '',
  decidedOn: '2026-11-10',
  by: 'Mevr. De Vries',
  recordedAt: '2026-11-10T15:04:00',
  replaces: null,
  supersededBy: 'cccccccc-cccc-4ccc-8ccc-cccccccccccc',
};
const inForce: PlanDecision = {
  ...first,
  id: 'cccccccc-cccc-4ccc-8ccc-cccccccccccc',
  outcome: 'revise',
  amountCents: null,
  reason: 'Maak de doelen meetbaar: hoeveel ouders, wanneer.',
  decidedOn: '2026-11-20',
  recordedAt: '2026-11-20T09:30:00',
  replaces: first.id,
  supersededBy: null,
};
const question: PlanComment = {
  id: 'dddddddd-dddd-4ddd-8ddd-dddddddddddd',
  text: 'Hoe bereikt u ouders met weinig Nederlands?',
  by: 'Mevr. De Vries',
  role: 'municipality',
  at: '2026-11-20T09:31:00',
};

function withCommittee(committee: Partial<Plan['committee']>): Plan {
  const plan = planFixture();
  return { ...plan, committee: { ...plan.committee, ...committee } };
}

function serve(plan: Plan) {
  server.use(
    http.get(pathOf(api.plans.forRound, { roundId: ROUND_ID }), () => HttpResponse.json({ plan, cannotStart: null })),
    http.get(pathOf(api.plans.pdfAvailable, { planId: PLAN_ID }), () => HttpResponse.json({ available: true })),
  );
}

const section = async () => {
  const heading = await screen.findByRole('heading', { level: 2, name: 'Reactie van de IKC-commissie' });
  return heading.closest('section') as HTMLElement;
};

describe('the committee’s response on the plan page', () => {
  it('shows the IKC team the decision in force, the one it replaced, and lets the team answer the committee', async () => {
    const plan = withCommittee({ decisions: [inForce, first], comments: [question] });
    serve(plan);
    const sent: Array<{ body: unknown; csrf: string | null }> = [];
    const answer: PlanComment = {
      ...question,
      id: 'eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee',
      text: 'Met een tolk bij elk startgesprek.',
      by: 'Ilse',
      role: 'ikc',
      at: '2026-11-21T10:00:00',
    };
    server.use(
      http.post(pathOf(api.plans.comment, { planId: PLAN_ID }), async ({ request }) => {
        sent.push({
          body: CommentInputSchema.parse(await request.json()),
          csrf: request.headers.get('x-driehoek-csrf'),
        });
        return HttpResponse.json(
          { ...plan, committee: { ...plan.committee, comments: [question, answer] } },
          {
            status: 201,
          },
        );
      }),
    );
    render(<PlanPage roundId={ROUND_ID} />);
    const committee = await section();
    const current = within(committee).getByRole('article', { name: 'Besluit van 20 nov 2026' });
    expect(current.textContent).toContain('Besluit: Aanpassing gevraagd');
    expect(current.textContent).toContain('Maak de doelen meetbaar: hoeveel ouders, wanneer.');
    expect(current.textContent).toContain('20 nov 2026 09:30 door Mevr. De Vries');
    const earlier = within(committee).getByRole('article', { name: 'Besluit van 10 nov 2026' });
    expect(earlier.textContent).toContain('Toegekend: € 12.500');
    expect(earlier.textContent).toContain('vervangen door het besluit van 20 nov 2026');
    expect(committee.querySelector('details summary')?.textContent).toBe('Eerdere besluiten (1)');
    // The team answers; it cannot decide.
    expect(within(committee).queryByRole('button', { name: /Besluit vastleggen/ })).toBeNull();
    expect(within(committee).getByText('Hoe bereikt u ouders met weinig Nederlands?')).toBeTruthy();
    expect(within(committee).getByText(/\(gemeente\)/)).toBeTruthy();

    const reply = within(committee).getByLabelText('Reactie aan de IKC-commissie');
    fireEvent.click(within(committee).getByRole('button', { name: 'Reactie plaatsen' }));
    expect(await within(committee).findByText('Schrijf een reactie')).toBeTruthy();
    expect(sent).toEqual([]);
    fireEvent.change(reply, { target: { value: 'Met een tolk bij elk startgesprek.' } });
    fireEvent.click(within(committee).getByRole('button', { name: 'Reactie plaatsen' }));
    expect(await screen.findByText('Reactie geplaatst.')).toBeTruthy();
    expect(sent).toEqual([{ body: { text: 'Met een tolk bij elk startgesprek.' }, csrf: '1' }]);
    const thread = within(await section())
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(thread.at(-1)).toContain('Ilse (IKC-team)');
    expect((reply as HTMLTextAreaElement).value).toBe('');
  });

  it('gives the municipality a decision form that checks a refusal’s reason and reads a Dutch amount', async () => {
    const plan = withCommittee({ decisions: [first], mayDecide: true });
    serve(plan);
    const bodies: unknown[] = [];
    server.use(
      http.post(pathOf(api.plans.decide, { planId: PLAN_ID }), async ({ request }) => {
        const body = DecisionInputSchema.parse(await request.json());
        bodies.push(body);
        const recorded: PlanDecision = {
          ...first,
          ...body,
          id: 'ffffffff-ffff-4fff-8fff-ffffffffffff',
          recordedAt: `${body.decidedOn}T12:00:00`,
          supersededBy: null,
        };
        return HttpResponse.json(
          { ...plan, committee: { ...plan.committee, decisions: [recorded, { ...first, supersededBy: recorded.id }] } },
          { status: 201 },
        );
      }),
    );
    render(<PlanPage roundId={ROUND_ID} />);
    const committee = await section();
    fireEvent.click(within(committee).getByRole('button', { name: 'Nieuw besluit vastleggen' }));
    const form = within(committee).getByRole('form', { name: 'Nieuw besluit vastleggen' });
    expect(form.textContent).toContain('vervangt het besluit van 10 nov 2026');
    expect((within(form).getByLabelText('Waarover') as HTMLInputElement).value).toBe('Subsidieaanvraag 2027');

    // Not granted without a reason: refused in the browser, in the server's words, with nothing sent.
    fireEvent.click(within(form).getByLabelText('niet toegekend'));
    expect(within(form).queryByLabelText(/Toegekend bedrag/)).toBeNull();
    fireEvent.click(within(form).getByRole('button', { name: 'Besluit vastleggen' }));
    const reason = within(form).getByLabelText('Reden');
    expect(await within(form).findByText('Geef een reden bij "niet toegekend"')).toBeTruthy();
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(bodies).toEqual([]);

    // Granted with an amount as a Dutch user writes it; an unreadable amount is named first.
    fireEvent.click(within(form).getByLabelText('toegekend'));
    const amount = within(form).getByLabelText('Toegekend bedrag in euro (optioneel)');
    fireEvent.change(amount, { target: { value: '12.5' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Besluit vastleggen' }));
    expect(await within(form).findByText('Schrijf het bedrag als 12.500 of 12.500,50')).toBeTruthy();
    fireEvent.change(amount, { target: { value: '€ 8.000,50' } });
    fireEvent.change(within(form).getByLabelText('Datum van het besluit'), { target: { value: '2026-11-22' } });
    fireEvent.change(reason, { target: { value: 'Lager bedrag: de tolk komt uit een ander budget.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Besluit vastleggen' }));
    expect(await screen.findByText('Besluit vastgelegd.')).toBeTruthy();
    expect(bodies).toEqual([
      {
        subject: 'Subsidieaanvraag 2027',
        outcome: 'granted',
        amountCents: 800_050,
        reason: 'Lager bedrag: de tolk komt uit een ander budget.',
        decidedOn: '2026-11-22',
        replaces: first.id,
      },
    ]);
    const updated = await section();
    expect(within(updated).getByRole('article', { name: 'Besluit van 22 nov 2026' }).textContent).toContain(
      'Besluit: Toegekend: € 8.000,50',
    );
    expect(within(updated).queryByRole('form', { name: /besluit vastleggen/i })).toBeNull();
  });

  it('shows the server’s refusal when another member decided in the meantime, keeping the form', async () => {
    serve(withCommittee({ mayDecide: true }));
    server.use(
      http.post(pathOf(api.plans.decide, { planId: PLAN_ID }), () =>
        apiError(409, 'conflict', 'replaces: er geldt al een besluit van 20 nov 2026; vervang dat besluit', 'replaces'),
      ),
    );
    render(<PlanPage roundId={ROUND_ID} />);
    const committee = await section();
    expect(within(committee).getByText(/nog geen besluit over dit plan vastgelegd/)).toBeTruthy();
    fireEvent.click(within(committee).getByRole('button', { name: 'Besluit vastleggen' }));
    const form = within(committee).getByRole('form', { name: 'Besluit vastleggen' });
    fireEvent.change(within(form).getByLabelText('Waarover'), { target: { value: 'Subsidieaanvraag 2027' } });
    fireEvent.click(within(form).getByLabelText('toegekend'));
    fireEvent.click(within(form).getByRole('button', { name: 'Besluit vastleggen' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/er geldt al een besluit van 20 nov 2026/);
    expect(within(committee).getByRole('form', { name: 'Besluit vastleggen' })).toBeTruthy();
  });
});
