import type { TenMinuteFact } from '../contracts/plans';
import type { ScanModel } from '../model/scan-model';

/**
 * What the professionals answered about the old ten-minute rounds, as shares of those who answered (all / some
 * rounds kept, none because replaced, no start conversations yet; "weet ik niet" and unanswered left out). Null
 * below the model's minimum group size: the same privacy rule as every figure of the report.
 */
export function tenMinuteFact(
  counts: ReadonlyMap<string, number>,
  model: Pick<ScanModel, 'privacy'>,
): TenMinuteFact | null {
  const n = (value: string) => counts.get(value) ?? 0;
  const answered = n('all') + n('some') + n('none') + n('no-start');
  if (answered < model.privacy.minGroupSize) return null;
  return {
    answered,
    kept: (n('all') + n('some')) / answered,
    replaced: n('none') / answered,
    noStartConversations: n('no-start') / answered,
  };
}
