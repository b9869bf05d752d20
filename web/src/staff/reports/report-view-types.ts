import type { ReportView } from '@driehoek/shared';

export type DraftView = Extract<ReportView, { state: 'draft' }>;
export type PublishedView = Extract<ReportView, { state: 'published' }>;
export type UnpublishedView = Extract<ReportView, { state: 'unpublished' }>;

/** "2.0", or "geen gegevens" when no perspective has figures. */
export const levelText = (level: number | null) => (level === null ? 'geen gegevens' : `${level}.0`);

/** "C5 Gelijkwaardige gesprekken", or the id alone for a criterion the names do not list. */
export const criterionTitle = (names: ReadonlyArray<{ id: string; name: string }>, id: string): string => {
  const name = names.find((n) => n.id === id)?.name;
  return name ? `${id} ${name}` : id;
};
