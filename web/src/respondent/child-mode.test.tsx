import { api, type SaveResponseResult } from '@driehoek/shared';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { linkId, linkView } from '../test-support/fixtures';
import { mockApi } from '../test-support/msw';
import { Questionnaire } from './questionnaire';
import type { Speaker } from './read-aloud';
import { createResponseStore } from './response-store';
import { faceOptionHtml } from './survey-model';

const server = mockApi();

const faces = [
  { value: 1, text: { default: '🙁 Nee', en: '🙁 No' } },
  { value: 2, text: { default: '😐 Een beetje', en: '😐 A bit' } },
  { value: 3, text: { default: '🙂 Ja', en: '🙂 Yes' } },
];

const childSurvey = {
  title: { default: 'Vragen voor kinderen', en: 'Questions for children' },
  showQuestionNumbers: 'off',
  pages: [
    {
      name: 'practice',
      elements: [
        {
          type: 'radiogroup',
          name: 'k_warm_up',
          title: { default: 'Ik speel graag buiten.', en: 'I like to play outside.' },
          description: { default: 'Dit is een oefenvraag.', en: 'This is a practice question.' },
          choices: faces,
        },
        {
          type: 'radiogroup',
          name: 'k_c3_greeted',
          title: { default: 'De juf zegt mij gedag.', en: 'My teacher says hello.' },
          choices: faces,
        },
      ],
    },
  ],
};

const childLink = () => linkView({ audience: 'children', locales: ['nl', 'en'], survey: childSurvey });

function recordingSpeaker() {
  const spoken: Array<{ texts: readonly string[]; locale: string }> = [];
  const speaker: Speaker = {
    speak: (texts, locale) => spoken.push({ texts, locale }),
    cancel: vi.fn(),
  };
  return { speaker, spoken };
}

function countSaves() {
  const saves: unknown[] = [];
  server.use(
    http.put(api.responses.save.path, async ({ request, params }) => {
      saves.push(await request.json());
      const body = (await request.clone().json()) as { complete?: boolean };
      const result: SaveResponseResult = {
        responseId: String(params.responseId),
        status: body.complete ? 'complete' : 'partial',
        changed: true,
      };
      return HttpResponse.json(result);
    }),
  );
  return saves;
}

describe('child mode', () => {
  it('asks the child whether they want to take part before any question', () => {
    render(<Questionnaire link={childLink()} store={createResponseStore(localStorage)} speaker={null} />);
    expect(screen.getByRole('heading', { name: /Wil je meedoen\? Je mag ook stoppen\./ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ja, ik doe mee' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Nee, liever niet' })).toBeTruthy();
    expect(screen.queryByText('Ik speel graag buiten.')).toBeNull();
  });

  it('says a friendly goodbye to a child who says no, and keeps nothing', async () => {
    const saves = countSaves();
    render(<Questionnaire link={childLink()} store={createResponseStore(localStorage)} speaker={null} />);
    fireEvent.click(screen.getByRole('button', { name: 'Nee, liever niet' }));

    expect(await screen.findByRole('heading', { name: 'Dat is goed!' })).toBeTruthy();
    expect(screen.getByText(/Er is niets bewaard\./)).toBeTruthy();
    expect(localStorage.getItem(`driehoek:draft:${linkId}`)).toBeNull();
    expect(localStorage.getItem(`driehoek:done:${linkId}`)).toBeNull();
    expect(saves).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Toch meedoen' }));
    expect(screen.getByRole('button', { name: 'Ja, ik doe mee' })).toBeTruthy();
  });

  it('shows one question at a time after yes, with the faces named by their words', async () => {
    render(<Questionnaire link={childLink()} store={createResponseStore(localStorage)} speaker={null} />);
    fireEvent.click(screen.getByRole('button', { name: 'Ja, ik doe mee' }));

    expect(await screen.findByText('Ik speel graag buiten.')).toBeTruthy();
    expect(screen.queryByText('De juf zegt mij gedag.')).toBeNull();
    expect(screen.getByRole('radio', { name: 'Een beetje' })).toBeTruthy();
  });

  it('reads the question on screen and its options aloud in Dutch', async () => {
    const { speaker, spoken } = recordingSpeaker();
    countSaves();
    render(<Questionnaire link={childLink()} store={createResponseStore(localStorage)} speaker={speaker} />);
    fireEvent.click(screen.getByRole('button', { name: 'Ja, ik doe mee' }));
    await screen.findByText('Ik speel graag buiten.');

    fireEvent.click(screen.getByRole('button', { name: 'Lees voor' }));
    expect(spoken.at(-1)).toEqual({
      texts: ['Ik speel graag buiten.', 'Dit is een oefenvraag.', 'Nee', 'Een beetje', 'Ja'],
      locale: 'nl',
    });

    fireEvent.click(screen.getByRole('radio', { name: 'Ja' }));
    fireEvent.click(screen.getByRole('button', { name: 'Volgende' }));
    await screen.findByText('De juf zegt mij gedag.');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Lees voor' })).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: 'Lees voor' }));
    expect(spoken.at(-1)?.texts).toEqual(['De juf zegt mij gedag.', 'Nee', 'Een beetje', 'Ja']);
  });

  it('reads the assent screen aloud too, in the language chosen', () => {
    const { speaker, spoken } = recordingSpeaker();
    render(<Questionnaire link={childLink()} store={createResponseStore(localStorage)} speaker={speaker} />);
    fireEvent.change(screen.getByLabelText('Taal'), { target: { value: 'en' } });
    fireEvent.click(screen.getByRole('button', { name: 'Read aloud' }));
    expect(spoken.at(-1)?.locale).toBe('en');
    expect(spoken.at(-1)?.texts).toContain('Do you want to take part?');
  });

  it('shows no read-aloud button where the browser cannot speak', () => {
    render(<Questionnaire link={childLink()} store={createResponseStore(localStorage)} speaker={null} />);
    expect(screen.getByRole('button', { name: 'Ja, ik doe mee' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Lees voor' })).toBeNull();
  });

  it('gives parents no assent screen and no read-aloud button', () => {
    const { speaker } = recordingSpeaker();
    render(<Questionnaire link={linkView()} store={createResponseStore(localStorage)} speaker={speaker} />);
    expect(screen.getByRole('button', { name: 'Beginnen' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Lees voor' })).toBeNull();
  });
});

/** A children's questionnaire as the real ones are: a welcome page with the intro, then questions on one page. */
const introSurvey = {
  ...childSurvey,
  pages: [
    {
      name: 'welcome',
      elements: [
        {
          type: 'html',
          name: 'intro',
          html: { default: '<p>De juf of meester leest elke vraag voor.</p>', en: '<p>Your teacher reads.</p>' },
        },
      ],
    },
    ...childSurvey.pages,
  ],
};
const introLink = () => linkView({ audience: 'children', locales: ['nl', 'en'], survey: introSurvey });

describe('child mode, screen by screen', () => {
  it('says in the intro that the tablet reads aloud, naming the button, when it can', async () => {
    const { speaker } = recordingSpeaker();
    render(<Questionnaire link={introLink()} store={createResponseStore(localStorage)} speaker={speaker} />);
    fireEvent.click(screen.getByRole('button', { name: 'Ja, ik doe mee' }));
    expect(await screen.findByText('Druk op de knop Lees voor. Dan leest de tablet de vraag voor.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Lees voor' })).toBeTruthy();
    expect(screen.queryByText(/De juf of meester leest/)).toBeNull();
  });

  it('says the teacher can read aloud where the browser cannot speak (no button to point at)', async () => {
    render(<Questionnaire link={introLink()} store={createResponseStore(localStorage)} speaker={null} />);
    fireEvent.click(screen.getByRole('button', { name: 'Ja, ik doe mee' }));
    expect(await screen.findByText('Je juf of meester kan de vragen voorlezen.')).toBeTruthy();
    expect(screen.queryByText(/tablet/)).toBeNull();
  });

  it('counts questions, not pages, and never tells the child about saving', async () => {
    const saves = countSaves();
    render(<Questionnaire link={introLink()} store={createResponseStore(localStorage)} speaker={null} />);
    fireEvent.click(screen.getByRole('button', { name: 'Ja, ik doe mee' }));
    await screen.findByText('Je juf of meester kan de vragen voorlezen.');
    // The intro is no question: no counter yet.
    expect(screen.queryByText(/^Vraag \d/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Volgende' }));
    await screen.findByText('Ik speel graag buiten.');
    expect(screen.getByText('Vraag 1 van 2')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Ja' }));
    fireEvent.click(screen.getByRole('button', { name: 'Volgende' }));
    await screen.findByText('De juf zegt mij gedag.');
    expect(screen.getByText('Vraag 2 van 2')).toBeTruthy();
    await waitFor(() => expect(saves.length).toBeGreaterThan(0));
    expect(screen.queryByText(/Pagina \d/)).toBeNull();
    expect(screen.queryByText(/Opgeslagen|opslaan/)).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('thanks the child with a picture', async () => {
    countSaves();
    const { container } = render(
      <Questionnaire link={introLink()} store={createResponseStore(localStorage)} speaker={null} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Ja, ik doe mee' }));
    await screen.findByText('Je juf of meester kan de vragen voorlezen.');
    fireEvent.click(screen.getByRole('button', { name: 'Volgende' }));
    fireEvent.click(await screen.findByRole('radio', { name: 'Ja' }));
    fireEvent.click(screen.getByRole('button', { name: 'Volgende' }));
    await screen.findByText('De juf zegt mij gedag.');
    fireEvent.click(screen.getByRole('radio', { name: 'Een beetje' }));
    fireEvent.click(screen.getByRole('button', { name: 'Verzenden' }));
    expect(await screen.findByRole('heading', { name: 'Klaar! Dank je wel.' })).toBeTruthy();
    const picture = container.querySelector('svg.thanks-picture');
    expect(picture?.getAttribute('aria-hidden')).toBe('true');
  });
});

describe('face options', () => {
  it('draws the face and names the option by its word alone', () => {
    const html = faceOptionHtml('🙂 Ja') ?? '';
    expect(html).toContain('<svg class="face"');
    expect(html).toContain('aria-hidden="true"');
    expect(html).toContain('<span class="face-word">Ja</span>');
  });

  it('leaves options without a face alone, and escapes the word', () => {
    expect(faceOptionHtml('Nooit')).toBeUndefined();
    expect(faceOptionHtml('🙂 <b>Ja</b>')).toContain('&#60;b&#62;Ja');
  });
});
