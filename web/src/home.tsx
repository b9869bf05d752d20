export function Home() {
  return (
    <main id="main" className="page">
      <h1>Driehoek</h1>
      <p className="lead">
        Driehoek is het platform voor de IKC-scan op ouderbetrokkenheid: hoe werken ouders, kinderen en het integraal
        kindcentrum samen, en hoe kan dat beter?
      </p>
      <p>
        Ouders, medewerkers en kinderen vullen een korte, anonieme vragenlijst in. Het kindcentrum krijgt per locatie
        een rapport en maakt daarmee een plan van aanpak.
      </p>
      <h2>Een vragenlijst invullen?</h2>
      <p>Gebruik de link uit de uitnodiging van uw kindcentrum. Die brengt u direct naar de juiste vragenlijst.</p>
      <h2>Medewerker of onderzoeker?</h2>
      <p>
        <a href="/app">Inloggen bij Driehoek</a>
      </p>
    </main>
  );
}

export function NotFound() {
  return (
    <main id="main" className="page">
      <h1>Pagina niet gevonden</h1>
      <p className="lead">
        Deze pagina bestaat niet. Kwam u via een uitnodiging? Controleer dan of de hele link is overgenomen.
      </p>
      <p>
        <a href="/">Naar de startpagina</a>
      </p>
    </main>
  );
}
