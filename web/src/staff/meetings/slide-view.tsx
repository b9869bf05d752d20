import { type DeckBlock, PERSPECTIVE_NL, type Slide, type TriangleRow } from '@driehoek/shared';

/** The triangle in words: what a screen reader reads instead of the picture. */
function triangleWords(row: TriangleRow): string {
  const marks = row.marks.map((m) => `${PERSPECTIVE_NL[m.perspective]} ${m.level}.0`).join(', ');
  return `${row.criterion} ${row.name}: niveau ${row.level === null ? 'geen' : `${row.level}.0`}${marks ? ` (${marks})` : ''}`;
}

function Block({ block, triangleSvg }: { block: DeckBlock; triangleSvg: string }) {
  switch (block.type) {
    case 'text':
      return <p className="slide__text">{block.text}</p>;
    case 'warning':
      return (
        <p className="slide__warning" role="note">
          {block.text}
        </p>
      );
    case 'points':
      return (
        <ul className="slide__points">
          {block.points.map((p) => (
            <li key={`${p.title ?? ''}${p.text}`}>
              {p.title && <strong>{p.title}: </strong>}
              {p.text}
            </li>
          ))}
        </ul>
      );
    case 'levels':
      return (
        <div className="slide__levels">
          {block.levels.map((l) => (
            <div key={l.level} className={`slide__level plan-level--${l.level}`}>
              <strong>
                {l.level}.0 {l.name}
              </strong>
              <span>{l.text}</span>
            </div>
          ))}
        </div>
      );
    case 'triangle':
      // The server drew the picture (the same one the PDF prints); an <img> keeps its SVG from running anything.
      return (
        <figure className="slide__figure">
          <img
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(triangleSvg)}`}
            alt="De driehoek: per criterium waar ouders, medewerkers, kinderen en de mystery guest staan; de tekst volgt hieronder."
          />
          <ul className="visually-hidden">
            {block.rows.map((r) => (
              <li key={r.criterion}>{triangleWords(r)}</li>
            ))}
          </ul>
        </figure>
      );
    case 'forms':
      return (
        <table className="slide__table">
          <thead>
            <tr>
              <th scope="col">Basisvorm</th>
              <th scope="col">Wat medewerkers zeggen</th>
              <th scope="col">Hoe ouders het ervaren</th>
            </tr>
          </thead>
          <tbody>
            {block.rows.map((r) => (
              <tr key={r.form}>
                <th scope="row">{r.name}</th>
                <td>{r.professionals}</td>
                <td>{r.parents}</td>
              </tr>
            ))}
          </tbody>
        </table>
      );
  }
}

/** One slide as the team sees it: its title as a heading and its blocks. */
export function SlideView({ slide, triangleSvg }: { slide: Slide; triangleSvg: string }) {
  return (
    <>
      <h2 className="slide__title">{slide.title}</h2>
      {slide.blocks.map((b, i) => (
        // Blocks have no identity of their own; their order on a slide never changes.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above.
        <Block key={i} block={b} triangleSvg={triangleSvg} />
      ))}
    </>
  );
}
