/**
 * Cleanup steps for a test file, undone newest first. Every step runs even when an earlier one fails, so a failed
 * step cannot leave a PostgreSQL cluster or a server process behind; the failures are thrown together at the end.
 */
export function cleanupSteps() {
  const steps: (() => Promise<unknown>)[] = [];
  return {
    add(step: () => Promise<unknown>) {
      steps.push(step);
    },
    async run() {
      const errors: unknown[] = [];
      for (const step of steps.splice(0).reverse()) {
        try {
          await step();
        } catch (err) {
          errors.push(err);
        }
      }
      if (errors.length === 1) throw errors[0];
      if (errors.length > 1) throw new AggregateError(errors, `${errors.length} cleanup steps failed`);
    },
  };
}
