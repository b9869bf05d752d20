import { describe, expect, it } from 'vitest';
import { csvCell, csvLine } from './csv';

describe('CSV cells', () => {
  it('neutralise text a spreadsheet would run as a formula with a leading apostrophe', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      expect(
        csvCell(`${start}SUM(A1)`).startsWith(`'${start}`) || csvCell(`${start}SUM(A1)`).startsWith(`"'${start}`),
      ).toBe(true);
    expect(csvCell('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
  });

  it('neutralise a formula after a comma, for a spreadsheet that splits our file on commas', () => {
    expect(csvCell('goed,=HYPERLINK("http://evil")')).toBe(`"goed,'=HYPERLINK(""http://evil"")"`);
    expect(csvCell('a,+1,-2,@x')).toBe("a,'+1,'-2,'@x");
    expect(csvCell('regel\n=1+1')).toBe(`"regel\n'=1+1"`);
    expect(csvCell('a\t=1')).toBe("a\t'=1");
    expect(csvCell('ouders, - en kinderen')).toBe('ouders, - en kinderen');
  });

  it('leave numbers and ordinary text alone', () => {
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(2.5)).toBe('2.5');
    expect(csvCell('Klopt helemaal')).toBe('Klopt helemaal');
    expect(csvCell(null)).toBe('');
  });

  it('quote separators, quotes and line breaks', () => {
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('zei "ja"')).toBe('"zei ""ja"""');
    expect(csvCell('regel 1\nregel 2')).toBe('"regel 1\nregel 2"');
    expect(csvLine([1, 'a;b', null])).toBe('1;"a;b";\r\n');
  });
});
