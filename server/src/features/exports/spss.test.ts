import { loadScanModel } from '@driehoek/surveys';
import { describe, expect, it } from 'vitest';
import type { ExportPlan } from './export-plan';
import { spssSyntax } from './spss';

const plan = (text: string, label: string): ExportPlan => ({
  round: {
    id: '00000000-0000-4000-8000-000000000001',
    locationId: '00000000-0000-4000-8000-000000000002',
    location: 'Noord\u001b[2J',
    ikc: 'IKC',
    organisation: 'Gemeente',
    kind: 'baseline',
    status: 'closed',
    name: null,
    opensOn: '2026-11-01',
    closesOn: '2026-11-30',
    modelVersion: 1,
    families: null,
    pupils812: null,
    professionals: null,
  },
  model: loadScanModel(1),
  included: ['parents'],
  excluded: [],
  columns: [
    {
      variable: 'parents_q1',
      audience: 'parents',
      instrument: 'parents',
      version: 1,
      question: 'q1',
      kind: 'scored',
      concept: 'parents.c1.x',
      criterion: 'C1',
      text,
      options: [{ value: '1', label, score: 1 }],
    },
  ],
});

describe('SPSS syntax', () => {
  it('strips control characters from every text it quotes or comments', () => {
    const syntax = spssSyntax(plan('Vraag\u0007 met\u0000 bel\u0085 en \u001b[31mkleur', 'Optie\u0008\u007f'));
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point
    expect(syntax.replaceAll('\r\n', '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(syntax).toContain("'Vraag met bel en [31mkleur'");
    expect(syntax).toContain("'Optie'");
    expect(syntax).toContain('Noord[2J');
  });
});
