import { RoundStatusSchema } from '@driehoek/shared';
import { useId } from 'react';
import { roundStatusNames } from '../labels';
import { setQuery } from '../router/navigation';
import { LoadState } from '../ui/load-state';
import { PageHeading } from '../ui/page-heading';
import { useLoad } from '../use-load';
import { RoundsTable } from './rounds-table';

/** Every round the user may see, optionally of one status (`?status=open`). New rounds start from a location. */
export function RoundsPage({ search }: { search: URLSearchParams }) {
  const status = RoundStatusSchema.safeParse(search.get('status')).data;
  const loaded = useLoad((api) => api.rounds({ status }), [status]);
  const statusId = useId();
  return (
    <>
      <PageHeading title="Rondes">Rondes</PageHeading>
      <p className="muted">Een nieuwe ronde maakt u aan op de pagina van de locatie.</p>
      <div className="field field--inline">
        <label htmlFor={statusId}>Status</label>
        <select id={statusId} value={status ?? ''} onChange={(e) => setQuery({ status: e.target.value })}>
          <option value="">Alle</option>
          {RoundStatusSchema.options.map((s) => (
            <option key={s} value={s}>
              {roundStatusNames[s]}
            </option>
          ))}
        </select>
      </div>
      <LoadState loaded={loaded}>
        {(list) =>
          list.items.length === 0 ? (
            <p>Geen rondes gevonden.</p>
          ) : (
            <RoundsTable rounds={list.items} caption={status ? `Rondes: ${roundStatusNames[status]}` : 'Alle rondes'} />
          )
        }
      </LoadState>
    </>
  );
}
