import type { IkcReportView } from '@driehoek/shared';

export type IkcDraftView = Extract<IkcReportView, { state: 'draft' }>;
export type IkcPublishedView = Extract<IkcReportView, { state: 'published' }>;
/** The report part both the draft and the publication show. */
export type IkcReportContent = IkcDraftView | IkcPublishedView;

/** "C5 Gelijkwaardige gesprekken": a row heading names the criterion in full, not by its code alone. */
export const criterionOf = (report: IkcReportContent, id: string): string => {
  const name = report.criterionNames?.find((n) => n.id === id)?.name;
  return name ? `${id} ${name}` : id;
};

/** "2.0", or "geen gegevens" when no perspective has figures. */
export const levelText = (level: number | null) => (level === null ? 'geen gegevens' : `${level}.0`);
