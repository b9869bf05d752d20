import type { DeckPoint } from '../contracts/meetings';
import type { BasicForms, LocationReport } from '../scoring/report-schema';

export type QuestionsInput = {
  strengths: ReadonlyArray<DeckPoint>;
  improvements: ReadonlyArray<DeckPoint>;
  /** The criterion (its name) where professionals see most more than parents experience; null: none worth asking. */
  widestGap: string | null;
  halfAdoption: BasicForms['halfAdoption'] | null;
  reach: LocationReport['reach'];
  needs: LocationReport['needs'];
};

/** The question every meeting ends with: it is what the agreements record. */
export const PRIORITY_QUESTION = 'Welke twee of drie criteria kiezen we als prioriteit voor het plan van aanpak?';

/**
 * Questions for the team's discussion, generated from what the slides show: the first point for improvement, the
 * widest gap, the first strength, the half-adoption trap, parents we heard less, the parents' most chosen need; and
 * always the choice of priorities last. At most six, so the meeting gets through them.
 */
export function discussionQuestions(input: QuestionsInput): string[] {
  const out: string[] = [];
  const improvement = input.improvements.find((p) => p.criterion !== null);
  if (improvement?.title)
    out.push(`Hoe ziet ‘${improvement.title}’ eruit als we het samen met ouders doen? Wat is onze eerste stap?`);
  if (input.widestGap) out.push(`Wat merken ouders bij ‘${input.widestGap}’ dat wij niet zien? Hoe vragen we het ze?`);
  const strength = input.strengths.find((p) => p.title !== null);
  if (strength?.title) out.push(`Wat maakt dat ‘${strength.title}’ goed gaat, en waar kunnen we dat nog meer doen?`);
  if (input.halfAdoption?.flagged)
    out.push('Welke vaste tienminutengesprekken kunnen vervallen nu we startgesprekken voeren?');
  if ((input.reach?.sentences.length ?? 0) > 0)
    out.push('Welke ouders hoorden we minder, en hoe bereiken we hen de volgende keer wel?');
  const need = input.needs?.topNeeds[0];
  if (need) out.push(`Veel ouders kozen ‘${need.label}’. Wat kunnen we daarmee?`);
  return [...out.slice(0, 5), PRIORITY_QUESTION];
}
