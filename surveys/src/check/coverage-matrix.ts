import {
  type CriterionId,
  CriterionIdSchema,
  type InstrumentFile,
  type ScanModel,
  type TickTier,
} from '@driehoek/shared';
import type { Problem } from './problem';

const TIERS: ReadonlyArray<TickTier> = [1, 2, 3];

/** One criterion of the coverage matrix: scored items per questionnaire perspective, mystery-guest ticks per tier. */
export type CoverageRow = {
  criterion: CriterionId;
  parents: number;
  professionals: number;
  children: number;
  /** The model says children cannot observe this criterion (`childrenCannotObserve`). */
  childrenCannotObserve: boolean;
  /** Ticks of the latest mystery-guest forms at each tier. */
  mysteryGuest: Record<TickTier, number>;
  /** The tiers the model says the forms observe (`mysteryGuestTiers`); undefined when it does not say. */
  modelTiers: TickTier[] | undefined;
  /** The model explains in `mysteryGuestNote` why a tier (or the criterion) cannot be observed. */
  mysteryGuestNote: boolean;
};

/** The coverage matrix of the latest version of every instrument against a scan model: criterion × perspective. */
export function coverageMatrix(latest: ReadonlyArray<InstrumentFile>, model: ScanModel): CoverageRow[] {
  const scored = (perspective: InstrumentFile['perspective'], criterion: CriterionId) =>
    latest
      .filter((f) => f.perspective === perspective)
      .flatMap((f) => Object.values(f.items))
      .filter((m) => m.kind === 'scored' && m.criterion === criterion);
  return CriterionIdSchema.options.map((criterion) => {
    const c = model.criteria.find((x) => x.id === criterion);
    const ticks = scored('mystery-guest', criterion);
    return {
      criterion,
      parents: scored('parents', criterion).length,
      professionals: scored('professionals', criterion).length,
      children: scored('children', criterion).length,
      childrenCannotObserve: c?.childrenCannotObserve !== undefined,
      mysteryGuest: { 1: 0, 2: 0, 3: 0, ...countBy(ticks.map((t) => t.tier)) },
      modelTiers: c?.mysteryGuestTiers ? [...c.mysteryGuestTiers].sort() : undefined,
      mysteryGuestNote: c?.mysteryGuestNote !== undefined,
    };
  });
}

function countBy(tiers: ReadonlyArray<TickTier | undefined>): Partial<Record<TickTier, number>> {
  const out: Partial<Record<TickTier, number>> = {};
  for (const t of tiers) if (t !== undefined) out[t] = (out[t] ?? 0) + 1;
  return out;
}

const observedTiers = (row: CoverageRow) => TIERS.filter((t) => row.mysteryGuest[t] > 0);

/**
 * What the model's `coverage.requiredPerspectives` asks of the matrix: parents and professionals measure every
 * criterion; children every criterion the model does not mark `childrenCannotObserve` (and none it does); the
 * mystery guest, where it has weight, has ticks at exactly the tiers the criterion's `mysteryGuestTiers` lists,
 * and a criterion it cannot observe at every tier says why in `mysteryGuestNote`. A model without
 * `requiredPerspectives` (v1) asks none of this.
 */
export function coverageMatrixProblems(rows: ReadonlyArray<CoverageRow>, model: ScanModel): Problem[] {
  const required = model.coverage.requiredPerspectives ?? [];
  const problems: Problem[] = [];
  const add = (criterion: CriterionId, message: string) => problems.push({ file: 'coverage', at: criterion, message });
  for (const row of rows) {
    for (const perspective of required) {
      if (perspective === 'parents' || perspective === 'professionals') {
        if (row[perspective] === 0) add(row.criterion, `no scored ${perspective} item measures ${row.criterion}`);
      } else if (perspective === 'children') {
        if (row.children === 0 && !row.childrenCannotObserve)
          add(
            row.criterion,
            `no scored children's item measures ${row.criterion}; measure it, or say in the model's childrenCannotObserve why children cannot`,
          );
        if (row.children > 0 && row.childrenCannotObserve)
          add(
            row.criterion,
            `children measure ${row.criterion} with ${row.children} item(s), but the model says they cannot observe it`,
          );
      } else if (model.weights.byPerspective['mystery-guest'] > 0) {
        const observed = observedTiers(row);
        if (!row.modelTiers) {
          add(
            row.criterion,
            `the model lists no mysteryGuestTiers for ${row.criterion} (the forms observe ${observed.join(', ') || 'nothing'})`,
          );
          continue;
        }
        for (const tier of row.modelTiers)
          if (!observed.includes(tier))
            add(
              row.criterion,
              `the model lists tier ${tier}, but the mystery-guest forms have no tick at tier ${tier}`,
            );
        for (const tier of observed)
          if (!row.modelTiers.includes(tier))
            add(
              row.criterion,
              `the forms have ticks at tier ${tier}, which the model's mysteryGuestTiers does not list`,
            );
        if (row.modelTiers.length < TIERS.length && !row.mysteryGuestNote)
          add(
            row.criterion,
            `the guest observes ${row.criterion} only at tier(s) ${row.modelTiers.join(', ') || 'none'}; the model needs a mysteryGuestNote saying why`,
          );
      }
    }
  }
  return problems;
}

/** The matrix as a plain-text table, for the surveys check's output and the codebook. */
export function formatCoverageMatrix(rows: ReadonlyArray<CoverageRow>): string {
  const header = ['criterion', 'parents', 'professionals', 'children', 'mystery guest T1/T2/T3', 'model tiers'];
  const body = rows.map((r) => [
    r.criterion,
    String(r.parents),
    String(r.professionals),
    r.childrenCannotObserve ? `${r.children} (cannot observe)` : String(r.children),
    TIERS.map((t) => r.mysteryGuest[t]).join('/'),
    `${r.modelTiers?.join(',') ?? '—'}${r.mysteryGuestNote ? ' (note)' : ''}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]?.length ?? 0)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}
