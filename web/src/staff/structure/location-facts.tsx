import type { Location } from '@driehoek/shared';

const kindOf = (loc: Location) =>
  loc.hasSchool && loc.hasChildcare ? 'School en kinderopvang' : loc.hasSchool ? 'School' : 'Kinderopvang';
const count = (n: number | null) => (n === null ? 'niet ingevuld' : String(n));

/** A location's details for those who may read but not change them (IKC team, municipality). */
export function LocationFacts({ location }: { location: Location }) {
  return (
    <>
      <h2>Gegevens</h2>
      <dl className="facts">
        <dt>Soort</dt>
        <dd>{kindOf(location)}</dd>
        <dt>Adres</dt>
        <dd>{location.address ?? 'niet ingevuld'}</dd>
        <dt>Gezinnen</dt>
        <dd>{count(location.families)}</dd>
        <dt>Leerlingen van ongeveer 8–12 jaar</dt>
        <dd>{count(location.pupils812)}</dd>
        <dt>Medewerkers</dt>
        <dd>{count(location.professionals)}</dd>
        {location.archived && (
          <>
            <dt>Status</dt>
            <dd>Gearchiveerd</dd>
          </>
        )}
      </dl>
      <p className="hint">
        De aantallen zijn de noemers van het responspercentage. Klopt er iets niet? De onderzoeker past het aan.
      </p>
    </>
  );
}
