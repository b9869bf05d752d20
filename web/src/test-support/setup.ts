import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';

// A Dutch browser, like the parents the questionnaire is for (and like the browser tests' `locale: 'nl-NL'`).
Object.defineProperty(window.navigator, 'languages', { configurable: true, get: () => ['nl-NL', 'nl', 'en'] });

beforeEach(() => {
  document.documentElement.lang = 'nl';
  document.documentElement.dir = 'ltr';
});

afterEach(() => {
  cleanup();
  localStorage.clear();
});
