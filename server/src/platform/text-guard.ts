/** How deep a request body may nest. Our deepest contract is a few levels; a parser bomb is thousands. */
export const MAX_JSON_DEPTH = 32;

export type TextProblem = { path: string; reason: 'nul' | 'surrogate' | 'depth' };

/**
 * Finds the first thing in a parsed body that would fail later instead of being refused with a 400:
 * - U+0000, which PostgreSQL cannot store (not in text, not in jsonb) and no keyboard types;
 * - a lone surrogate (`"\ud800"`), valid JSON but not Unicode: PostgreSQL refuses it in jsonb, and in text it
 *   would silently become U+FFFD;
 * - nesting deeper than MAX_JSON_DEPTH: JSON.parse copes with thousands of levels, but JSON.stringify (the driver,
 *   an error message) then overflows the stack.
 * Walks with its own stack, so the walk itself cannot overflow. Returns the dotted path of the string or key.
 */
export function findTextProblem(value: unknown): TextProblem | undefined {
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value, path: '', depth: 0 }];
  while (stack.length > 0) {
    const next = stack.pop();
    if (!next) break;
    const { value: current, path, depth } = next;
    if (typeof current === 'string') {
      const reason = stringProblem(current);
      if (reason) return { path, reason };
      continue;
    }
    if (typeof current !== 'object' || current === null) continue;
    if (depth >= MAX_JSON_DEPTH) return { path, reason: 'depth' };
    // Pushed in reverse, so the first problem in document order is the one named.
    if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) {
        stack.push({ value: current[i], path: join(path, String(i)), depth: depth + 1 });
      }
      continue;
    }
    const entries = Object.entries(current);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, item] = entries[i] as [string, unknown];
      const keyReason = stringProblem(key);
      const at = join(path, printable(key));
      if (keyReason) return { path: at, reason: keyReason };
      stack.push({ value: item, path: at, depth: depth + 1 });
    }
  }
  return undefined;
}

function stringProblem(text: string): TextProblem['reason'] | undefined {
  if (text.includes('\u0000')) return 'nul';
  if (!text.isWellFormed()) return 'surrogate';
  return undefined;
}

/** A key as it can be named in a message: without the characters that made it a problem. */
const printable = (key: string) => key.replaceAll('\u0000', '').toWellFormed();

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** The Dutch reason for a 400, after the field name. */
export function textProblemMessage(reason: TextProblem['reason']): string {
  switch (reason) {
    case 'nul':
      return 'bevat een ongeldig teken (U+0000)';
    case 'surrogate':
      return 'bevat een ongeldig teken (een losse surrogaat, geen geldige Unicode)';
    case 'depth':
      return `is te diep genest (hoogstens ${MAX_JSON_DEPTH} niveaus)`;
  }
}
