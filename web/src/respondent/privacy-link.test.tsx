import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { linkView } from '../test-support/fixtures';
import { Landing } from './landing';

const privacyPath = '/privacy/AbCdEfGhIjKlMnOpQrStUv';

describe('the landing page’s privacy link', () => {
  it('links the organisation’s privacy statement in the language the respondent reads', () => {
    const { rerender } = render(
      <Landing
        link={linkView({ privacyPath })}
        locale="nl"
        onLocaleChange={() => {}}
        onStart={async () => undefined}
      />,
    );
    const dutch = screen.getByRole('link', { name: 'Privacyverklaring: wat er met uw antwoorden gebeurt' });
    expect(dutch.getAttribute('href')).toBe(`${privacyPath}/nl`);
    rerender(
      <Landing
        link={linkView({ privacyPath })}
        locale="ar"
        onLocaleChange={() => {}}
        onStart={async () => undefined}
      />,
    );
    expect(screen.getByRole('link', { name: 'بيان الخصوصية: ماذا يحدث لإجاباتك' }).getAttribute('href')).toBe(
      `${privacyPath}/ar`,
    );
  });
});
