import { setQuery } from '../router/navigation';

export type PagerProps = { page: number; pageSize: number; total: number; noun: string };

/** "Pagina 2 van 7" with previous and next; the page number lives in the URL. */
export function Pager({ page, pageSize, total, noun }: PagerProps) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const go = (to: number) => setQuery({ pagina: to === 1 ? undefined : to });
  return (
    <nav className="pager" aria-label={`Pagina's ${noun}`}>
      <button type="button" className="button button--small" disabled={page <= 1} onClick={() => go(page - 1)}>
        Vorige
      </button>
      <span>
        Pagina {Math.min(page, pages)} van {pages}{' '}
        <span className="muted">
          ({total} {noun})
        </span>
      </span>
      <button type="button" className="button button--small" disabled={page >= pages} onClick={() => go(page + 1)}>
        Volgende
      </button>
    </nav>
  );
}
