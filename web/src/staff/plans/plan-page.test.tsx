import {
  ActionInputSchema,
  api,
  KNOSTER_CONDITION_QUESTION,
  knosterFindings,
  type PlanGoal,
  pathOf,
  StatusChangeSchema,
} from '@driehoek/shared';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../test-support/msw';
import { ACTION_ID, GOAL_ID, PLAN_ID, planFixture, ROUND_ID } from '../../test-support/plan-data';
import { renderStaff } from '../../test-support/render-staff';
import { PlanPage } from './plan-page';

const server = mockApi();

function serve(plan = planFixture()) {
  server.use(
    http.get(pathOf(api.plans.forRound, { roundId: ROUND_ID }), () => HttpResponse.json({ plan, cannotStart: null })),
    http.get(pathOf(api.plans.pdfAvailable, { planId: PLAN_ID }), () => HttpResponse.json({ available: true })),
  );
}

describe('the plan page', () => {
  it('starts a plan from the round with the CSRF header and then shows it', async () => {
    const sent: Array<string | null> = [];
    server.use(
      http.get(pathOf(api.plans.forRound, { roundId: ROUND_ID }), () =>
        HttpResponse.json({ plan: null, cannotStart: null }),
      ),
      http.post(api.plans.create.path, ({ request }) => {
        sent.push(request.headers.get('x-driehoek-csrf'));
        return HttpResponse.json(planFixture(), { status: 201 });
      }),
      http.get(pathOf(api.plans.pdfAvailable, { planId: PLAN_ID }), () => HttpResponse.json({ available: false })),
    );
    render(<PlanPage roundId={ROUND_ID} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Plan van aanpak starten' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Plan van aanpak Locatie Noord 2026' })).toBeTruthy();
    expect(sent).toEqual(['1']);
    expect(await screen.findByText(/Afdrukken → Opslaan als PDF/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Word downloaden' }).getAttribute('href')).toBe(
      pathOf(api.plans.docx, { planId: PLAN_ID }),
    );
  });

  const unpublished = () =>
    server.use(
      http.get(pathOf(api.plans.forRound, { roundId: ROUND_ID }), () =>
        HttpResponse.json({
          plan: null,
          cannotStart:
            'Een plan van aanpak start vanuit het gepubliceerde rapport. De onderzoeker publiceert het rapport als de ronde gesloten is.',
        }),
      ),
    );

  it('says why no plan can start yet, and leads a researcher to the report to publish', async () => {
    unpublished();
    renderStaff(<PlanPage roundId={ROUND_ID} />);
    expect(await screen.findByText(/vanuit het gepubliceerde rapport/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Plan van aanpak starten' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Naar het rapport van deze ronde' }).getAttribute('href')).toBe(
      `/app/rondes/${ROUND_ID}/rapport`,
    );
  });

  it('gives the IKC team the reason without a way to publish', async () => {
    unpublished();
    renderStaff(<PlanPage roundId={ROUND_ID} />, { me: { email: 'ikc@example.nl', name: 'Ilse', role: 'ikc' } });
    expect(await screen.findByText(/De onderzoeker publiceert het rapport/)).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Naar het rapport van deze ronde' })).toBeNull();
  });

  /** The fixture's goal as the server sends it: its Knoster findings computed from what was saved. */
  const withGoal = (goal: Partial<PlanGoal>) => {
    const base = planFixture();
    const [first] = base.goals;
    if (!first) throw new Error('fixture has a goal');
    const merged = { ...first, ...goal };
    return planFixture({ goals: [{ ...merged, knosterFindings: knosterFindings(merged.knoster, merged.actions) }] });
  };

  it('asks Knoster’s conditions as questions and greets a new goal without warnings', async () => {
    const empty = { vision: '', skills: '', incentives: '', resources: '', actionPlan: '' };
    serve(withGoal({ goal: '', knoster: empty, actions: [] }));
    render(<PlanPage roundId={ROUND_ID} />);
    const skills = await screen.findByLabelText(`Vaardigheden: ${KNOSTER_CONDITION_QUESTION.skills}`);
    expect(screen.getByLabelText(`Gedeelde visie: ${KNOSTER_CONDITION_QUESTION.vision}`)).toBeTruthy();
    expect(screen.queryByText(/Ontbreekt/)).toBeNull();
    fireEvent.change(skills, { target: { value: 'x' } });
    fireEvent.change(skills, { target: { value: '' } });
    expect(screen.queryByText(/Ontbreekt/)).toBeNull();
    expect(skills.getAttribute('aria-describedby')).toBeNull();
  });

  it('warns about a condition the team saved the goal without, until they answer it', async () => {
    const saved = planFixture().goals[0]?.knoster;
    if (!saved) throw new Error('fixture has a goal');
    serve(withGoal({ knoster: { ...saved, skills: '' } }));
    render(<PlanPage roundId={ROUND_ID} />);
    const skills = await screen.findByLabelText(/^Vaardigheden:/);
    expect(screen.getByText(/Ontbreekt: risico op angst/)).toBeTruthy();
    expect(skills.getAttribute('aria-describedby')).toContain('failure');
    // Emptying an answered condition is no warning until the goal is saved so.
    fireEvent.change(screen.getByLabelText(/^Gedeelde visie:/), { target: { value: '' } });
    expect(screen.queryByText(/risico op verwarring/)).toBeNull();
    fireEvent.change(skills, { target: { value: 'Twee trainingen.' } });
    expect(screen.queryByText(/risico op angst/)).toBeNull();
  });

  it('shows the workload warning with its evidence and highlights the overdue action', async () => {
    serve();
    render(<PlanPage roundId={ROUND_ID} />);
    expect(await screen.findByText('Let op: extra werkdruk')).toBeTruthy();
    expect(screen.getAllByText(/60% van de 10 medewerkers/).length).toBeGreaterThan(0);
    expect(screen.getByRole('group', { name: 'Blijven de tienminutengesprekken bestaan?' })).toBeTruthy();
    const action = screen.getByRole('heading', { level: 4, name: 'Inzagemoment per groep plannen' }).closest('li');
    expect(action?.className).toContain('plan-action--overdue');
    expect(within(action as HTMLElement).getByText(/te laat \(5 dagen\)/)).toBeTruthy();
  });

  it('changes an action’s status with a note', async () => {
    serve();
    const bodies: unknown[] = [];
    server.use(
      http.post(pathOf(api.plans.changeStatus, { planId: PLAN_ID, actionId: ACTION_ID }), async ({ request }) => {
        bodies.push(StatusChangeSchema.parse(await request.json()));
        const plan = planFixture();
        const goal = plan.goals[0];
        if (goal?.actions[0]) goal.actions[0] = { ...goal.actions[0], status: 'done' };
        return HttpResponse.json({ ...plan, overdue: [] });
      }),
    );
    render(<PlanPage roundId={ROUND_ID} />);
    const form = await screen.findByRole('form', { name: 'Status van Inzagemoment per groep plannen' });
    fireEvent.change(within(form).getByLabelText('Status'), { target: { value: 'done' } });
    fireEvent.change(within(form).getByLabelText('Notitie of bewijs (optioneel)'), {
      target: { value: 'Gehouden op 12 januari.' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Status wijzigen' }));
    expect(await screen.findByText('Status gewijzigd in klaar.')).toBeTruthy();
    expect(bodies).toEqual([{ status: 'done', note: 'Gehouden op 12 januari.' }]);
  });

  it('adds a suggestion from the library as an action, keeping its key and why', async () => {
    serve();
    const bodies: unknown[] = [];
    server.use(
      http.post(pathOf(api.plans.addAction, { planId: PLAN_ID, goalId: GOAL_ID }), async ({ request }) => {
        bodies.push(ActionInputSchema.parse(await request.json()));
        return HttpResponse.json(planFixture(), { status: 201 });
      }),
    );
    render(<PlanPage roundId={ROUND_ID} />);
    expect(await screen.findByText(/basisvorm: Startgesprek/)).toBeTruthy();
    // What parents asked for in the needs inventory stands beside the goal and on the suggestion it points to.
    expect(screen.getByText('Ouders vroegen hierom: Wat mijn kind nodig heeft en hoe het gaat')).toBeTruthy();
    expect(screen.getByText(/Wat ouders zelf aangaven in de behoeftepeiling/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Als actie toevoegen.*Leg wat ouders/ }));
    await screen.findByText(/toegevoegd\./);
    expect(bodies).toEqual([
      expect.objectContaining({
        libraryKey: 'c7-l1-record-start-conversation',
        description: 'Wat ouders over hun kind weten, hoort naast de toetsgegevens in het dossier.',
      }),
    ]);
  });

  it('is read-only for someone who may not write plans', async () => {
    serve(planFixture({ editable: false }));
    render(<PlanPage roundId={ROUND_ID} />);
    expect(await screen.findByText(/U kunt dit plan lezen/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Doel opslaan' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Doel maken/ })).toBeNull();
  });
});
