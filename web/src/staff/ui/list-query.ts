export const PAGE_SIZE = 25;

const archivedValues = ['include', 'exclude', 'only'] as const;

export type ListParams = { q: string; page: number; pageSize: number; archived: (typeof archivedValues)[number] };

/** The list state in the URL (`?q=noord&pagina=2&archief=only`) as the API's query. */
export function listParams(search: URLSearchParams): ListParams {
  const page = Number.parseInt(search.get('pagina') ?? '1', 10);
  const archived = archivedValues.find((a) => a === search.get('archief')) ?? 'exclude';
  return {
    q: search.get('q') ?? '',
    page: Number.isFinite(page) && page > 0 ? page : 1,
    pageSize: PAGE_SIZE,
    archived,
  };
}
