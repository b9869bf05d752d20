import { describe, expect, it } from 'vitest';
import { criterionOf, type IkcReportContent } from './ikc-report-types';

describe('the IKC report’s row headings', () => {
  it('name a criterion in full, and fall back to its code without names', () => {
    const named = { criterionNames: [{ id: 'C5', name: 'Gelijkwaardige gesprekken' }] } as IkcReportContent;
    expect(criterionOf(named, 'C5')).toBe('C5 Gelijkwaardige gesprekken');
    expect(criterionOf({} as IkcReportContent, 'C5')).toBe('C5');
  });
});
