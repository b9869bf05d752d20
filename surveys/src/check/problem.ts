/** One thing wrong with the questionnaire files, naming the file, where in it, and what. */
export type Problem = { file: string; at?: string; message: string };

export const formatProblem = (p: Problem): string => `${p.file}${p.at ? ` › ${p.at}` : ''}: ${p.message}`;

/** A JSON file under surveys/ as read from disk (or from a test's deliberately broken copy). */
export type SourceFile = { path: string; json: unknown };
