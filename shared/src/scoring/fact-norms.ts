import type { FactUnit, ItemMeta } from '../instruments/instrument-file';
import type { ScanModel } from '../model/scan-model';
import type { FactResult, NormKey } from './report-schema';

/** Which of the model's norms a unit is compared with, and the factor into the norm's unit. */
const NORM_BY_UNIT: Partial<Record<FactUnit, { key: NormKey; factor: number }>> = {
  seconds: { key: 'phoneAnswerSeconds', factor: 1 },
  minutes: { key: 'phoneAnswerSeconds', factor: 60 },
  hours: { key: 'emailReplyHours', factor: 1 },
  days: { key: 'emailReplyHours', factor: 24 },
};

/** A measured number from a text or number input; null when nothing usable was entered. */
export function measuredValue(raw: unknown): number | null {
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : Number.NaN;
  return Number.isFinite(n) ? n : null;
}

/**
 * A mystery-guest fact with its norm. The instrument contract does not name the norm a fact is compared with, so a
 * fact tagged `norm` is compared by its unit: time in seconds or minutes with the phone norm, in hours or days with
 * the email norm. Untagged facts are reported as they are.
 */
export function factResult(
  name: string,
  meta: ItemMeta,
  raw: unknown,
  model: Pick<ScanModel, 'mysteryGuest'>,
): FactResult {
  const value = measuredValue(raw);
  const mapping = meta.tags.includes('norm') && meta.unit ? NORM_BY_UNIT[meta.unit] : undefined;
  const limit = mapping ? model.mysteryGuest.norms[mapping.key] : undefined;
  const converted = mapping && value !== null ? value * mapping.factor : null;
  return {
    item: name,
    concept: meta.concept,
    criterion: meta.criterion ?? null,
    unit: meta.unit ?? null,
    value,
    norm:
      mapping && limit !== undefined
        ? { key: mapping.key, limit, value: converted, met: converted === null ? null : converted <= limit }
        : null,
  };
}
