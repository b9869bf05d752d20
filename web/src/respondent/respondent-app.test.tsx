import {
  api,
  type LinkView,
  pathOf,
  type SaveResponse,
  type SaveResponseResult,
  SaveResponseSchema,
} from '@driehoek/shared';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { linkId, linkView } from '../test-support/fixtures';
import { apiError, mockApi } from '../test-support/msw';
import RespondentApp from './respondent-app';

const server = mockApi();
const responseId = '0b9a4c1e-3f5d-4e8a-9c2b-7d6e5f4a3b21';

function serveLink(link: LinkView = linkView()) {
  server.use(http.get(pathOf(api.links.view, { linkId }), () => HttpResponse.json(link)));
}

/** Records every save; answers each with `reply(call number)` or a plain acknowledgement. */
function recordSaves(reply?: (n: number, body: SaveResponse) => Response | undefined) {
  const saves: Array<{ responseId: string; body: SaveResponse }> = [];
  server.use(
    http.put(api.responses.save.path, async ({ request, params }) => {
      const body = SaveResponseSchema.parse(await request.json());
      saves.push({ responseId: String(params.responseId), body });
      const custom = reply?.(saves.length, body);
      if (custom) return custom;
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

function storeDraft(draft: Partial<{ answers: object; currentPageNo: number; locale: string; submitted: boolean }>) {
  localStorage.setItem(
    `driehoek:draft:${linkId}`,
    JSON.stringify({ responseId, answers: {}, currentPageNo: 0, locale: 'nl', submitted: false, ...draft }),
  );
}

const statusRegion = () => screen.getAllByRole('status')[0];

/**
 * The save queue's backoff runs on `setTimeout`: tests that wait on it move a fake clock instead of sleeping, so
 * they neither take seconds nor fail on a busy machine. Only the timeouts are faked; React and msw keep running.
 */
const useFakeTimeouts = () => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
afterEach(() => {
  vi.useRealTimers();
});

/**
 * Lets msw answer and React render until `check` passes, without moving the fake clock. (Testing Library's waitFor
 * ends on a zero-delay setTimeout, which a faked setTimeout never runs.) Counts turns of the event loop, not time.
 */
async function settleUntil(check: () => void): Promise<void> {
  for (let turn = 0; ; turn++) {
    await act(async () => {
      await vi.advanceTimersByTimeAsync(0);
      await new Promise((resolve) => setImmediate(resolve));
    });
    try {
      check();
      return;
    } catch (error) {
      if (turn >= 200) throw error;
    }
  }
}

/** Moves the fake clock by `ms` and runs what fell due, inside React's act. */
const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

describe('respondent page', () => {
  it('introduces the questionnaire with the IKC, its location, anonymity and the time it takes', async () => {
    serveLink();
    render(<RespondentApp linkId={linkId} />);

    expect(await screen.findByRole('heading', { level: 1, name: 'Vragenlijst voor ouders' })).toBeTruthy();
    expect(screen.getAllByText('IKC De Vlinder').length).toBeGreaterThan(0);
    expect(screen.getByText('Hoofdgebouw')).toBeTruthy();
    expect(screen.getByText(/De vragenlijst is anoniem/)).toBeTruthy();
    // The server's figure, the same one the letters and posters print.
    expect(screen.getByText('Het invullen duurt ongeveer 4 minuten.')).toBeTruthy();
    expect(screen.getByText(/tot en met 15 december 2026/)).toBeTruthy();
    expect(document.documentElement.lang).toBe('nl');
  });

  it('renders the questionnaire in Dutch after Beginnen and sends the answers when the respondent goes on', async () => {
    serveLink();
    const saves = recordSaves();
    render(<RespondentApp linkId={linkId} />);

    fireEvent.click(await screen.findByRole('button', { name: 'Beginnen' }));
    expect(await screen.findByText('De leerkracht vraagt mij wat ik weet over mijn kind.')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Vaak' }));
    fireEvent.click(screen.getByRole('button', { name: 'Volgende' }));

    await waitFor(() => expect(statusRegion()?.textContent).toBe('Opgeslagen'));
    expect(saves).toHaveLength(1);
    expect(saves[0]?.body).toEqual({
      linkId,
      locale: 'nl',
      answers: { c5_asked_about_child: 3 },
      complete: false,
    });
    expect(saves[0]?.responseId).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.parse(localStorage.getItem(`driehoek:draft:${linkId}`) ?? '{}')).toMatchObject({
      responseId: saves[0]?.responseId,
      answers: { c5_asked_about_child: 3 },
      currentPageNo: 1,
    });
  });

  it('resumes a stored draft at its page with its answers, without the landing page', async () => {
    serveLink();
    const saves = recordSaves();
    storeDraft({ answers: { c5_asked_about_child: 2, open_goes_well: 'De startgesprekken.' }, currentPageNo: 1 });
    render(<RespondentApp linkId={linkId} />);

    expect(await screen.findByText('Wat gaat goed?')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Beginnen' })).toBeNull();
    expect((screen.getByRole('textbox') as HTMLTextAreaElement).value).toBe('De startgesprekken.');
    // The server may have missed what was typed before the reload: the draft is sent again, same response id.
    await waitFor(() => expect(saves).toHaveLength(1));
    expect(saves[0]?.responseId).toBe(responseId);
  });

  it('shows the offline status when a save fails, and Opgeslagen once the retry gets through', async () => {
    serveLink();
    const saves = recordSaves((n) => (n === 1 ? HttpResponse.error() : undefined));
    storeDraft({ answers: { c5_asked_about_child: 1 }, currentPageNo: 1 });
    render(<RespondentApp linkId={linkId} />);

    await waitFor(() => expect(statusRegion()?.textContent).toBe('Offline — wordt verstuurd zodra er verbinding is'));
    window.dispatchEvent(new Event('online'));

    await waitFor(() => expect(statusRegion()?.textContent).toBe('Opgeslagen'));
    expect(saves.map((s) => s.responseId)).toEqual([responseId, responseId]);
  });

  it('retries a save the server failed with a 5xx after one second', async () => {
    useFakeTimeouts();
    serveLink();
    const saves = recordSaves((n) => (n === 1 ? apiError(503, 'internal', 'Even niet beschikbaar') : undefined));
    storeDraft({ answers: { c5_asked_about_child: 1 }, currentPageNo: 1 });
    render(<RespondentApp linkId={linkId} />);

    await settleUntil(() => expect(statusRegion()?.textContent).toMatch(/^Offline/));
    expect(saves).toHaveLength(1);
    await advance(999);
    expect(saves).toHaveLength(1);
    await advance(1);
    await settleUntil(() => expect(statusRegion()?.textContent).toBe('Opgeslagen'));
    expect(saves).toHaveLength(2);
  });

  it('shows the server message naming the question when a save is refused, keeps the answers and never retries', async () => {
    useFakeTimeouts();
    serveLink();
    const saves = recordSaves(() =>
      apiError(
        400,
        'validation',
        'Vraag "c5_asked_about_child": 9 is geen antwoordmogelijkheid',
        'c5_asked_about_child',
      ),
    );
    storeDraft({ answers: { c5_asked_about_child: 9 }, currentPageNo: 1 });
    render(<RespondentApp linkId={linkId} />);

    await settleUntil(() => expect(statusRegion()?.textContent).toMatch(/c5_asked_about_child/));
    expect(statusRegion()?.textContent).toMatch(/Uw antwoorden blijven op dit apparaat bewaard/);
    // Longer than the longest backoff (30 s): a refused save is not sent again.
    await advance(60_000);
    expect(saves).toHaveLength(1);
    expect(localStorage.getItem(`driehoek:draft:${linkId}`)).toContain('"c5_asked_about_child":9');
  });

  it('shows Bedankt! only after the server acknowledged the completed answers', async () => {
    serveLink();
    const saves = recordSaves((n) => (n === 1 ? HttpResponse.error() : undefined));
    storeDraft({ answers: { c5_asked_about_child: 3 }, currentPageNo: 1, submitted: true });
    render(<RespondentApp linkId={linkId} />);

    expect(await screen.findByRole('heading', { name: 'Uw antwoorden worden verstuurd' })).toBeTruthy();
    await waitFor(() => expect(statusRegion()?.textContent).toMatch(/^Offline/));
    expect(localStorage.getItem(`driehoek:draft:${linkId}`)).not.toBeNull();

    window.dispatchEvent(new Event('online'));
    const thanks = await screen.findByRole('heading', { name: 'Bedankt!' });
    // Focus moves to the new page's heading so screen readers announce it.
    expect(document.activeElement).toBe(thanks);
    expect(saves.map((s) => s.body.complete)).toEqual([true, true]);
    expect(localStorage.getItem(`driehoek:draft:${linkId}`)).toBeNull();
    expect(localStorage.getItem(`driehoek:done:${linkId}`)).toBe('1');
  });

  it('completes the questionnaire: the last page sends complete: true and then thanks the respondent', async () => {
    serveLink();
    const saves = recordSaves();
    storeDraft({ answers: { c5_asked_about_child: 3 }, currentPageNo: 1 });
    render(<RespondentApp linkId={linkId} />);

    fireEvent.change(await screen.findByRole('textbox'), { target: { value: 'Het startgesprek' } });
    fireEvent.blur(screen.getByRole('textbox'));
    fireEvent.click(screen.getByRole('button', { name: 'Verzenden' }));

    expect(await screen.findByRole('heading', { name: 'Bedankt!' })).toBeTruthy();
    expect(saves.at(-1)?.body).toMatchObject({
      complete: true,
      answers: { c5_asked_about_child: 3, open_goes_well: 'Het startgesprek' },
    });
  });

  it('shows the thank-you page again on a revisit after completing, not a new questionnaire', async () => {
    serveLink();
    localStorage.setItem(`driehoek:done:${linkId}`, '1');
    render(<RespondentApp linkId={linkId} />);

    expect(await screen.findByRole('heading', { name: 'Bedankt!' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Beginnen' })).toBeNull();
  });

  it('switches the questionnaire to English and keeps the answers given', async () => {
    serveLink();
    recordSaves();
    storeDraft({ answers: { c5_asked_about_child: 2 }, currentPageNo: 0 });
    render(<RespondentApp linkId={linkId} />);

    await screen.findByText('De leerkracht vraagt mij wat ik weet over mijn kind.');
    fireEvent.change(screen.getByRole('combobox', { name: /Taal/ }), { target: { value: 'en' } });

    expect(await screen.findByText('The teacher asks me what I know about my child.')).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Sometimes' }) as HTMLInputElement).checked).toBe(true);
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('driehoek:locale')).toBe('en');
  });

  it('sets right-to-left direction for Arabic', async () => {
    serveLink();
    localStorage.setItem('driehoek:locale', 'ar');
    render(<RespondentApp linkId={linkId} />);

    expect(await screen.findByRole('button', { name: 'ابدأ' })).toBeTruthy();
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
  });

  it('asks for the single-use code when the round uses them, and sends it with every save', async () => {
    serveLink(linkView({ requiresCode: true }));
    server.use(
      http.get(pathOf(api.links.resumeCode, { linkId, code: 'K7MX2QPA' }), () => HttpResponse.json({ state: 'new' })),
    );
    const saves = recordSaves();
    render(<RespondentApp linkId={linkId} />);

    fireEvent.change(await screen.findByLabelText('Uw code'), { target: { value: 'k7mx 2qpa' } });
    fireEvent.click(screen.getByRole('button', { name: 'Beginnen' }));
    fireEvent.click(await screen.findByRole('radio', { name: 'Soms' }));
    fireEvent.click(screen.getByRole('button', { name: 'Volgende' }));

    await waitFor(() => expect(saves).toHaveLength(1));
    expect(saves[0]?.body).toMatchObject({ code: 'K7MX2QPA', answers: { c5_asked_about_child: 2 } });
  });

  it('continues the answers saved with a code on another device, under the same response id', async () => {
    serveLink(linkView({ requiresCode: true }));
    server.use(
      http.get(pathOf(api.links.resumeCode, { linkId, code: 'K7MX2QPA' }), () =>
        HttpResponse.json({ state: 'in_progress', responseId, answers: { c5_asked_about_child: 3 }, locale: 'en' }),
      ),
    );
    const saves = recordSaves();
    render(<RespondentApp linkId={linkId} />);

    fireEvent.change(await screen.findByLabelText('Uw code'), { target: { value: 'K7MX2QPA' } });
    fireEvent.click(screen.getByRole('button', { name: 'Beginnen' }));

    expect(((await screen.findByRole('radio', { name: 'Often' })) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(saves).toHaveLength(1));
    expect(saves[0]).toMatchObject({ responseId, body: { locale: 'en', code: 'K7MX2QPA' } });
  });

  it('fills in the code the link carried, and takes it out of the address bar', async () => {
    window.history.replaceState(null, '', `/s/${linkId}#code=k7mx2qpa`);
    serveLink(linkView({ requiresCode: true }));
    render(<RespondentApp linkId={linkId} />);

    expect(((await screen.findByLabelText('Uw code')) as HTMLInputElement).value).toBe('K7MX2QPA');
    expect(window.location.hash).toBe('');
    expect(window.location.pathname).toBe(`/s/${linkId}`);
  });

  it('says why a code is refused, without starting the questionnaire', async () => {
    serveLink(linkView({ requiresCode: true }));
    server.use(
      http.get(pathOf(api.links.resumeCode, { linkId, code: 'K7MX2QPA' }), () =>
        apiError(400, 'validation', 'code: deze code is al gebruikt', 'code'),
      ),
    );
    render(<RespondentApp linkId={linkId} />);

    fireEvent.change(await screen.findByLabelText('Uw code'), { target: { value: 'K7MX2QPA' } });
    fireEvent.click(screen.getByRole('button', { name: 'Beginnen' }));

    expect(await screen.findByText('Deze code is al gebruikt')).toBeTruthy();
    expect(screen.getByText(/Vraag het kindcentrum om een nieuwe code/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Uw code'), { target: { value: 'ABC' } });
    fireEvent.click(screen.getByRole('button', { name: 'Beginnen' }));
    expect(await screen.findByText('Een code heeft 8 letters en cijfers, bijvoorbeeld K7MX2QPA.')).toBeTruthy();
    expect(localStorage.getItem(`driehoek:draft:${linkId}`)).toBeNull();
  });

  it('lets a respondent with a draft finish during the grace period after closing, but nobody new start', async () => {
    serveLink(linkView({ graceUntil: '2026-12-16T12:00:00.000Z' }));
    recordSaves();
    const first = render(<RespondentApp linkId={linkId} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Deze vragenlijst is gesloten' })).toBeTruthy();
    first.unmount();

    storeDraft({ answers: { c5_asked_about_child: 2 }, currentPageNo: 0 });
    render(<RespondentApp linkId={linkId} />);
    expect(await screen.findByText('De leerkracht vraagt mij wat ik weet over mijn kind.')).toBeTruthy();
  });

  it.each([
    [404, 'link_unknown', 'Deze link werkt niet', 'Deze link bestaat niet.'],
    [403, 'link_not_open', 'Deze vragenlijst is nog niet open', 'De vragenlijst opent op 1 december 2026.'],
    [410, 'link_closed', 'Deze vragenlijst is gesloten', 'Deze vragenlijst is gesloten sinds 15 december 2026.'],
  ] as const)('explains a %i %s link in Dutch with the server message', async (status, code, title, message) => {
    server.use(http.get(pathOf(api.links.view, { linkId }), () => apiError(status, code, message)));
    render(<RespondentApp linkId={linkId} />);

    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeTruthy();
    expect(screen.getByText(message)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Beginnen' })).toBeNull();
  });
});
