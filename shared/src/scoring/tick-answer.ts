import type { ScanModel } from '../model/scan-model';
import type { TickAnswer } from './report-schema';

/** Which tick answer a stored option value stands for, by the model's `tickValues`. */
export function tickAnswer(raw: unknown, model: Pick<ScanModel, 'mysteryGuest'>): TickAnswer | null {
  const v = model.mysteryGuest.tickValues;
  const value = typeof raw === 'string' || typeof raw === 'number' ? String(raw) : undefined;
  if (value === v.yes) return 'yes';
  if (value === v.partly) return 'partly';
  if (value === v.no) return 'no';
  if (value === v.notObserved) return 'not-observed';
  return null;
}
