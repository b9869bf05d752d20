/** Plain Dutch on what the measures against filling in many times can and cannot stop. */
export function StuffingHelp() {
  return (
    <section aria-labelledby="stuffing-heading" className="card">
      <h3 id="stuffing-heading">Wat houdt dubbel invullen tegen?</h3>
      <ul className="points">
        <li>
          <strong>Eén keer per apparaat.</strong> De browser onthoudt dat de vragenlijst via deze link is ingevuld. Een
          ouder die dat geheugen wist of een ander apparaat pakt, kan wel opnieuw invullen.
        </li>
        <li>
          <strong>Een grens per link.</strong> Komen er in korte tijd erg veel nieuwe antwoorden via één link binnen,
          dan remt de server af.
        </li>
        <li>
          <strong>Signalen voor u.</strong> Ziet de server een piek, of meer antwoorden dan de locatie mensen telt, dan
          staat hierboven een waarschuwing. Het systeem verwijdert zelf niets: u beoordeelt of het klopt.
        </li>
        <li>
          <strong>Sterker: eenmalige codes.</strong> Met een persoonlijke code per respondent kan ieder maar één keer
          invullen. Dat kost meer werk bij het verspreiden; kies het bij een ronde waar veel van afhangt.
        </li>
      </ul>
      <p className="hint">
        Een open link is nooit helemaal dicht te zetten zonder ouders te laten inloggen. Wij vragen geen namen en slaan
        geen IP-adressen op bij de antwoorden.
      </p>
    </section>
  );
}
