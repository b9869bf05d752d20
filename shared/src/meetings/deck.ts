import type { Deck, DeckBlock, DeckPoint, Slide, TriangleRow } from '../contracts/meetings';
import type { PublishedReport } from '../contracts/reports';
import type { Perspective } from '../instruments/instrument-file';
import type { ScanModel } from '../model/scan-model';
import { bandOf } from '../model/scan-model';
import { adjustedSentence, effectiveLevels, withAdjustedLevels } from '../reports/publication';
import { formatDutchDate } from '../rounds/link-availability';
import type { Level, LocationReport } from '../scoring/report-schema';
import { capitalised, PERSPECTIVE_NL, PERSPECTIVE_ORDER, roundTitle } from '../vocabulary';
import { levelMeaning, levelWord, listing, lowerFirst } from './deck-words';
import { discussionQuestions } from './discussion-questions';
import { basicFormsBlocks, reachBlocks, reachNotes } from './forms-and-reach';
import { teamGaps, teamImprovements, teamStrengths } from './team-findings';

type Model = Pick<ScanModel, 'criteria' | 'scale' | 'bands' | 'level3' | 'gap' | 'tags'>;

const points = (list: ReadonlyArray<DeckPoint>, none: string): DeckBlock[] =>
  list.length > 0 ? [{ type: 'points', points: [...list] }] : [{ type: 'text', text: none }];

/** Every criterion with the level readers take and each perspective's place; hidden cells give no mark. */
export function triangleRows(report: Pick<LocationReport, 'overall' | 'criteria'>, model: Model): TriangleRow[] {
  return model.criteria.map((c) => ({
    criterion: c.id,
    name: c.name.nl,
    level: report.overall.find((o) => o.criterion === c.id)?.level ?? null,
    marks: PERSPECTIVE_ORDER.flatMap((perspective) => {
      const cell = report.criteria.find((x) => x.criterion === c.id && x.perspective === perspective);
      return cell && !cell.suppressed ? [{ perspective, mean: cell.mean, level: bandOf(model, cell.mean) }] : [];
    }),
  }));
}

function triangleNotes(published: PublishedReport, rows: TriangleRow[], shown: Perspective[]): string[] {
  const notes = [
    'Per criterium een rij. Elke vorm is een kant van de driehoek: hoe verder naar rechts, hoe meer samenwerking. Het niveau rechts is het niveau uit het rapport.',
    'Verschillen tussen de kanten zijn geen fout: ze laten zien waar we elkaar nog niet zien. Vraag: waar verrast dit je?',
  ];
  const hidden = PERSPECTIVE_ORDER.filter(
    (p) => !shown.includes(p) && published.report.criteria.some((c) => c.perspective === p),
  );
  if (hidden.length > 0)
    notes.push(
      `${capitalised(listing(hidden.map((p) => PERSPECTIVE_NL[p])))}: te weinig antwoorden om te tonen, daarom geen vorm.`,
    );
  for (const e of effectiveLevels(published.report.overall, published.judgement)) {
    const sentence = adjustedSentence(e);
    if (sentence) notes.push(`${e.criterion}: ${sentence}.`);
  }
  for (const o of published.comparison?.result.overall ?? []) {
    if (!o.levelChange || !o.before || !o.after) continue;
    const name = rows.find((r) => r.criterion === o.criterion)?.name ?? o.criterion;
    notes.push(`Sinds de vorige meting: ${name} van ${o.before.level}.0 naar ${o.after.level}.0.`);
  }
  return notes;
}

function summaryBlocks(published: PublishedReport): DeckBlock[] {
  const { strengths, improvements, advice } = published.judgement.summary;
  const parts = [
    { title: 'Wat goed gaat', text: strengths },
    { title: 'Waar we aan werken', text: improvements },
    { title: 'Advies', text: advice },
  ].filter((p) => p.text.trim().length > 0);
  return points(
    parts.map((p) => ({ criterion: null, title: p.title, text: p.text.trim() })),
    'De onderzoeker schreef bij dit rapport geen samenvatting.',
  );
}

/**
 * The feedback meeting's slides from a published report, in the IKC team's words: title; how to read the levels;
 * the triangle of perspectives per criterion; three strengths; three points for improvement; the gaps between
 * professionals and parents; the basic forms; who we heard; the researcher's summary; questions for discussion.
 * Levels are those the researcher set where they did. Only what the publication shows is read: a hidden group has no
 * figure to show, so none can reach a slide.
 */
export function buildDeck(published: PublishedReport, model: Model): Deck {
  const { round } = published;
  const report = withAdjustedLevels(published.report, published.judgement);
  const rows = triangleRows(report, model);
  const shown = PERSPECTIVE_ORDER.filter((p) => rows.some((r) => r.marks.some((m) => m.perspective === p)));
  const strengths = teamStrengths(report, model);
  const improvements = teamImprovements(report, model);
  const gaps = teamGaps(report, model);
  const widest = report.gaps
    .flatMap((g) => (g.available && g.gap >= model.gap.flagAt / 2 ? [g] : []))
    .sort((a, b) => b.gap - a.gap)[0];
  const levels: Level[] = [1, 2, 3];
  const period = `${formatDutchDate(round.opensOn)} tot en met ${formatDutchDate(round.closesOn)}`;
  const coreValues = Object.values(model.tags.core).map((v) => `‘${lowerFirst(v.nl)}’`);

  const slides: Slide[] = [
    {
      key: 'title',
      title: `Ouderbetrokkenheid bij ${round.location}`,
      blocks: [
        { type: 'text', text: `${round.ikc} · ${roundTitle(round)}, ${period}` },
        { type: 'text', text: 'Terugkoppeling aan het team: wat ouders, medewerkers en kinderen ons vertelden.' },
      ],
      notes: [
        'Doel van dit overleg: samen de uitkomsten bekijken en twee of drie prioriteiten kiezen voor het plan van aanpak.',
        `Alles komt uit het gepubliceerde rapport (versie ${published.publication.version}, ${formatDutchDate(published.publication.publishedAt.slice(0, 10))}).`,
      ],
    },
    {
      key: 'reading',
      title: 'Zo lees je de uitkomsten',
      blocks: [
        {
          type: 'levels',
          levels: levels.map((level) => ({
            level,
            name: capitalised(levelWord(model, level)),
            text: levelMeaning(model, level),
          })),
        },
        {
          type: 'text',
          text: 'We keken vanuit vier kanten: ouders, medewerkers, kinderen en een mystery guest die als nieuwe ouder contact zocht.',
        },
      ],
      notes: [
        '1.0 is geen onvoldoende en 3.0 geen eindpunt: het zegt hoe ver de samenwerking met ouders is.',
        ...(coreValues.length > 0 ? [`Onder 3.0 liggen drie kernwaarden: ${listing(coreValues)}.`] : []),
        'Een groep met minder dan vijf antwoorden tonen we niet, zodat niemand te herkennen is.',
      ],
    },
    {
      key: 'triangle',
      title: 'De driehoek: zo kijkt ieder ernaar',
      blocks: [{ type: 'triangle', perspectives: shown, rows }],
      notes: triangleNotes(published, rows, shown),
    },
    {
      key: 'strengths',
      title: 'Wat goed gaat',
      blocks: points(strengths, 'Er springt nog geen criterium uit. Kijk samen welke stap het dichtst bij is.'),
      notes: [
        'Begin bij wat goed gaat: daar zit wat het team al kan.',
        'Vraag: wie herkent dit, en wat doen we daar precies?',
      ],
    },
    {
      key: 'improvements',
      title: 'Waar we aan kunnen werken',
      blocks: points(improvements, 'Geen criterium blijft duidelijk achter.'),
      notes: [
        'Dit zijn de punten die het verst van samenwerking af staan, met de eerstvolgende stap.',
        'Vraag: wat houdt ons nu tegen?',
      ],
    },
    {
      key: 'gaps',
      title: 'Waar medewerkers en ouders verschillend kijken',
      blocks: points(
        gaps,
        report.gaps.some((g) => g.available)
          ? 'Medewerkers en ouders kijken bij alle criteria ongeveer hetzelfde.'
          : 'Er zijn te weinig antwoorden van medewerkers of ouders om ze te vergelijken.',
      ),
      notes: [
        'Medewerkers zien de samenwerking vaak rooskleuriger dan ouders; dat is in elk onderzoek zo.',
        'Een verschil van een niveau of meer is het bespreken waard: wat merken ouders dat wij niet zien?',
      ],
    },
    {
      key: 'basic-forms',
      title: 'De basisvormen',
      blocks: basicFormsBlocks(report.basicForms, model),
      notes: [
        'Startgesprek en communicatieplan op maat zijn de kern; nieuwjaarsreceptie en maatjes zijn een keuze.',
        'Vergelijk wat medewerkers zeggen met wat ouders ervaren: staat het op papier, of merken ouders het ook?',
      ],
    },
    {
      key: 'reach',
      title: 'Wie we hoorden',
      blocks: reachBlocks(report),
      notes: [
        'Wie we niet hoorden, telt ook: ouders met weinig Nederlands en nieuwe gezinnen vullen minder vaak iets in.',
        ...reachNotes(report),
      ],
    },
    {
      key: 'summary',
      title: 'Wat de onderzoeker ziet',
      blocks: summaryBlocks(published),
      notes: [
        'Lees de samenvatting voor en vraag of het team zich erin herkent.',
        ...published.judgement.criteria
          .filter((j) => j.interpretation.trim().length > 0)
          .map(
            (j) => `${rows.find((r) => r.criterion === j.criterion)?.name ?? j.criterion}: ${j.interpretation.trim()}`,
          ),
      ],
    },
    {
      key: 'questions',
      title: 'Om over te praten',
      blocks: [
        {
          type: 'points',
          points: discussionQuestions({
            strengths,
            improvements,
            widestGap: widest ? (rows.find((r) => r.criterion === widest.criterion)?.name ?? null) : null,
            halfAdoption: report.basicForms?.halfAdoption ?? null,
            reach: report.reach,
            needs: report.needs,
          }).map((text) => ({ criterion: null, title: null, text })),
        },
      ],
      notes: [
        'Laat eerst iedereen kort reageren, kies dan samen de prioriteiten.',
        'De onderzoeker legt de afspraken vast; het plan van aanpak begint daarmee.',
      ],
    },
  ];
  return {
    title: `Terugkoppeling ouderbetrokkenheid — ${round.location}`,
    location: round.location,
    ikc: round.ikc,
    roundId: round.id,
    publication: { version: published.publication.version, publishedAt: published.publication.publishedAt },
    slides,
  };
}
