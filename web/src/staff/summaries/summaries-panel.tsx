import { api, LOCALE_NL, type Round, type SummaryStatus } from '@driehoek/shared';
import { useState } from 'react';
import { call, href } from '../../api/client';
import { useLoad } from '../shell/use-load';
import { ConfirmButton } from '../ui/confirm-button';
import { CopyButton } from '../ui/copy-button';
import { ErrorSummary } from '../ui/error-summary';
import { useFormSubmit } from '../ui/form-errors';
import { LoadState } from '../ui/load-state';

const CHILDREN_SAY: Record<Extract<SummaryStatus, { state: 'published' }>['children'], string> = {
  shown: 'Met wat de kinderen zeiden, in plaatjes en korte zinnen.',
  'too-few': 'Er waren te weinig antwoorden van kinderen: de samenvatting zegt dat, zonder uitkomsten van kinderen.',
  none: 'Deze ronde had geen vragenlijst voor kinderen: de samenvatting zegt alleen wat het kindcentrum gaat doen.',
};

const WORK_ON_SAY: Record<Extract<SummaryStatus, { state: 'published' }>['workOn'], string> = {
  plan: 'Waar het kindcentrum aan gaat werken: de doelen uit het plan van aanpak.',
  report: 'Waar het kindcentrum aan gaat werken: de verbeterpunten uit het rapport (er is nog geen plan met doelen).',
  none: 'Waar het kindcentrum aan gaat werken: nog niets (geen plan en geen verbeterpunten).',
};

/**
 * The summaries of a published report: for parents in six languages (a page at a public link, a letter with its QR
 * code) and for children (a class poster). Researchers make, renew or withdraw the public link.
 */
export function SummariesPanel({ round }: { round: Round }) {
  const params = { roundId: round.id };
  const loaded = useLoad(() => call(api.summaries.get, { params }), [round.id]);
  const pdf = useLoad(
    () =>
      call(api.reports.pdfAvailable, { params }).then(
        (r) => r.available,
        () => false,
      ),
    [round.id],
  );
  const { errors, submit } = useFormSubmit();
  const [done, setDone] = useState('');
  const act = async (change: () => Promise<SummaryStatus>, message: string) => {
    const next = await submit(change);
    if (!next) return;
    loaded.setData(next);
    setDone(message);
  };

  return (
    <LoadState loaded={loaded}>
      {(status) =>
        status.state === 'unpublished' ? (
          <p>
            Samenvattingen voor ouders en kinderen komen uit het gepubliceerde rapport. Zodra de onderzoeker het rapport
            publiceert, staan ze hier.
          </p>
        ) : (
          <>
            <h2>Samenvatting voor ouders</h2>
            <p>
              Eén pagina in gewone woorden, in zes talen, uit publicatie {status.publication.version}. Zonder cijfers
              van groepen die te klein zijn en zonder open antwoorden. {WORK_ON_SAY[status.workOn]}
            </p>
            <ErrorSummary errors={errors} />
            {done && (
              <p role="status" className="notice">
                {done}
              </p>
            )}
            {status.link ? (
              <section className="card link-card" aria-labelledby="summary-link">
                <h3 id="summary-link">Openbare link</h3>
                <img
                  src={href(api.summaries.qrSvg, { params })}
                  alt="QR-code van de samenvatting"
                  width={160}
                  height={160}
                />
                <p className="link-cell">
                  <a href={status.link.url} target="_blank" rel="noreferrer">
                    {status.link.url}
                  </a>
                </p>
                <CopyButton text={status.link.url} label="Link kopiëren" />
                <p className="muted">
                  Gemaakt op {status.link.createdAt.replace('T', ' om ')}
                  {status.link.createdBy ? ` door ${status.link.createdBy}` : ''}. Ouders zien de taal van hun telefoon
                  en kunnen een andere kiezen. De link toont altijd de publicatie die geldt.
                </p>
                <ul className="link-list">
                  <li>
                    <a href={href(api.summaries.qrPng, { params })} download>
                      QR-code als PNG
                    </a>
                  </li>
                </ul>
                {status.canManageLink && (
                  <div className="actions">
                    <ConfirmButton
                      label="Nieuwe link maken"
                      question="De oude link en QR-code werken daarna niet meer, ook niet op uitgedeelde brieven. Doorgaan?"
                      confirmLabel="Ja, nieuwe link"
                      onConfirm={() =>
                        act(
                          () => call(api.summaries.renewLink, { params }),
                          'Er is een nieuwe link. De oude werkt niet meer: druk de brieven opnieuw af.',
                        )
                      }
                    />
                    <ConfirmButton
                      label="Link intrekken"
                      question="Niemand kan de samenvatting daarna nog via een link of QR-code openen. Doorgaan?"
                      confirmLabel="Ja, intrekken"
                      danger
                      onConfirm={() =>
                        act(() => call(api.summaries.withdrawLink, { params }), 'De link is ingetrokken.')
                      }
                    />
                  </div>
                )}
              </section>
            ) : (
              <section className="card" aria-labelledby="summary-link">
                <h3 id="summary-link">Openbare link</h3>
                <p>Er is geen openbare link: de samenvatting is alleen hier te zien.</p>
                {status.canManageLink ? (
                  <button
                    type="button"
                    className="button button--primary"
                    onClick={() => act(() => call(api.summaries.renewLink, { params }), 'De link is gemaakt.')}
                  >
                    Link maken
                  </button>
                ) : (
                  <p className="muted">De onderzoeker maakt de link.</p>
                )}
              </section>
            )}
            <table className="table">
              <caption className="visually-hidden">De samenvatting voor ouders per taal</caption>
              <thead>
                <tr>
                  <th scope="col">Taal</th>
                  <th scope="col">Bekijken</th>
                  {pdf.data === true && <th scope="col">Brief (PDF, A4)</th>}
                </tr>
              </thead>
              <tbody>
                {status.locales.map((locale) => {
                  const where = { params: { ...params, locale } };
                  return (
                    <tr key={locale}>
                      <th scope="row">{LOCALE_NL[locale]}</th>
                      <td>
                        <a href={href(api.summaries.parentsHtml, where)} target="_blank" rel="noreferrer">
                          Bekijken <span className="visually-hidden">in het {LOCALE_NL[locale]} (nieuw tabblad)</span>
                        </a>
                      </td>
                      {pdf.data === true && (
                        <td>
                          <a href={href(api.summaries.parentsPdf, where)} download>
                            Brief downloaden <span className="visually-hidden">in het {LOCALE_NL[locale]}</span>
                          </a>
                        </td>
                      )}
                    </tr>
                  );
                })}
              </tbody>
            </table>

            <h2>Samenvatting voor kinderen</h2>
            <p>
              Voor groep 5 tot en met 8, in het Nederlands: plaatjes, korte zinnen en een knop die voorleest.{' '}
              {CHILDREN_SAY[status.children]}
            </p>
            <div className="actions">
              <a
                className="button"
                href={href(api.summaries.childrenHtml, { params })}
                target="_blank"
                rel="noreferrer"
              >
                Bekijken <span className="visually-hidden">(nieuw tabblad)</span>
              </a>
              {pdf.data === true && (
                <a className="button" href={href(api.summaries.childrenPdf, { params })} download>
                  Klassenposter downloaden (PDF, A3)
                </a>
              )}
            </div>
            {status.link && (
              <p className="muted">
                Op het digibord zonder inloggen: <a href={status.link.childrenUrl}>{status.link.childrenUrl}</a>
              </p>
            )}
            {pdf.state === 'ready' && pdf.data === false && (
              <p className="hint">
                Een PDF maakt de server hier niet. Open een samenvatting en kies Afdrukken → Opslaan als PDF.
              </p>
            )}
          </>
        )
      }
    </LoadState>
  );
}
