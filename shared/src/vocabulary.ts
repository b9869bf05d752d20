import type { Role } from './contracts/accounts';
import type { BackupReason } from './contracts/backups';
import type { Audience, Locale } from './contracts/common';
import type { DeletionReason } from './contracts/lifecycle';
import type { PlanState } from './contracts/overview';
import type { ActionStatus, DecisionOutcome } from './contracts/plans';
import type { Perspective } from './instruments/instrument-file';

/**
 * The Dutch words users see, in one place: screens, report, plan, letters and exports all take them from here, so
 * one thing has one name everywhere (issue: "Medewerkers" on screen beside "professionals" in the report).
 * Lower case for running text; `capitalised` for headings, buttons and table cells.
 */

/** The audiences of a round. Professionals (teachers, pedagogical staff, …) are "medewerkers" to every reader. */
export const AUDIENCE_NL: Record<Audience, string> = {
  parents: 'ouders',
  professionals: 'medewerkers',
  children: 'kinderen',
};

/** The perspectives of the report: the audiences and the mystery guest. */
export const PERSPECTIVE_NL: Record<Perspective, string> = { ...AUDIENCE_NL, 'mystery-guest': 'mystery guest' };

export const PERSPECTIVE_ORDER: ReadonlyArray<Perspective> = ['parents', 'professionals', 'children', 'mystery-guest'];

export const ROLE_NL: Record<Role, string> = {
  admin: 'beheerder',
  researcher: 'onderzoeker',
  ikc: 'IKC-team',
  municipality: 'gemeente',
};

/** A round's status as every screen and document says it. */
export const ROUND_STATUS_NL = {
  draft: 'in voorbereiding',
  open: 'open',
  closed: 'gesloten',
  reported: 'gepubliceerd',
} as const;

export const ROUND_KIND_NL = { baseline: 'nulmeting', follow_up: 'vervolgmeting' } as const;

export const ORGANISATION_KIND_NL = { municipality: 'gemeente', school_board: 'schoolbestuur' } as const;

/** The part of an IKC a respondent belongs to (their `bg_sector` answer), as the IKC report splits it. */
export const SECTOR_NL = { school: 'onderwijs', childcare: 'kinderopvang', both: 'onderwijs en kinderopvang' } as const;

export const LOCALE_NL: Record<Locale, string> = {
  nl: 'Nederlands',
  en: 'Engels',
  ar: 'Arabisch',
  tr: 'Turks',
  pl: 'Pools',
  uk: 'Oekraïens',
};

/** Mystery-guest touchpoints by form key, in the order a (prospective) parent meets them. */
export const TOUCHPOINT_NL: Readonly<Record<string, string>> = {
  'mg-website': 'Website en schoolgids',
  'mg-email': 'E-mail of contactformulier',
  'mg-phone': 'Telefoon',
  'mg-building': 'Eerste bezoek aan het gebouw',
  'mg-intake': 'Rondleiding of intakegesprek',
  'mg-followup': 'Opvolging',
};

/** Why a backup was made, as the admin screen lists it. */
export const BACKUP_REASON_NL: Record<BackupReason, string> = {
  manual: 'met de knop',
  daily: 'dagelijks',
  'before-migration': 'vóór een update',
  command: 'met pnpm backup',
};

export const ACTION_STATUS_NL: Record<ActionStatus, string> = {
  planned: 'gepland',
  in_progress: 'bezig',
  done: 'klaar',
  stopped: 'gestopt',
};

/** How a location's latest plan of action stands, as the overview's filter names it. */
export const PLAN_STATE_NL: Record<PlanState, string> = {
  none: 'geen plan',
  running: 'loopt',
  overdue: 'actie te laat',
  done: 'alle acties klaar',
};

/** The outcome of the IKC committee's decision on a plan (for example on a subsidy request). */
export const DECISION_OUTCOME_NL: Record<DecisionOutcome, string> = {
  granted: 'toegekend',
  not_granted: 'niet toegekend',
  revise: 'aanpassing gevraagd',
};

/**
 * The colour of each whole level, the same on screen, in the report, in the plan and in the overview's
 * spreadsheet. A level is never told by colour alone: its text ("2.0") always stands beside it.
 */
export const LEVEL_COLOURS = { 1: '#e9c9b5', 2: '#f2e2a8', 3: '#b9dcc0' } as const;

/** The level colours as CSS custom properties `--l1`, `--l2`, `--l3`, for a stylesheet's `:root`. */
export const levelCssVariables = (): string =>
  Object.entries(LEVEL_COLOURS)
    .map(([level, colour]) => `--l${level}: ${colour};`)
    .join(' ');

/** What a round is called on screen and on paper: its own name, else "Nulmeting" or "Vervolgmeting". */
export const roundTitle = (round: { name: string | null; kind: keyof typeof ROUND_KIND_NL }): string =>
  round.name ?? capitalised(ROUND_KIND_NL[round.kind]);

/** Why data is deleted on request, as the admin chooses it and the audit log shows it. */
export const DELETION_REASON_NL: Record<DeletionReason, string> = {
  controller_request: 'verzoek van de verwerkingsverantwoordelijke (gemeente of schoolbestuur)',
  data_subject_request: 'verzoek van een betrokkene (AVG)',
  contract_ended: 'de samenwerking is beëindigd',
  created_by_mistake: 'per vergissing aangemaakt of testgegevens',
};

/** "Ouders" from "ouders": for headings, table cells and buttons. */
export const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** "1 doel", "3 doelen": a count with its noun in the right number. */
export const countOf = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/**
 * A questionnaire or form by its key, as staff read it: "Vragenlijst ouders", "Mystery guest: Telefoon"; never the
 * key itself ("parents", "mg-phone"). A key the vocabulary does not know is shown as it is.
 */
export const instrumentName = (key: string): string => {
  if (key in AUDIENCE_NL) return `Vragenlijst ${AUDIENCE_NL[key as Audience]}`;
  const touchpoint = TOUCHPOINT_NL[key];
  return touchpoint ? `Mystery guest: ${touchpoint}` : key;
};
