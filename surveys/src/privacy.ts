import { type PrivacyTexts, PrivacyTextsSchema } from '@driehoek/shared';
import privacyV1 from '../privacy/v1.json';

/** The fixed words of the privacy statement by path under surveys/; like the summaries, they belong to no round. */
export const privacySources: Readonly<Record<string, unknown>> = {
  'privacy/v1.json': privacyV1,
};

let latest: PrivacyTexts | undefined;

/** The latest privacy statement words; throws naming the file when it does not fit the schema. */
export function loadPrivacyTexts(sources: Readonly<Record<string, unknown>> = privacySources): PrivacyTexts {
  if (latest && sources === privacySources) return latest;
  const parsed = Object.entries(sources).map(([path, raw]) => {
    const result = PrivacyTextsSchema.safeParse(raw);
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new Error(`privacy texts ${path}: ${issue?.path.join('.')}: ${issue?.message}`);
    }
    return result.data;
  });
  const newest = parsed.sort((a, b) => b.version - a.version)[0];
  if (!newest) throw new Error('surveys/privacy has no texts');
  if (sources === privacySources) latest = newest;
  return newest;
}
