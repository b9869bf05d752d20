import { type FormEvent, useId, useState } from 'react';
import { setQuery } from '../router/navigation';

export type ListControlsProps = {
  /** What is searched, e.g. "locaties". */
  noun: string;
  q: string;
  /** The archived filter; lists without archiving (rounds) leave it out. */
  archived?: string;
};

/** Search and the archived filter of a paged list; both live in the URL, so a reload or a shared link keeps them. */
export function ListControls({ noun, q, archived }: ListControlsProps) {
  const [text, setText] = useState(q);
  const searchId = useId();
  const archivedId = useId();
  const search = (event: FormEvent) => {
    event.preventDefault();
    setQuery({ q: text.trim(), pagina: undefined });
  };
  return (
    <div className="list-controls">
      {/* biome-ignore lint/a11y/useSemanticElements: <search> is unknown to tablets' older Safari. */}
      <form role="search" onSubmit={search} className="list-controls__search">
        <label htmlFor={searchId}>Zoek {noun}</label>
        <div className="inline">
          <input id={searchId} type="search" value={text} onChange={(e) => setText(e.target.value)} />
          <button type="submit" className="button button--small">
            Zoeken
          </button>
        </div>
      </form>
      {archived !== undefined && (
        <div className="field">
          <label htmlFor={archivedId}>Tonen</label>
          <select
            id={archivedId}
            value={archived}
            onChange={(e) =>
              setQuery({ archief: e.target.value === 'exclude' ? undefined : e.target.value, pagina: undefined })
            }
          >
            <option value="exclude">Actief</option>
            <option value="only">Gearchiveerd</option>
            <option value="include">Alles</option>
          </select>
        </div>
      )}
    </div>
  );
}
