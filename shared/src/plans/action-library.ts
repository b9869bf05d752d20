import { z } from 'zod';
import { CriterionIdSchema } from '../instruments/instrument-file';
import type { ScanModel } from '../model/scan-model';

/** The current level an action starts from: there is nothing to propose above 3.0. */
export const StartLevelSchema = z.union([z.literal(1), z.literal(2)]);
export type StartLevel = z.infer<typeof StartLevelSchema>;

/** A tag of the model's `form` vocabulary: one of the basic forms. */
export const BasicFormTagSchema = z
  .string()
  .regex(/^form:[a-z][a-z-]*$/, 'verwacht een tag als form:start-conversation');
export type BasicFormTag = z.infer<typeof BasicFormTagSchema>;

/** One suggested action of the library, keyed by the criterion it starts from and that criterion's current level. */
export const LibraryActionSchema = z.object({
  /** Stable across versions: a plan action remembers the key it was taken from. */
  key: z.string().regex(/^c(10|[1-9])-l[12]-[a-z0-9]+(-[a-z0-9]+)*$/, 'verwacht een sleutel als c5-l1-naam'),
  criterion: CriterionIdSchema,
  level: StartLevelSchema,
  title: z.string().min(1).max(140),
  /** Why it raises involvement, in one or two Dutch sentences. */
  why: z.string().min(1).max(400),
  /** The criteria the action should move, its own first. */
  moves: z.array(CriterionIdSchema).min(1),
  /** The basic form it uses, when it uses one. */
  form: BasicFormTagSchema.nullable(),
});
export type LibraryAction = z.infer<typeof LibraryActionSchema>;

export const ActionLibrarySchema = z.object({
  version: z.number().int().positive(),
  about: z.string(),
  actions: z.array(LibraryActionSchema).min(1),
});
export type ActionLibrary = z.infer<typeof ActionLibrarySchema>;

/** How many actions the library offers per criterion and current level. */
export const ACTIONS_PER_CELL = { min: 2, max: 4 } as const;

/**
 * Problems with a parsed action library against the scan model: duplicate keys, a criterion × level cell with too
 * few or too many actions, a form the model does not know, an action that does not move its own criterion first.
 * Empty means the library may be published.
 */
export function checkActionLibrary(library: ActionLibrary, model: Pick<ScanModel, 'criteria' | 'tags'>): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const a of library.actions) {
    if (seen.has(a.key)) problems.push(`${a.key}: duplicate key`);
    seen.add(a.key);
    const prefix = `c${a.criterion.slice(1)}-l${a.level}-`;
    if (!a.key.startsWith(prefix)) problems.push(`${a.key}: key should start with ${prefix}`);
    if (a.moves[0] !== a.criterion) problems.push(`${a.key}: moves should start with its own criterion ${a.criterion}`);
    if (new Set(a.moves).size !== a.moves.length) problems.push(`${a.key}: a criterion appears twice in moves`);
    if (a.form !== null && !(a.form.slice('form:'.length) in model.tags.form))
      problems.push(`${a.key}: ${a.form} is not in the model's form vocabulary`);
  }
  for (const criterion of model.criteria) {
    for (const level of [1, 2] as const) {
      const count = library.actions.filter((a) => a.criterion === criterion.id && a.level === level).length;
      if (count < ACTIONS_PER_CELL.min || count > ACTIONS_PER_CELL.max)
        problems.push(
          `${criterion.id} level ${level}: ${count} actions; offer ${ACTIONS_PER_CELL.min} to ${ACTIONS_PER_CELL.max}`,
        );
    }
  }
  return problems;
}
