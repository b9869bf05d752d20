import { formatDateTime } from '../../lib/dates';

export type Publication = { version: number; publishedAt: string; publishedBy: string | null };

/** "versie 2, 3 feb 2027 14:05, door Ria Onderzoeker": one way to name a publication on every screen. */
export function publicationText(p: Publication): string {
  return `versie ${p.version}, ${formatDateTime(p.publishedAt)}${p.publishedBy ? `, door ${p.publishedBy}` : ''}`;
}
