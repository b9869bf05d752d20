import type { IkcReportView } from '@driehoek/shared';

export type IkcDraftView = Extract<IkcReportView, { state: 'draft' }>;
export type IkcPublishedView = Extract<IkcReportView, { state: 'published' }>;
/** The report part both the draft and the publication show. */
export type IkcReportContent = IkcDraftView | IkcPublishedView;

/** "2.0", or "geen gegevens" when no perspective has figures. */
export const levelText = (level: number | null) => (level === null ? 'geen gegevens' : `${level}.0`);
