import { api, capitalised, ROUND_STATUS_NL, RoundStatusSchema } from '@driehoek/shared';
import { useId } from 'react';
import { call } from '../../api/client';
import { setQuery } from '../router/navigation';
import { useLoad } from '../shell/use-load';
import { ListControls } from '../ui/list-controls';
import { listParams } from '../ui/list-query';
import { LoadState } from '../ui/load-state';
import { PageHeading } from '../ui/page-heading';
import { Pager } from '../ui/pager';
import { RoundsTable } from './rounds-table';

/**
 * Every round the user may see, optionally of one status (`?status=open`); searched by location, IKC, organisation
 * or round name and paged on the server. New rounds start from a location.
 */
export function RoundsPage({ search }: { search: URLSearchParams }) {
  const status = RoundStatusSchema.safeParse(search.get('status')).data;
  const { q, page, pageSize } = listParams(search);
  const loaded = useLoad(() => call(api.rounds.list, { query: { q, page, pageSize, status } }), [q, page, status]);
  const statusId = useId();
  const caption = [status ? `Rondes: ${capitalised(ROUND_STATUS_NL[status])}` : 'Alle rondes', q && `met “${q}”`]
    .filter(Boolean)
    .join(' ');
  return (
    <>
      <PageHeading title="Rondes">Rondes</PageHeading>
      <p className="muted">Een nieuwe ronde maakt u aan op de pagina van de locatie.</p>
      <ListControls key={q} noun="rondes" q={q} />
      <div className="field field--inline">
        <label htmlFor={statusId}>Status</label>
        <select
          id={statusId}
          value={status ?? ''}
          onChange={(e) => setQuery({ status: e.target.value, pagina: undefined })}
        >
          <option value="">Alle</option>
          {RoundStatusSchema.options.map((s) => (
            <option key={s} value={s}>
              {capitalised(ROUND_STATUS_NL[s])}
            </option>
          ))}
        </select>
      </div>
      <LoadState loaded={loaded}>
        {(list) => (
          <>
            {list.items.length === 0 ? (
              <p>Geen rondes gevonden.</p>
            ) : (
              <RoundsTable rounds={list.items} caption={caption} />
            )}
            <Pager page={list.page} pageSize={list.pageSize} total={list.total} noun="rondes" />
          </>
        )}
      </LoadState>
    </>
  );
}
