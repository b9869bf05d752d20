import type { FactUnit, ItemMeta } from '../instruments/instrument-file';
import type { ScanModel } from '../model/scan-model';
import { dutchPublicHolidaysBetween } from './dutch-holidays';
import type { FactResult, NormKey } from './report-schema';
import { isDateTimeLocal, workingDaysBetween } from './working-days';

type NormMapping = { key: NormKey; factor: number };

/** Which of the model's norms a unit is compared with, and the factor into the norm's unit. */
const NORM_BY_UNIT: Partial<Record<FactUnit, NormMapping>> = {
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

type FactsModel = Pick<ScanModel, 'mysteryGuest'>;

/**
 * The norm a fact is compared with. From model v2 the model names the phone fact by concept (`measuredFacts`), so
 * the question may be called anything; before that a fact tagged `norm` is compared by its unit: time in seconds or
 * minutes with the phone norm, in hours or days with the email norm in hours.
 */
function normOf(meta: ItemMeta, model: FactsModel): NormMapping | undefined {
  const named = model.mysteryGuest.measuredFacts;
  if (named && meta.concept === named.phoneAnswerSeconds)
    return { key: 'phoneAnswerSeconds', factor: meta.unit === 'minutes' ? 60 : 1 };
  return meta.tags.includes('norm') && meta.unit ? NORM_BY_UNIT[meta.unit] : undefined;
}

/** A mystery-guest fact with its norm; untagged facts are reported as they are. */
export function factResult(name: string, meta: ItemMeta, raw: unknown, model: FactsModel): FactResult {
  const value = measuredValue(raw);
  const mapping = normOf(meta, model);
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

const text = (raw: unknown) => (typeof raw === 'string' ? raw.trim() : undefined);

/**
 * The working days until the first personal email reply (model `measuredFacts.emailRepliedAt`), from the date-times
 * the form records, against `norms.emailReplyWorkingDays`. No reply after a valid sending is a missed norm; a missing
 * or malformed sending time, or a reply before the sending, cannot be measured (value and verdict null). Dutch public
 * holidays of the years involved do not count.
 */
export function emailReplyFact(
  name: string,
  meta: ItemMeta,
  sentRaw: unknown,
  repliedRaw: unknown,
  model: FactsModel,
): FactResult {
  const limit = model.mysteryGuest.norms.emailReplyWorkingDays;
  const sentAt = text(sentRaw);
  const repliedAt = text(repliedRaw) || undefined;
  let value: number | null = null;
  let measurable = sentAt !== undefined && isDateTimeLocal(sentAt);
  if (sentAt !== undefined && measurable) {
    // A reply may come in the next year; one extra year covers a reply moved past New Year's Day.
    const years = [sentAt, repliedAt ?? sentAt].map((d) => Number(d.slice(0, 4)));
    const holidays = dutchPublicHolidaysBetween(Math.min(...years), Math.max(...years) + 1);
    try {
      value = workingDaysBetween(sentAt, repliedAt, holidays);
    } catch {
      measurable = false;
    }
  }
  return {
    item: name,
    concept: meta.concept,
    criterion: meta.criterion ?? null,
    unit: 'days',
    value,
    at: repliedAt ?? null,
    norm:
      limit === undefined
        ? null
        : {
            key: 'emailReplyWorkingDays',
            limit,
            value,
            met: !measurable ? null : value === null ? false : value <= limit,
          },
  };
}

/** A date-time fact (the email's sending) as entered, with no number and no norm of its own. */
export function dateTimeFact(name: string, meta: ItemMeta, raw: unknown): FactResult {
  return {
    item: name,
    concept: meta.concept,
    criterion: meta.criterion ?? null,
    unit: meta.unit ?? null,
    value: null,
    at: text(raw) || null,
    norm: null,
  };
}
