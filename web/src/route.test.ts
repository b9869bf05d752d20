import { describe, expect, it } from 'vitest';
import { matchRoute } from './route';

describe('routes', () => {
  it.each([
    ['/', { name: 'home' }],
    ['/s/Abcdefghijklmnopqrstuv', { name: 'respondent', linkId: 'Abcdefghijklmnopqrstuv' }],
    ['/s/Abcdefghijklmnopqrstuv/', { name: 'respondent', linkId: 'Abcdefghijklmnopqrstuv' }],
    ['/app', { name: 'staff' }],
    ['/app/monitor', { name: 'staff' }],
    ['/s/', { name: 'notFound' }],
    ['/elders', { name: 'notFound' }],
  ])('sends %s to the right page', (path, route) => {
    expect(matchRoute(path)).toEqual(route);
  });
});
