/**
 * U+0000 cannot be stored by PostgreSQL (not in text, not in jsonb) and no keyboard types it; a request that carries
 * one gets a 400 naming the field instead of failing in the database. Returns the dotted path of the first string
 * or key that holds one.
 */
export function findNul(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = findNul(item, join(path, String(i)));
      if (found !== undefined) return found;
    }
    return undefined;
  }
  for (const [key, item] of Object.entries(value)) {
    const at = join(path, key.replaceAll('\u0000', ''));
    if (key.includes('\u0000')) return at;
    const found = findNul(item, at);
    if (found !== undefined) return found;
  }
  return undefined;
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);
