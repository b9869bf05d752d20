import type { BasicForm, ItemSummary, TagSummary } from './report-schema';

/**
 * The parents' side of a basic form, from a suppressed report: the parents' items tagged `form:<form>` with their
 * mean where it is shown, and the parents' figure for the tag. Hidden figures stay null.
 */
export function basicFormExperience(
  form: string,
  items: ReadonlyArray<ItemSummary>,
  tags: ReadonlyArray<TagSummary>,
): BasicForm['parents'] {
  const tag = `form:${form}`;
  const figure = tags.find((t) => t.tag === tag)?.perspectives.find((p) => p.perspective === 'parents');
  return {
    mean: figure && !figure.suppressed ? figure.mean : null,
    items: items.flatMap((i) =>
      i.perspective === 'parents' && i.tags.includes(tag)
        ? [{ item: i.item, concept: i.concept, criterion: i.criterion, mean: i.suppressed ? null : i.mean }]
        : [],
    ),
  };
}
