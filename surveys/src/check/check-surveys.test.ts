import { InstrumentFileSchema, ScanModelSchema } from '@driehoek/shared';
import { describe, expect, it } from 'vitest';
import { readLock, readSourceFiles } from '../../scripts/read-sources';
import { registeredPaths } from '../index';
import { checkSurveys } from './check-surveys';
import { coverageMatrix, formatCoverageMatrix } from './coverage-matrix';
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

/** The problems an edit adds to those the unedited files already have (files still being written, say). */
function newProblems(
  edit: (byPath: Record<string, Json>, copy: SourceFile[]) => void,
  options: { relock?: boolean } = {},
) {
  const before = new Set(problemsAfter(() => {}, options));
  return problemsAfter(edit, options).filter((p) => !before.has(p));
}

/** The first element named `name` in a SurveyJS definition. */
function element(instrument: Json, name: string): Json {
  for (const page of instrument.survey.pages) for (const el of page.elements) if (el.name === name) return el;
  throw new Error(`no element ${name}`);
}

/** The path of the newest version of an instrument among the files. */
function latestPath(byPath: Record<string, Json>, key: string): string {
  const versions = Object.keys(byPath)
    .filter((p) => p.startsWith(`${key}/v`))
    .map((p) => Number(p.slice(key.length + 2, -5)));
  return `${key}/v${Math.max(...versions)}.json`;
}

const latestFiles = () => {
  const byPath = Object.fromEntries(files.map((f) => [f.path, f.json as Json]));
  const keys = [...new Set(files.filter((f) => !f.path.startsWith('model/')).map((f) => f.path.split('/')[0] ?? ''))];
  return keys.map((k) => InstrumentFileSchema.parse(byPath[latestPath(byPath, k)]));
};
const latestModel = () => {
  const byPath = Object.fromEntries(files.map((f) => [f.path, f.json as Json]));
  return ScanModelSchema.parse(byPath[latestPath(byPath, 'model')]);
};

describe('checkSurveys', () => {
  it('passes on the committed questionnaires, scan model, registry and lock file', () => {
    expect(checkSurveys({ files, registered, lock }).map(formatProblem)).toEqual([]);
  });

  it('passes on the committed files apart from versions still waiting to be published', () => {
    const problems = checkSurveys({ files, registered, lock }).map(formatProblem);
    expect(problems.filter((p) => !p.endsWith('once it is final'))).toEqual([]);
  });

  it('prints the coverage matrix of the latest versions: criterion × perspective, ticks per tier', () => {
    const rows = coverageMatrix(latestFiles(), latestModel());
    console.log(
      `Coverage of the latest instruments (scan model v${latestModel().version}):\n${formatCoverageMatrix(rows)}`,
    );
    expect(rows.map((r) => r.criterion)).toEqual(['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'C9', 'C10']);
    for (const row of rows) {
      expect(row.parents, row.criterion).toBeGreaterThan(0);
      expect(row.professionals, row.criterion).toBeGreaterThan(0);
      expect(
        [1, 2, 3].filter((t) => row.mysteryGuest[t as 1 | 2 | 3] > 0),
        row.criterion,
      ).toEqual(row.modelTiers);
    }
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

  it('fails on a coverage hole: too few scored items for a criterion, and on a mirror that moved', () => {
    const problems = newProblems((f) => {
      const path = latestPath(f, 'parents');
      const c6 = Object.entries(f[path]?.items as Json).filter(([, m]) => m.kind === 'scored' && m.criterion === 'C6');
      for (const [, meta] of c6.slice(2)) meta.criterion = 'C5';
    });
    const path = latestPath(Object.fromEntries(files.map((f) => [f.path, f.json as Json])), 'parents');
    expect(problems).toContain(
      `${path} › C6: 2 scored item(s) for C6; at least 3 needed so reliability can be computed`,
    );
    expect(problems.some((p) => p.startsWith(`${path} › `) && p.endsWith('measures C6, not C5'))).toBe(true);
  });

  it('fails when a criterion is measured by too few perspectives', () => {
    const problems = newProblems((f) => {
      for (const [path, json] of Object.entries(f))
        if (!path.startsWith('model/'))
          for (const meta of Object.values(json.items) as Json[]) if (meta.criterion === 'C7') meta.criterion = 'C8';
    });
    expect(problems).toContain('coverage › C7: measured by 0 perspective(s) (none); at least 2 needed');
    expect(problems).toContain('coverage › C7: no scored parents item measures C7');
    expect(problems).toContain('coverage › C7: no scored professionals item measures C7');
    expect(problems).toContain(
      'coverage › C7: the model lists tier 1, but the mystery-guest forms have no tick at tier 1',
    );
  });

  it('fails when the mystery-guest forms lack a tier the model lists, or the model hides a missing tier', () => {
    const withoutTier3 = newProblems((f) => {
      for (const [path, json] of Object.entries(f))
        if (path.startsWith('mg-'))
          for (const meta of Object.values(json.items) as Json[])
            if (meta.criterion === 'C10' && meta.tier === 3) meta.criterion = 'C3';
    });
    expect(withoutTier3).toContain(
      'coverage › C10: the model lists tier 3, but the mystery-guest forms have no tick at tier 3',
    );
    const unexplained = newProblems((f) => {
      const model = f[latestPath(f, 'model')] as Json;
      const c10 = model.criteria.find((c: Json) => c.id === 'C10');
      c10.mysteryGuestTiers = [1, 2];
      delete c10.mysteryGuestNote;
    });
    expect(unexplained).toContain(
      "coverage › C10: the forms have ticks at tier 3, which the model's mysteryGuestTiers does not list",
    );
    expect(unexplained).toContain(
      'coverage › C10: the guest observes C10 only at tier(s) 1, 2; the model needs a mysteryGuestNote saying why',
    );
  });

  it('fails when children measure a criterion the model says they cannot observe', () => {
    const problems = newProblems((f) => {
      const children = f[latestPath(f, 'children')] as Json;
      const [, meta] = Object.entries(children.items as Json).find(([, m]) => m.kind === 'scored') ?? [];
      meta.criterion = 'C7';
    });
    expect(problems.some((p) => p.startsWith('coverage › C7: children measure C7'))).toBe(true);
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
    const problems = problemsAfter((f, copy) => {
      const latest = latestPath(f, 'mg-phone');
      copy.push({ path: 'mg-phone/v9.json', json: { ...structuredClone(f[latest]), version: 9 } });
    });
    expect(problems).toContain('mg-phone/v9.json: not in surveys/src/registry.ts');
    expect(problems.some((p) => p.startsWith('mg-phone/v9.json: not published'))).toBe(true);
  });

  it('accepts a new version whose new concepts are mapped and explained, and refuses one whose are not', () => {
    const next = (mapped: boolean) =>
      newProblems(
        (f, copy) => {
          const latest = latestPath(f, 'mg-phone');
          const json = structuredClone(f[latest]) as Json;
          json.version = Number(latest.slice('mg-phone/v'.length, -5)) + 1;
          json.items.ph_asks_child.concept = 'mg.phone.c5.asks-about-child';
          json.conceptMap = mapped ? { 'mg.phone.c5.asks-about-child': 'mg.phone.c5.asks-child' } : {};
          json.changeNotes = mapped ? { 'mg.phone.c5.asks-about-child': 'Renamed.' } : {};
          copy.push({ path: `mg-phone/v${json.version}.json`, json });
        },
        { relock: true },
      );
    expect(next(true)).toEqual([]);
    const refused = next(false);
    expect(
      refused.some((p) =>
        p.endsWith(
          'mg.phone.c5.asks-about-child: concept is not in v2: map it in conceptMap to the concept it continues, or to null when it is new',
        ),
      ),
    ).toBe(true);
    expect(
      refused.some((p) => p.endsWith('changeNotes › mg.phone.c5.asks-child: needs a note: v3 drops it; say why')),
    ).toBe(true);
  });

  it('from version 2 on, refuses a scored option worded as agreement, a missing or misshapen scale', () => {
    const problems = newProblems((f) => {
      const prof = f['professionals/v2.json'] as Json;
      element(prof, 'p_c5_agenda').choices[2].text.default = 'Klopt helemaal';
      delete prof.items.p_c5_enough_time.scale;
      prof.items.p_c3_greeted.scale = 'levels';
      prof.items.p_c3_reach_out.scale = 'faces';
    });
    expect(
      problems.some((p) =>
        p.startsWith('professionals/v2.json › p_c5_agenda › choices[value=3]: "Klopt helemaal" contains "klopt"'),
      ),
    ).toBe(true);
    expect(problems).toContain(
      'professionals/v2.json › p_c5_enough_time: scored item has no scale; one of levels, frequency, share',
    );
    expect(problems).toContain(
      'professionals/v2.json › p_c3_greeted: a levels scale has 3 options besides "don\'t know", not 4',
    );
    expect(problems).toContain(
      'professionals/v2.json › p_c3_reach_out: scale faces is not allowed for professionals; one of levels, frequency, share',
    );
  });

  it('keeps version-1 files to the rules they were written for', () => {
    // professionals v1 asks "klopt niet … klopt helemaal" and has no scales; it is held to scan model v1.
    const v1 = (problemsAfter(() => {}) as string[]).filter((p) => p.includes('/v1.json'));
    expect(v1).toEqual([]);
  });

  it('from version 2 on, refuses a translation that copies the Dutch, except names and codes', () => {
    const problems = newProblems((f) => {
      const prof = f['professionals/v2.json'] as Json;
      element(prof, 'p_c5_agenda').title.en = element(prof, 'p_c5_agenda').title.default;
      element(prof, 'bg_own_group').choices[0].text = { default: 'IKC', en: 'IKC' };
    });
    expect(
      problems.some((p) =>
        p.startsWith('professionals/v2.json › p_c5_agenda › title: not translated: en copies the Dutch'),
      ),
    ).toBe(true);
    expect(problems.some((p) => p.includes('bg_own_group'))).toBe(false);
  });

  it('refuses a routed item whose visibleIf is not its route, and a scored item hidden without a route', () => {
    const problems = newProblems((f) => {
      const prof = f['professionals/v2.json'] as Json;
      element(prof, 'p_c5_agenda').visibleIf = "{bg_sector} = 'school'";
      element(prof, 'p_c3_greeted').visibleIf = "{bg_role} = 'teacher'";
      prof.items.p_c8_hear_back.route = 'nowhere';
    });
    expect(problems).toContain(
      'professionals/v2.json › p_c5_agenda: visibleIf must be "{bg_own_group} anyof [\'yes\']" (route own-group), not "{bg_sector} = \'school\'"',
    );
    expect(problems).toContain(
      'professionals/v2.json › p_c3_greeted: a scored item hidden by visibleIf needs a route, so scoring knows who was not asked',
    );
    expect(problems).toContain("professionals/v2.json › p_c8_hear_back: route nowhere is not in the file's routes");
  });

  it('from version 2 on, refuses level wording the observer would see and a not-observed option worded otherwise', () => {
    const problems = newProblems((f) => {
      const phone = f['mg-phone/v2.json'] as Json;
      phone.survey.pages[1].title.default = 'Reageren (niveau 2.0)';
      element(phone, 'ph_next_step').title.en = 'Tier 2: the next step was clear.';
      element(phone, 'ph_answered').choices[3].text.default = 'Niet waargenomen / niet van toepassing';
    });
    expect(
      problems.some((p) => p.startsWith('mg-phone/v2.json › page call › title: nl: "niveau" tells the observer')),
    ).toBe(true);
    expect(
      problems.some((p) => p.startsWith('mg-phone/v2.json › ph_next_step › title: en: "Tier" tells the observer')),
    ).toBe(true);
    expect(
      problems.some((p) =>
        p.startsWith('mg-phone/v2.json › ph_answered › choices[value=dk]: nl: the not-observed option'),
      ),
    ).toBe(true);
  });

  it('from version 2 on, asks a change note for every reworded, remapped or dropped concept', () => {
    const problems = newProblems((f) => {
      const prof = f['professionals/v2.json'] as Json;
      delete prof.changeNotes['professionals.c5.agenda'];
      delete prof.changeNotes['professionals.c2.beyond-council'];
      delete prof.changeNotes['professionals.c8.complaint-handled'];
      prof.changeNotes['professionals.c99.nothing'] = 'A note about nothing.';
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'professionals/v2.json › changeNotes › professionals.c5.agenda: needs a note: its wording, options, scoring or route changed',
        'professionals/v2.json › changeNotes › professionals.c2.beyond-council: needs a note: v2 drops it; say why',
        'professionals/v2.json › changeNotes › professionals.c8.complaint-handled: needs a note: it continues professionals.c8.disagree-route under a new concept',
        'professionals/v2.json › changeNotes › professionals.c99.nothing: a note for a concept neither version has',
      ]),
    );
  });
});
