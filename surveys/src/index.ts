import { type InstrumentFile, InstrumentFileSchema } from '@driehoek/shared';
import { rawInstruments } from './registry';

export type InstrumentCatalog = {
  all: ReadonlyArray<InstrumentFile>;
  get(key: string, version: number): InstrumentFile | undefined;
  latest(key: string): InstrumentFile | undefined;
};

/** Parses every instrument file; throws naming the file when one does not fit the schema. */
export function loadInstruments(raw: ReadonlyArray<unknown> = rawInstruments): InstrumentCatalog {
  const all = raw.map((file, i) => {
    const parsed = InstrumentFileSchema.safeParse(file);
    if (!parsed.success) {
      const f = file as { key?: string; version?: number };
      const issue = parsed.error.issues[0];
      throw new Error(
        `instrument ${f.key ?? `#${i}`} v${f.version ?? '?'}: ${issue?.path.join('.')}: ${issue?.message}`,
      );
    }
    return parsed.data;
  });
  const byId = new Map(all.map((f) => [`${f.key}@${f.version}`, f]));
  return {
    all,
    get: (key, version) => byId.get(`${key}@${version}`),
    latest: (key) =>
      all.filter((f) => f.key === key).reduce<InstrumentFile | undefined>(
        (best, f) => (!best || f.version > best.version ? f : best),
        undefined,
      ),
  };
}
