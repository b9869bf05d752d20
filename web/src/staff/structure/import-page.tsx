import { api, IMPORT_TEMPLATE_HEADERS, type ImportPreview, type ImportRow, type Organisation } from '@driehoek/shared';
import { type ChangeEvent, useId, useState } from 'react';
import { call } from '../../api/client';
import { AppLink } from '../router/app-link';
import { paths } from '../router/staff-route';
import { useLoad } from '../shell/use-load';
import { ErrorSummary } from '../ui/error-summary';
import { useFormSubmit } from '../ui/form-errors';
import { LoadState } from '../ui/load-state';
import { PageHeading } from '../ui/page-heading';

/** The server takes 5 MB of base64: a file of about 3.7 MB. */
const MAX_FILE_BYTES = 3_700_000;

const TEMPLATE = [
  IMPORT_TEMPLATE_HEADERS.join(';'),
  ';IKC De Zon;Hoofdgebouw;Zonnelaan 1, Leeuwarden;ja;ja;120;60;18',
  ';IKC De Zon;Peuterhuis;Zonnelaan 3, Leeuwarden;nee;ja;35;;6',
].join('\r\n');
// A BOM so Excel opens the accents as UTF-8; a semicolon as Dutch Excel expects.
const templateHref = `data:text/csv;charset=utf-8,${encodeURIComponent(`\ufeff${TEMPLATE}\r\n`)}`;

/** The file's bytes as base64, in slices (a spread of megabytes would overflow the call stack). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const STATUS_NL: Record<ImportRow['status'], string> = {
  new: 'Nieuw',
  update: 'Bijwerken',
  unchanged: 'Ongewijzigd',
  error: 'Fout',
};

/** `/app/organisaties/<id>/import`: IKCs and locations from a CSV or Excel file, first a preview, then the import. */
export function ImportPage({ organisationId }: { organisationId: string }) {
  const loaded = useLoad(() => call(api.structure.organisation, { params: { id: organisationId } }), [organisationId]);
  return (
    <LoadState loaded={loaded}>
      {(org: Organisation) => (
        <>
          <p className="breadcrumb">
            <AppLink to={paths.organisations()}>Organisaties</AppLink> ›{' '}
            <AppLink to={paths.organisation(org.id)}>{org.name}</AppLink>
          </p>
          <PageHeading title={`IKC's en locaties importeren — ${org.name}`}>
            IKC&apos;s en locaties importeren <span className="heading-sub">{org.name}</span>
          </PageHeading>
          <ImportForm organisation={org} />
        </>
      )}
    </LoadState>
  );
}

function ImportForm({ organisation }: { organisation: Organisation }) {
  const inputId = useId();
  const [file, setFile] = useState<{ fileName: string; content: string } | undefined>(undefined);
  const [preview, setPreview] = useState<ImportPreview | undefined>(undefined);
  const { errors, setErrors, busy, submit } = useFormSubmit();

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    setPreview(undefined);
    setFile(undefined);
    if (!chosen) return;
    if (chosen.size > MAX_FILE_BYTES) {
      setErrors({ file: 'Het bestand is groter dan ongeveer 3,7 MB. Splits het in kleinere bestanden.' });
      return;
    }
    const next = {
      fileName: chosen.name,
      content: toBase64(new Uint8Array(await chosen.arrayBuffer())),
    };
    // Emptied, so choosing the corrected file under the same name reads it again.
    event.target.value = '';
    setFile(next);
    const answer = await submit(() =>
      call(api.structure.previewImport, { body: { organisationId: organisation.id, ...next } }),
    );
    if (answer) setPreview(answer);
  };

  const commit = async () => {
    if (!file) return;
    const answer = await submit(() =>
      call(api.structure.commitImport, { body: { organisationId: organisation.id, ...file } }),
    );
    if (answer) setPreview(answer);
  };

  const bad = preview?.rows.filter((r) => r.status === 'error') ?? [];
  const work = preview ? preview.summary.new + preview.summary.update : 0;
  const ready = preview && !preview.stored && preview.problems.length === 0 && bad.length === 0 && work > 0;

  return (
    <>
      <p>
        Kies een CSV- of Excel-bestand (.xlsx, het eerste werkblad) met één rij per locatie. U ziet eerst per rij wat er
        gebeurt; pas na <strong>Importeren</strong> wordt iets opgeslagen, alles of niets. Importeert u later hetzelfde
        bestand opnieuw, dan worden bestaande locaties bijgewerkt en niet verdubbeld.
      </p>
      <details>
        <summary>Welke kolommen?</summary>
        <ul>
          <li>
            <strong>ikc</strong> en <strong>locatie</strong> (verplicht): een IKC is hetzelfde als het in de organisatie
            dezelfde naam heeft, een locatie als ze in het IKC dezelfde naam heeft, ongeacht hoofdletters en spaties.
            Een import hernoemt niets.
          </li>
          <li>
            <strong>organisatie</strong> (mag ontbreken of leeg zijn): leeg betekent {organisation.name}; een andere
            organisatie moet al bestaan en binnen uw toegang vallen.
          </li>
          <li>
            <strong>adres</strong>, <strong>school (ja/nee)</strong>, <strong>opvang (ja/nee)</strong>,{' '}
            <strong>gezinnen</strong>, <strong>leerlingen groep 5-8</strong>, <strong>medewerkers</strong>: een lege cel
            laat een bestaande waarde staan. Een nieuwe locatie heeft school, opvang of beide.
          </li>
        </ul>
        <p>
          <a href={templateHref} download="driehoek-locaties.csv">
            Voorbeeldbestand (CSV) downloaden
          </a>
        </p>
      </details>
      <div className={`field${errors.file ? ' field--error' : ''}`}>
        <label htmlFor={inputId}>Bestand</label>
        <input
          id={inputId}
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={choose}
          disabled={busy}
        />
      </div>
      <ErrorSummary errors={errors} />
      {busy && <p role="status">Bezig…</p>}
      {preview && <PreviewResult preview={preview} bad={bad} />}
      {ready && (
        <div className="actions">
          <button type="button" className="button button--primary" onClick={commit} disabled={busy}>
            Importeren ({preview.summary.new} nieuw, {preview.summary.update} bijwerken)
          </button>
        </div>
      )}
      {preview?.stored && (
        <p className="notice" role="status">
          Opgeslagen: {preview.summary.new} nieuwe locatie{preview.summary.new === 1 ? '' : 's'},{' '}
          {preview.summary.update} bijgewerkt, {preview.summary.newIkcs} nieuwe IKC
          {preview.summary.newIkcs === 1 ? '' : "'s"}.{' '}
          <AppLink to={paths.ikcs(organisation.id)}>Naar de IKC&apos;s van {organisation.name}</AppLink>
        </p>
      )}
    </>
  );
}

function PreviewResult({ preview, bad }: { preview: ImportPreview; bad: ImportRow[] }) {
  const { summary } = preview;
  return (
    <section aria-label="Voorbeeld van de import">
      <h2>
        {preview.stored ? 'Geïmporteerd' : 'Voorbeeld'}: {preview.fileName}
      </h2>
      {preview.problems.length > 0 ? (
        <div className="form-error" role="alert">
          <p className="error-summary__title">Dit bestand kan niet worden geïmporteerd:</p>
          <ul>
            {preview.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p role="status">
          {preview.rows.length} rij{preview.rows.length === 1 ? '' : 'en'}: {summary.new} nieuw, {summary.update}{' '}
          bijwerken, {summary.unchanged} ongewijzigd, {summary.error} met fouten; {summary.newIkcs} nieuwe IKC
          {summary.newIkcs === 1 ? '' : "'s"}.
        </p>
      )}
      {bad.length > 0 && (
        <div className="form-error" role="alert">
          <p className="error-summary__title">
            Niets opgeslagen. Verbeter deze rijen in het bestand en kies het opnieuw:
          </p>
          <ul>
            {bad.map((r) =>
              r.errors.map((e) => (
                <li key={`${r.row}-${e.cell ?? e.column}-${e.message}`}>
                  Rij {r.row}
                  {e.cell ? `, cel ${e.cell}` : ''} ({e.column}): {e.message}
                </li>
              )),
            )}
          </ul>
        </div>
      )}
      {preview.ignoredColumns.length > 0 && (
        <p className="muted">Niet gebruikte kolommen: {preview.ignoredColumns.join(', ')}.</p>
      )}
      {preview.rows.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption>Per rij</caption>
            <thead>
              <tr>
                <th scope="col" className="number">
                  Rij
                </th>
                <th scope="col">IKC</th>
                <th scope="col">Locatie</th>
                <th scope="col">Wat er gebeurt</th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((r) => (
                <tr key={r.row}>
                  <td className="number">{r.row}</td>
                  <td>
                    {r.ikc}
                    {r.newIkc && <span className="tag">nieuw IKC</span>}
                  </td>
                  <th scope="row">{r.location}</th>
                  <td>
                    <strong>{STATUS_NL[r.status]}</strong>
                    {r.changes.length > 0 && `: ${r.changes.join('; ')}`}
                    {r.errors.length > 0 && `: ${r.errors.map((e) => `${e.cell ?? e.column} ${e.message}`).join('; ')}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
