import type { InstrumentFile } from '../instruments/instrument-file';
import type { ScanModel } from '../model/scan-model';
import { askedByConcept } from './concept-answers';
import type { FormInPlace, HalfAdoption } from './report-schema';
import type { ScoringResponse } from './scoring-input';

const TEN_MINUTE = 'professionals.fact.ten-minute-rounds';
/** Answers that say something about the rounds beside start conversations ("no start conversations" and dk do not). */
const ROUNDS = { all: 'all', some: 'some', replaced: 'none' } as const;

const percent = (share: number) => `${Math.round(share * 100)}%`;

/**
 * Half adoption (DOMAIN §5): start conversations in place (a majority of professionals say they are held, with every
 * family or some) while a majority of those who answer the ten-minute question say all the old fixed rounds were
 * kept. It raises workload, so the report says so. Unknown (null) when either figure is hidden or missing.
 */
export function halfAdoption(
  startConversation: FormInPlace | undefined,
  responses: ReadonlyArray<ScoringResponse>,
  instruments: ReadonlyArray<InstrumentFile>,
  model: Pick<ScanModel, 'privacy'>,
): HalfAdoption {
  const answers = askedByConcept('professionals', responses, instruments, (m) => m.concept === TEN_MINUTE).get(
    TEN_MINUTE,
  );
  const rounds = (answers ?? []).flatMap((a) =>
    typeof a.answer === 'string' && Object.values<string>(ROUNDS).includes(a.answer) ? [a.answer] : [],
  );
  const start = startConversation && !startConversation.suppressed ? startConversation.atLeastPartlyShare : null;
  const keptAll =
    rounds.length >= model.privacy.minGroupSize ? rounds.filter((v) => v === ROUNDS.all).length / rounds.length : null;
  if (start === null || keptAll === null)
    return { flagged: null, startConversationShare: start, tenMinuteKeptAllShare: keptAll, sentence: null };
  const flagged = start > 0.5 && keptAll > 0.5;
  return {
    flagged,
    startConversationShare: start,
    tenMinuteKeptAllShare: keptAll,
    sentence: flagged
      ? `Startgesprekken zijn ingevoerd (${percent(start)} van de medewerkers), maar ${percent(keptAll)} zegt dat alle vaste tienminutengesprekken zijn gebleven: half invoeren verhoogt de werkdruk. Het communicatieplan op maat is bedoeld om die rondes te vervangen.`
      : null,
  };
}
