import { randomUUID } from 'node:crypto';
import type { HostileWorld } from './hostile-world';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Who sends a request: a respondent or someone logging in (no session), or a logged-in staff member. */
export type Sender = 'public' | 'researcher' | 'admin';

/** A route that changes something, with a body it would accept, so every mutation of that body is a near miss. */
export type WriteRoute = {
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The route pattern as Hono lists it in `app.routes`. */
  route: string;
  as: Sender;
  path: (w: HostileWorld) => string;
  /** A body the route would accept; absent for routes that read none (only their path is fuzzed). */
  body?: (w: HostileWorld) => Json;
};

/** Routes whose input is nothing but the session cookie: there is nothing to fuzz without acting for real. */
export const NO_INPUT_ROUTES = ['POST /api/session/logout', 'POST /api/session/logout-everywhere', 'POST /api/backups'];

const ymd = '2026-12-01';
const location = (w: HostileWorld): Json => ({
  ikcId: w.ids.ikc,
  name: 'Locatie Zuid',
  address: 'Schoolstraat 1',
  hasSchool: true,
  hasChildcare: true,
  families: 80,
  pupils812: null,
  professionals: 12,
});

/** A small import file (CSV, base64) the import routes would take. */
const IMPORT_CSV = Buffer.from('ikc;locatie;school;opvang;gezinnen\nIKC Nieuw;Noord;ja;ja;40\n').toString('base64');

/** Every write route of the API. The hostile suite fails when the app has a write route that is not here. */
export const WRITE_ROUTES: WriteRoute[] = [
  {
    method: 'PUT',
    route: '/api/responses/:responseId',
    as: 'public',
    path: () => `/api/responses/${randomUUID()}`,
    body: (w) => ({
      linkId: w.ids.link,
      locale: 'nl',
      answers: { [w.answer.name]: w.answer.value, [w.openQuestion]: 'Graag meer uitleg.' },
      complete: true,
    }),
  },
  {
    method: 'POST',
    route: '/api/session/login',
    as: 'public',
    path: () => '/api/session/login',
    body: (w) => ({ email: w.researcher.email, password: 'niet het wachtwoord' }),
  },
  {
    method: 'POST',
    route: '/api/session/password/set',
    as: 'public',
    path: () => '/api/session/password/set',
    body: () => ({ token: 'x'.repeat(43), password: 'een lang nieuw wachtwoord' }),
  },
  {
    method: 'POST',
    route: '/api/session/password',
    as: 'researcher',
    path: () => '/api/session/password',
    body: () => ({ currentPassword: 'niet het wachtwoord', newPassword: 'een lang nieuw wachtwoord' }),
  },
  {
    method: 'POST',
    route: '/api/organisations',
    as: 'admin',
    path: () => '/api/organisations',
    body: () => ({ name: 'Gemeente Nieuw', kind: 'municipality' }),
  },
  {
    method: 'PATCH',
    route: '/api/organisations/:id',
    as: 'admin',
    path: (w) => `/api/organisations/${w.ids.organisation}`,
    body: () => ({ name: 'Gemeente Anders', kind: 'school_board' }),
  },
  {
    method: 'POST',
    route: '/api/organisations/:id/archive',
    as: 'admin',
    path: (w) => `/api/organisations/${w.ids.organisation}/archive`,
  },
  {
    method: 'POST',
    route: '/api/organisations/:id/restore',
    as: 'admin',
    path: (w) => `/api/organisations/${w.ids.organisation}/restore`,
  },
  {
    method: 'POST',
    route: '/api/ikcs',
    as: 'researcher',
    path: () => '/api/ikcs',
    body: (w) => ({ organisationId: w.ids.organisation, name: 'IKC Nieuw' }),
  },
  {
    method: 'PATCH',
    route: '/api/ikcs/:id',
    as: 'researcher',
    path: (w) => `/api/ikcs/${w.ids.ikc}`,
    body: (w) => ({ organisationId: w.ids.organisation, name: 'IKC Anders' }),
  },
  { method: 'POST', route: '/api/ikcs/:id/archive', as: 'researcher', path: (w) => `/api/ikcs/${w.ids.ikc}/archive` },
  { method: 'POST', route: '/api/ikcs/:id/restore', as: 'researcher', path: (w) => `/api/ikcs/${w.ids.ikc}/restore` },
  { method: 'POST', route: '/api/locations', as: 'researcher', path: () => '/api/locations', body: location },
  {
    method: 'PATCH',
    route: '/api/locations/:id',
    as: 'researcher',
    path: (w) => `/api/locations/${w.ids.location}`,
    body: location,
  },
  {
    method: 'POST',
    route: '/api/locations/:id/archive',
    as: 'researcher',
    path: (w) => `/api/locations/${w.ids.location}/archive`,
  },
  {
    method: 'POST',
    route: '/api/locations/:id/restore',
    as: 'researcher',
    path: (w) => `/api/locations/${w.ids.location}/restore`,
  },
  {
    method: 'POST',
    route: '/api/rounds',
    as: 'researcher',
    path: () => '/api/rounds',
    body: (w) => ({
      locationId: w.ids.location,
      kind: 'follow_up',
      name: 'Vervolg',
      opensOn: ymd,
      closesOn: '2026-12-20',
      singleUseCodes: false,
      instruments: { parents: { key: 'parents', version: 1 } },
    }),
  },
  {
    method: 'POST',
    route: '/api/rounds/bulk',
    as: 'researcher',
    path: () => '/api/rounds/bulk',
    body: (w) => ({
      ikcId: w.ids.ikc,
      name: 'Najaar',
      opensOn: ymd,
      closesOn: '2026-12-20',
      singleUseCodes: false,
      instruments: { parents: { key: 'parents', version: 1 } },
    }),
  },
  {
    method: 'POST',
    route: '/api/rounds/:id/follow-up',
    as: 'researcher',
    path: (w) => `/api/rounds/${w.ids.closedRound}/follow-up`,
    body: () => ({
      name: 'Vervolg',
      opensOn: '2027-03-01',
      closesOn: '2027-03-20',
      instruments: { parents: { key: 'parents', version: 1 } },
    }),
  },
  {
    method: 'POST',
    route: '/api/structure-import/preview',
    as: 'researcher',
    path: () => '/api/structure-import/preview',
    body: (w) => ({ organisationId: w.ids.organisation, fileName: 'locaties.csv', content: IMPORT_CSV }),
  },
  {
    method: 'POST',
    route: '/api/structure-import',
    as: 'researcher',
    path: () => '/api/structure-import',
    body: (w) => ({ organisationId: w.ids.organisation, fileName: 'locaties.csv', content: IMPORT_CSV }),
  },
  {
    method: 'PATCH',
    route: '/api/rounds/:id/dates',
    as: 'researcher',
    path: (w) => `/api/rounds/${w.ids.round}/dates`,
    body: () => ({ opensOn: '2026-11-01', closesOn: '2027-01-15' }),
  },
  {
    method: 'POST',
    route: '/api/rounds/:id/transition',
    as: 'researcher',
    path: (w) => `/api/rounds/${w.ids.round}/transition`,
    body: () => ({ to: 'closed' }),
  },
  {
    method: 'POST',
    route: '/api/codes/:roundId',
    as: 'researcher',
    path: (w) => `/api/codes/${w.ids.round}`,
    body: () => ({ audience: 'parents', count: 3 }),
  },
  {
    method: 'PUT',
    route: '/api/visits/:id',
    as: 'researcher',
    path: (w) => `/api/visits/${w.ids.visit}`,
    body: (w) => ({
      roundId: w.ids.round,
      instrument: { key: 'mg-phone', version: 1 },
      visitedOn: '2026-11-21',
      answers: {
        mg_date: '2026-11-21',
        mg_time: '09:30',
        ph_answered: 'yes',
        ph_seconds: 12,
        mg_notes: 'Vriendelijk.',
      },
    }),
  },
  { method: 'DELETE', route: '/api/visits/:id', as: 'researcher', path: (w) => `/api/visits/${w.ids.visit}` },
  {
    method: 'POST',
    route: '/api/visits/settlements',
    as: 'researcher',
    path: () => '/api/visits/settlements',
    // The world's visit is coded once, so even this body settles nothing: every near miss stays a refusal.
    body: (w) => ({
      roundId: w.ids.round,
      instrumentKey: 'mg-phone',
      visitCode: 'B-1',
      answers: { ph_answered: 'yes' },
    }),
  },
  {
    method: 'PUT',
    route: '/api/open-answers/:roundId',
    as: 'researcher',
    path: (w) => `/api/open-answers/${w.ids.round}`,
    body: (w) => ({ responseId: w.ids.response, question: w.openQuestion, decision: 'shareable', redacted: 'Uitleg.' }),
  },
  {
    method: 'PUT',
    route: '/api/reports/:roundId/summary',
    as: 'researcher',
    path: (w) => `/api/reports/${w.ids.closedRound}/summary`,
    body: () => ({
      strengths: 'Warm welkom',
      improvements: 'Meer samen beslissen',
      advice: 'Start met startgesprekken',
    }),
  },
  {
    method: 'PUT',
    route: '/api/reports/:roundId/criteria/:criterion',
    as: 'researcher',
    path: (w) => `/api/reports/${w.ids.closedRound}/criteria/C5`,
    body: () => ({ interpretation: 'Ouders praten mee.', adjustedLevel: 2, reason: 'De bezoeken laten meer zien.' }),
  },
  {
    method: 'PUT',
    route: '/api/reports/:roundId/quotes',
    as: 'researcher',
    path: (w) => `/api/reports/${w.ids.round}/quotes`,
    body: (w) => ({ quotes: [{ visitId: w.ids.visit, question: 'mg_notes' }] }),
  },
  {
    method: 'POST',
    route: '/api/reports/:roundId/publish',
    as: 'researcher',
    path: (w) => `/api/reports/${w.ids.round}/publish`,
  },
  {
    method: 'PUT',
    route: '/api/meetings/:roundId/agreements',
    as: 'researcher',
    path: (w) => `/api/meetings/${w.ids.closedRound}/agreements`,
    body: () => ({ metOn: ymd, priorities: ['C5', 'C7'], note: 'Startgesprekken eerst.' }),
  },
  {
    method: 'POST',
    route: '/api/reports/:roundId/retract',
    as: 'researcher',
    path: (w) => `/api/reports/${w.ids.closedRound}/retract`,
    body: () => ({ reason: 'Een late beoordeling van open antwoorden verandert het rapport.' }),
  },
  {
    method: 'POST',
    route: '/api/ikc-reports/:ikcId/publish',
    as: 'researcher',
    path: (w) => `/api/ikc-reports/${w.ids.ikc}/publish`,
  },
  {
    method: 'POST',
    route: '/api/ikc-reports/:ikcId/retract',
    as: 'researcher',
    path: (w) => `/api/ikc-reports/${w.ids.ikc}/retract`,
    body: () => ({ reason: 'Het rapport van een locatie wordt herzien.' }),
  },
  {
    method: 'POST',
    route: '/api/summaries/:roundId/link',
    as: 'researcher',
    path: (w) => `/api/summaries/${w.ids.closedRound}/link`,
  },
  {
    method: 'DELETE',
    route: '/api/summaries/:roundId/link',
    as: 'researcher',
    path: (w) => `/api/summaries/${w.ids.closedRound}/link`,
  },
  {
    method: 'POST',
    route: '/api/users',
    as: 'researcher',
    path: () => '/api/users',
    body: (w) => ({ email: 'nieuw@ikc.example.nl', name: 'Nieuw', role: 'ikc', scope: { ikcIds: [w.ids.ikc] } }),
  },
  {
    method: 'PATCH',
    route: '/api/users/:id',
    as: 'researcher',
    path: (w) => `/api/users/${w.ids.user}`,
    body: (w) => ({ name: 'Team', role: 'ikc', scope: { ikcIds: [w.ids.ikc] } }),
  },
  {
    method: 'POST',
    route: '/api/users/:id/reset-password',
    as: 'researcher',
    path: (w) => `/api/users/${w.ids.user}/reset-password`,
  },
  {
    method: 'POST',
    route: '/api/users/:id/disable',
    as: 'researcher',
    path: (w) => `/api/users/${w.ids.user}/disable`,
  },
  { method: 'POST', route: '/api/users/:id/enable', as: 'researcher', path: (w) => `/api/users/${w.ids.user}/enable` },
  {
    method: 'POST',
    route: '/api/plans',
    as: 'researcher',
    path: () => '/api/plans',
    body: (w) => ({ roundId: w.ids.closedRound }),
  },
  {
    method: 'PATCH',
    route: '/api/plans/:planId',
    as: 'researcher',
    path: (w) => `/api/plans/${w.ids.plan}`,
    body: () => ({ title: 'Ons plan', tenMinuteRoundsStay: 'partly' }),
  },
  {
    method: 'POST',
    route: '/api/plans/:planId/goals',
    as: 'researcher',
    path: (w) => `/api/plans/${w.ids.plan}/goals`,
    body: () => ({ criterion: 'C3', ambition: 2, goal: 'Iedereen welkom', knoster: { vision: 'Samen', skills: '' } }),
  },
  {
    method: 'PATCH',
    route: '/api/plans/:planId/goals/:goalId',
    as: 'researcher',
    path: (w) => `/api/plans/${w.ids.plan}/goals/${w.ids.goal}`,
    body: () => ({ ambition: 2, goal: 'Anders', knoster: { resources: 'Tijd' } }),
  },
  {
    method: 'DELETE',
    route: '/api/plans/:planId/goals/:goalId',
    as: 'researcher',
    path: (w) => `/api/plans/${w.ids.plan}/goals/${w.ids.goal}`,
  },
  {
    method: 'POST',
    route: '/api/plans/:planId/goals/:goalId/actions',
    as: 'researcher',
    path: (w) => `/api/plans/${w.ids.plan}/goals/${w.ids.goal}/actions`,
    body: () => ({
      libraryKey: null,
      title: 'Welkomstgesprek',
      description: 'Met elke nieuwe ouder',
      owner: 'Directie',
      startsOn: ymd,
      dueOn: '2027-01-31',
    }),
  },
  {
    method: 'PATCH',
    route: '/api/plans/:planId/actions/:actionId',
    as: 'researcher',
    path: (w) => `/api/plans/${w.ids.plan}/actions/${w.ids.action}`,
    body: () => ({ title: 'Anders', owner: 'Team', startsOn: ymd, dueOn: '2027-02-01' }),
  },
  {
    method: 'DELETE',
    route: '/api/plans/:planId/actions/:actionId',
    as: 'researcher',
    path: (w) => `/api/plans/${w.ids.plan}/actions/${w.ids.action}`,
  },
  {
    method: 'POST',
    route: '/api/plans/:planId/actions/:actionId/status',
    as: 'researcher',
    path: (w) => `/api/plans/${w.ids.plan}/actions/${w.ids.action}/status`,
    body: () => ({ status: 'in_progress', note: 'Gestart' }),
  },
  {
    method: 'POST',
    route: '/api/plans/:planId/decisions',
    as: 'admin',
    path: (w) => `/api/plans/${w.ids.plan}/decisions`,
    body: () => ({
      subject: 'Subsidieaanvraag 2027',
      outcome: 'granted',
      amountCents: 1250000,
      reason: 'Past bij de doelen.',
      decidedOn: '2026-11-20',
      replaces: null,
    }),
  },
  {
    method: 'POST',
    route: '/api/plans/:planId/comments',
    as: 'researcher',
    path: (w) => `/api/plans/${w.ids.plan}/comments`,
    body: () => ({ text: 'Hoe betrekt u ouders met weinig Nederlands?' }),
  },
  {
    method: 'POST',
    route: '/api/exclusions/:roundId/exclude',
    as: 'researcher',
    path: (w) => `/api/exclusions/${w.ids.round}/exclude`,
    body: (w) => ({ responseIds: [w.ids.response], reason: 'Zelfde antwoorden als dertig andere.' }),
  },
  {
    method: 'POST',
    route: '/api/exclusions/:roundId/include',
    as: 'researcher',
    path: (w) => `/api/exclusions/${w.ids.round}/include`,
    body: (w) => ({ responseIds: [w.ids.response], reason: 'Toch een echte ouder.' }),
  },
  {
    method: 'POST',
    route: '/api/exclusions/:roundId/bursts/:burstId/exclude',
    as: 'researcher',
    path: (w) => `/api/exclusions/${w.ids.round}/bursts/${BURST}/exclude`,
    body: () => ({ reason: 'Veertig antwoorden in één minuut.' }),
  },
  {
    method: 'PUT',
    route: '/api/lifecycle/organisations/:id/retention',
    as: 'admin',
    path: (w) => `/api/lifecycle/organisations/${w.ids.organisation}/retention`,
    body: () => ({ days: 365 }),
  },
  {
    method: 'POST',
    route: '/api/lifecycle/rounds/:id/delete',
    as: 'admin',
    path: (w) => `/api/lifecycle/rounds/${w.ids.closedRound}/delete`,
    body: () => ({ confirm: 'Locatie Vijandig', reason: 'created_by_mistake' }),
  },
  {
    method: 'POST',
    route: '/api/lifecycle/locations/:id/delete',
    as: 'admin',
    path: (w) => `/api/lifecycle/locations/${w.ids.location}/delete`,
    body: () => ({ confirm: 'Locatie Vijandig', reason: 'controller_request' }),
  },
  {
    method: 'POST',
    route: '/api/lifecycle/organisations/:id/delete',
    as: 'admin',
    path: (w) => `/api/lifecycle/organisations/${w.ids.organisation}/delete`,
    body: () => ({ confirm: 'Gemeente Vijandig', reason: 'contract_ended' }),
  },
  {
    method: 'PUT',
    route: '/api/privacy/:organisationId',
    as: 'researcher',
    path: (w) => `/api/privacy/${w.ids.organisation}`,
    body: () => ({
      controller: 'Gemeente Vijandig',
      contact: 'privacy@gemeente.nl',
      privacyOfficer: 'FG: fg@gemeente.nl',
      ownText: 'Wij gebruiken de antwoorden alleen voor dit onderzoek.',
      textLocale: 'nl',
    }),
  },
];

/** A burst id no response carries: the route is fuzzed, never run for real. */
const BURST = '00000000-0000-4000-8000-00000000b057';
