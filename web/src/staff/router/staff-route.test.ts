import { describe, expect, it } from 'vitest';
import { parseStaffRoute, paths } from './staff-route';

describe('staff routes', () => {
  it.each([
    ['/app', { page: 'overview' }],
    ['/app/', { page: 'overview' }],
    ['/app/respons', { page: 'monitor' }],
    ['/app/organisaties', { page: 'organisations' }],
    ['/app/organisaties/nieuw', { page: 'organisation', id: 'nieuw' }],
    ['/app/locaties/abc/nieuwe-ronde', { page: 'newRound', locationId: 'abc' }],
    ['/app/rondes/r1', { page: 'round', id: 'r1', tab: 'status' }],
    ['/app/rondes/r1/respons', { page: 'round', id: 'r1', tab: 'respons' }],
    ['/app/rondes/r1/bezoeken/v1', { page: 'visit', roundId: 'r1', visitId: 'v1' }],
    ['/app/rondes/r1/iets', { page: 'notFound' }],
    ['/app/wachtwoord', { page: 'setPassword' }],
    ['/app/rondes/r1/plan', { page: 'plan', roundId: 'r1' }],
    ['/app/rondes/r1/presentatie', { page: 'meeting', roundId: 'r1' }],
    ['/app/gemeente', { page: 'municipality' }],
    ['/app/gemeente/o1', { page: 'municipality', organisationId: 'o1' }],
    ['/app/onbekend', { page: 'notFound' }],
    ['/app/organisaties/o1/import', { page: 'structureImport', organisationId: 'o1' }],
    ['/app/rondes/in-bulk', { page: 'bulkRounds' }],
    ['/app/rondes/r1/vervolgmeting', { page: 'followUp', roundId: 'r1' }],
    ['/app/ikcs/i1/rapport', { page: 'ikcReport', ikcId: 'i1' }],
  ])('reads %s', (path, route) => {
    expect(parseStaffRoute(path)).toEqual(route);
  });

  it('reads back the pages of issue 21 it writes', () => {
    expect(parseStaffRoute(paths.structureImport('o1'))).toEqual({ page: 'structureImport', organisationId: 'o1' });
    expect(paths.bulkRounds({ ikcId: 'i1' })).toBe('/app/rondes/in-bulk?ikc=i1');
    expect(parseStaffRoute(paths.bulkRounds({ organisationId: 'o1' }).split('?')[0] ?? '')).toEqual({
      page: 'bulkRounds',
    });
    expect(parseStaffRoute(paths.followUp('r1'))).toEqual({ page: 'followUp', roundId: 'r1' });
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
