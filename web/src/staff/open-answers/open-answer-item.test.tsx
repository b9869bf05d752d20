import { api, ReviewOpenAnswerSchema } from '@driehoek/shared';
import { fireEvent, screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { apiError, mockApi } from '../../test-support/msw';
import { renderStaff } from '../../test-support/render-staff';
import { ids, openAnswer } from '../../test-support/staff-data';
import { OpenAnswerItem } from './open-answer-item';

const server = mockApi();

describe('open-answer review', () => {
  it('saves the redacted text with the decision to share', async () => {
    const reviews: unknown[] = [];
    server.use(
      http.put(api['open-answers'].review.path, async ({ request, params }) => {
        reviews.push({ roundId: params.roundId, ...ReviewOpenAnswerSchema.parse(await request.json()) });
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const onSaved = vi.fn();
    renderStaff(<OpenAnswerItem roundId={ids.round} answer={openAnswer()} onSaved={onSaved} />);

    const text = screen.getByLabelText('Tekst voor het rapport') as HTMLTextAreaElement;
    expect(text.value).toBe('Juf Anja vraagt altijd hoe het thuis gaat.');
    fireEvent.change(text, { target: { value: '[naam] vraagt altijd hoe het thuis gaat.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Delen' }));

    expect(await screen.findByText('Gedeeld.')).toBeTruthy();
    expect(reviews).toEqual([
      {
        roundId: ids.round,
        responseId: ids.response,
        question: 'open_goes_well',
        decision: 'shareable',
        redacted: '[naam] vraagt altijd hoe het thuis gaat.',
      },
    ]);
    expect(onSaved).toHaveBeenCalledWith(
      expect.objectContaining({ decision: 'shareable', redacted: '[naam] vraagt altijd hoe het thuis gaat.' }),
    );
  });

  it('hides an answer without a redaction when the text is unchanged', async () => {
    const reviews: unknown[] = [];
    server.use(
      http.put(api['open-answers'].review.path, async ({ request }) => {
        reviews.push(await request.json());
        return new HttpResponse(null, { status: 204 });
      }),
    );
    renderStaff(<OpenAnswerItem roundId={ids.round} answer={openAnswer()} onSaved={() => {}} />);

    fireEvent.click(screen.getByRole('button', { name: 'Verbergen' }));

    expect(await screen.findByText('Verborgen.')).toBeTruthy();
    expect(reviews).toEqual([expect.objectContaining({ decision: 'hidden', redacted: null })]);
  });

  it("shows the server's refusal and keeps the edited text", async () => {
    server.use(
      http.put(api['open-answers'].review.path, () =>
        apiError(400, 'validation', 'question: dit open antwoord bestaat niet in deze ronde', 'question'),
      ),
    );
    renderStaff(<OpenAnswerItem roundId={ids.round} answer={openAnswer()} onSaved={() => {}} />);

    fireEvent.change(screen.getByLabelText('Tekst voor het rapport'), { target: { value: '[naam] helpt.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Delen' }));

    expect(await screen.findByText('question: dit open antwoord bestaat niet in deze ronde')).toBeTruthy();
    expect((screen.getByLabelText('Tekst voor het rapport') as HTMLTextAreaElement).value).toBe('[naam] helpt.');
  });
});
