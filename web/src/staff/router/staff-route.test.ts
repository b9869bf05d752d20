import { describe, expect, it } from 'vitest';
import { parseStaffRoute, paths } from './staff-route';

describe('staff routes', () => {
  it.each([
    ['/app', { page: 'overview' }],
    ['/app/', { page: 'overview' }],
    ['/app/organisaties', { page: 'organisations' }],
    ['/app/organisaties/nieuw', { page: 'organisation', id: 'nieuw' }],
    ['/app/locaties/abc/nieuwe-ronde', { page: 'newRound', locationId: 'abc' }],
    ['/app/rondes/r1', { page: 'round', id: 'r1', tab: 'status' }],
    ['/app/rondes/r1/respons', { page: 'round', id: 'r1', tab: 'respons' }],
    ['/app/rondes/r1/bezoeken/v1', { page: 'visit', roundId: 'r1', visitId: 'v1' }],
    ['/app/rondes/r1/iets', { page: 'notFound' }],
    ['/app/wachtwoord', { page: 'setPassword' }],
    ['/app/rondes/r1/plan', { page: 'plan', roundId: 'r1' }],
    ['/app/gemeente', { page: 'municipality' }],
    ['/app/gemeente/o1', { page: 'municipality', organisationId: 'o1' }],
    ['/app/onbekend', { page: 'notFound' }],
  ])('reads %s', (path, route) => {
    expect(parseStaffRoute(path)).toEqual(route);
  });

  it('reads back every path it writes', () => {
    expect(parseStaffRoute(paths.round('r1', 'open-antwoorden'))).toEqual({
      page: 'round',
      id: 'r1',
      tab: 'open-antwoorden',
    });
    expect(parseStaffRoute(paths.visit('r1', 'v1', 'mg-phone').split('?')[0] ?? '')).toEqual({
      page: 'visit',
      roundId: 'r1',
      visitId: 'v1',
    });
  });
});
