import type { DeckBlock, FormRow } from '../contracts/meetings';
import { bandOf, type ScanModel } from '../model/scan-model';
import type { BasicForms, FormInPlace, LocationReport, RespondentCount } from '../scoring/report-schema';
import { capitalised, PERSPECTIVE_NL } from '../vocabulary';
import { levelPhrase, outOfTen } from './deck-words';

type Model = Pick<ScanModel, 'scale' | 'bands'>;

const HIDDEN = 'te weinig antwoorden om te tonen';

function professionalsSay(form: string, p: FormInPlace | null): string {
  if (p === null) return 'niet gevraagd in deze ronde';
  if (p.suppressed) return HIDDEN;
  if (p.n === 0) return 'niemand wist het';
  // The reception is one event a year: it took place or not, rather than "with every family".
  if (form === 'reception') return `${outOfTen(p.inPlaceShare)} medewerkers: die was er dit jaar`;
  return `${outOfTen(p.inPlaceShare)} medewerkers: met elk gezin; ${outOfTen(p.atLeastPartlyShare)}: minstens met een deel`;
}

/** The basic forms as rows of words, and the half-adoption warning when the professionals' answers show it. */
export function basicFormsBlocks(forms: BasicForms | undefined, model: Model): DeckBlock[] {
  if (!forms)
    return [{ type: 'text', text: 'De vragenlijst van deze ronde vroeg medewerkers nog niet naar de basisvormen.' }];
  const rows: FormRow[] = forms.forms.map((f) => ({
    form: f.form,
    name: f.name.nl,
    professionals: professionalsSay(f.form, f.professionals),
    parents:
      f.parents.mean === null
        ? 'geen beeld: te weinig antwoorden of niet gevraagd'
        : `ouders ervaren ${levelPhrase(model, bandOf(model, f.parents.mean))}`,
  }));
  const blocks: DeckBlock[] = [{ type: 'forms', rows }];
  if (forms.halfAdoption.flagged)
    blocks.push({
      type: 'warning',
      text: 'Let op: de startgesprekken zijn erbij gekomen, maar de vaste tienminutengesprekken zijn gebleven. Dat verhoogt de werkdruk. Het communicatieplan op maat is bedoeld om die rondes te vervangen.',
    });
  return blocks;
}

function heard(r: RespondentCount): string {
  const who = capitalised(PERSPECTIVE_NL[r.perspective]);
  if (r.suppressed) return `${who}: ${HIDDEN}`;
  const what = r.perspective === 'mystery-guest' ? 'bezoeken' : 'ingevulde vragenlijsten';
  const rate = r.label ? ` — respons ${r.label.nl}` : '';
  return `${who}: ${r.complete} ${what}${rate}`;
}

/**
 * Who we heard: the perspectives with their complete responses (hidden below the minimum) and the plain sentences
 * about groups of parents that are few among the answers. The background groups are too many for a slide: they go
 * to the presenter's notes (`reachNotes`).
 */
export function reachBlocks(report: Pick<LocationReport, 'respondents' | 'reach'>): DeckBlock[] {
  const counts = report.respondents.byPerspective;
  const blocks: DeckBlock[] = [
    counts.length > 0
      ? { type: 'points', points: counts.map((r) => ({ criterion: null, title: null, text: heard(r) })) }
      : { type: 'text', text: 'Er zijn geen antwoorden om te tonen.' },
  ];
  const reach = report.reach;
  if (reach && reach.sentences.length > 0)
    blocks.push({ type: 'warning', text: `Minder gehoord: ${reach.sentences.join(' ')}` });
  else if (reach && reach.questions.length > 0)
    blocks.push({ type: 'text', text: 'De groepen ouders die we extra volgen, hoorden we naar verhouding genoeg.' });
  return blocks;
}

/** The parents by background group, as shares, small groups hidden: one note per question. */
export function reachNotes(report: Pick<LocationReport, 'reach'>): string[] {
  return (report.reach?.questions ?? []).map((q) => {
    const groups = q.groups
      .filter((g) => g.suppressed || g.count > 0)
      .map((g) => (g.suppressed ? `${g.label}: te weinig om te tonen` : `${g.label} ${Math.round(g.share * 100)}%`));
    return `${q.title} ${groups.join(' · ')}`;
  });
}
