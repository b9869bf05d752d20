import { describe, expect, it } from 'vitest';
import { readLock, readSourceFiles } from '../../scripts/read-sources';
import { registeredPaths } from '../index';
import { checkSurveys } from './check-surveys';
import { addToLock, LockFileSchema } from './lock-file';
import { formatProblem, type SourceFile } from './problem';

// biome-ignore lint/suspicious/noExplicitAny: the tests reach deep into questionnaire JSON to break it on purpose
type Json = Record<string, any>;

const files = readSourceFiles();
const lock = readLock();
const registered = registeredPaths();

/** Runs the check on a deep copy of the real files after `edit` breaks it; returns the formatted problems. */
function problemsAfter(
  edit: (byPath: Record<string, Json>, copy: SourceFile[]) => void,
  options: { relock?: boolean } = {},
) {
  const copy: SourceFile[] = structuredClone(files);
  const byPath = Object.fromEntries(copy.map((f) => [f.path, f.json as Json]));
  edit(byPath, copy);
  const usedLock = options.relock
    ? { about: 'x', published: addToLock(copy, LockFileSchema.parse(lock)).published }
    : lock;
  const paths = options.relock ? copy.map((f) => f.path) : registered;
  return checkSurveys({ files: copy, registered: paths, lock: usedLock }).map(formatProblem);
}

/** The first element named `name` in a SurveyJS definition. */
function element(instrument: Json, name: string): Json {
  for (const page of instrument.survey.pages) for (const el of page.elements) if (el.name === name) return el;
  throw new Error(`no element ${name}`);
}

describe('checkSurveys', () => {
  it('passes on the committed questionnaires, scan model, registry and lock file', () => {
    expect(checkSurveys({ files, registered, lock }).map(formatProblem)).toEqual([]);
  });

  it('fails on a missing translation, naming file, question and locale', () => {
    const problems = problemsAfter((f) => {
      delete element(f['parents/v1.json'] as Json, 'p_c3_greeted').title.ar;
    });
    expect(problems).toContain('parents/v1.json › p_c3_greeted › title: missing translation: ar');
  });

  it('fails on a text that is not translated at all, such as a choice text', () => {
    const problems = problemsAfter((f) => {
      element(f['children/v1.json'] as Json, 'k_c2_decide').choices[0].text = 'Nee';
    });
    expect(
      problems.some((p) => p.startsWith('children/v1.json › k_c2_decide › choices[value=1] › text: not translated')),
    ).toBe(true);
  });

  it('fails on a duplicate concept key', () => {
    const problems = problemsAfter((f) => {
      (f['professionals/v1.json'] as Json).items.p_c3_reach_out.concept = 'professionals.c3.greeted';
    });
    expect(problems).toContain(
      'professionals/v1.json › p_c3_reach_out: duplicate concept professionals.c3.greeted (also p_c3_greeted)',
    );
  });

  it('fails on a scored option without a level', () => {
    const problems = problemsAfter((f) => {
      delete (f['parents/v1.json'] as Json).items.p_c1_vision_known.scoring['3'];
    });
    expect(problems).toContain('parents/v1.json › p_c1_vision_known: option 3 has no level (unscored option)');
  });

  it('fails on an option level that breaks the scan model’s answer scale', () => {
    const problems = problemsAfter((f) => {
      (f['parents/v1.json'] as Json).items.p_c8_hear_back.scoring['2'] = 2;
    });
    expect(problems).toContain(
      "parents/v1.json › p_c8_hear_back: option 2 should be 1.67 by the scan model's answer scales, not 2",
    );
  });

  it('fails on a mystery-guest tick whose levels do not follow its tier', () => {
    const problems = problemsAfter((f) => {
      (f['mg-phone/v1.json'] as Json).items.ph_asks_child.scoring.yes = 2;
    });
    expect(problems.some((p) => p.startsWith('mg-phone/v1.json › ph_asks_child: option yes should be 3'))).toBe(true);
  });

  it('fails when a published file is edited', () => {
    const problems = problemsAfter((f) => {
      element(f['children/v1.json'] as Json, 'k_c6_help_each_other').title.default = 'Kinderen helpen elkaar.';
    });
    expect(problems).toContain(
      'children/v1.json: published file was changed; publish the change as a new version instead',
    );
  });

  it('fails when a published file is removed or a file is unpublished', () => {
    const removed = problemsAfter((_, copy) => {
      copy.splice(
        copy.findIndex((x) => x.path === 'mg-email/v1.json'),
        1,
      );
    });
    expect(removed).toContain('mg-email/v1.json: published file is missing; a published version may not be removed');
    expect(removed).toContain('mg-email/v1.json: registered in registry.ts but the file does not exist');
  });

  it("fails on a children's sentence of more than twelve words, a negation or a number", () => {
    const problems = problemsAfter((f) => {
      const children = f['children/v1.json'] as Json;
      element(children, 'k_c3_greeted').title.default =
        'De juf of meester zegt mij elke dag bij de deur van de klas gedag.';
      element(children, 'k_c4_talk_home').title.default = 'Thuis praat ik niet over school.';
      element(children, 'k_c10_rules_known').title.en = 'I know 3 rules.';
    });
    expect(
      problems.some((p) => p.startsWith('children/v1.json › k_c3_greeted › title: nl: sentence of 15 words')),
    ).toBe(true);
    expect(problems.some((p) => p.startsWith('children/v1.json › k_c4_talk_home › title: nl: avoid "niet"'))).toBe(
      true,
    );
    expect(problems.some((p) => p.startsWith('children/v1.json › k_c10_rules_known › title: en: no numbers'))).toBe(
      true,
    );
  });

  it('fails on a coverage hole: too few scored items for a criterion', () => {
    const problems = problemsAfter((f) => {
      (f['parents/v1.json'] as Json).items.p_c6_respect.criterion = 'C5';
    });
    expect(problems).toContain(
      'parents/v1.json › C6: 2 scored item(s) for C6; at least 3 needed so reliability can be computed',
    );
    expect(problems).toContain('parents/v1.json › p_c6_respect: mirror p_c6_respect measures C6, not C5');
  });

  it('fails when a criterion is measured by too few perspectives', () => {
    const problems = problemsAfter((f) => {
      for (const path of ['parents/v1.json', 'professionals/v1.json']) {
        const items = (f[path] as Json).items;
        for (const meta of Object.values(items) as Json[]) if (meta.criterion === 'C7') meta.criterion = 'C8';
      }
      for (const [path, json] of Object.entries(f))
        if (path.startsWith('mg-'))
          for (const meta of Object.values(json.items) as Json[]) if (meta.criterion === 'C7') meta.criterion = 'C8';
    });
    expect(problems).toContain('coverage › C7: measured by 0 perspective(s) (none); at least 2 needed');
  });

  it('fails on an unknown SurveyJS property and on an unknown tag', () => {
    const problems = problemsAfter((f) => {
      element(f['mg-website/v1.json'] as Json, 'w_contact').colcount = 4;
      (f['mg-website/v1.json'] as Json).items.w_contact.tags = ['form:open-day'];
    });
    expect(
      problems.some((p) =>
        p.startsWith("mg-website/v1.json › survey: survey-core: Unknown property in class 'radiogroup': 'colcount'"),
      ),
    ).toBe(true);
    expect(problems).toContain('mg-website/v1.json › w_contact: unknown tag "form:open-day"');
  });

  it('fails on a file missing from the registry', () => {
    const problems = problemsAfter((_, copy) => {
      copy.push({
        path: 'mg-phone/v2.json',
        json: { ...(structuredClone(copy.find((x) => x.path === 'mg-phone/v1.json')?.json) as Json), version: 2 },
      });
    });
    expect(problems).toContain('mg-phone/v2.json: not in surveys/src/registry.ts');
    expect(problems.some((p) => p.startsWith('mg-phone/v2.json: not published'))).toBe(true);
  });

  it('accepts a new version whose new concepts are mapped, and refuses one whose are not', () => {
    const v2 = (mapped: boolean) =>
      problemsAfter(
        (_, copy) => {
          const next = structuredClone(copy.find((x) => x.path === 'mg-phone/v1.json')?.json) as Json;
          next.version = 2;
          next.items.ph_asks_child.concept = 'mg.phone.c5.asks-about-child';
          if (mapped) next.conceptMap = { 'mg.phone.c5.asks-about-child': 'mg.phone.c5.asks-child' };
          copy.push({ path: 'mg-phone/v2.json', json: next });
        },
        { relock: true },
      );
    expect(v2(true)).toEqual([]);
    expect(v2(false)).toEqual([
      'mg-phone/v2.json › mg.phone.c5.asks-about-child: concept is not in v1: map it in conceptMap to the concept it continues, or to null when it is new',
    ]);
  });
});
