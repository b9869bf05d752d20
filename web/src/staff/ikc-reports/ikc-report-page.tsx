import { api, type IkcReportView } from '@driehoek/shared';
import { call } from '../../api/client';
import { formatDateTime } from '../../lib/dates';
import { AppLink } from '../router/app-link';
import { paths } from '../router/staff-route';
import { useLoad } from '../shell/use-load';
import { LoadState } from '../ui/load-state';
import { PageHeading } from '../ui/page-heading';
import { IkcPublishControls } from './ikc-publish-controls';
import { IkcReportLevels } from './ikc-report-levels';
import { IkcReportLinks } from './ikc-report-links';
import { IkcReportPerspectives } from './ikc-report-perspectives';
import { IkcReportSources } from './ikc-report-sources';
import { IkcReportSplits } from './ikc-report-splits';
import type { IkcReportContent } from './ikc-report-types';
import './ikc-reports.css';

const stamp = (p: { version: number; publishedAt: string; publishedBy: string | null }) =>
  `versie ${p.version}, ${formatDateTime(p.publishedAt)}${p.publishedBy ? `, door ${p.publishedBy}` : ''}`;

function Content({ report }: { report: IkcReportContent }) {
  return (
    <>
      <IkcReportSources report={report} />
      {report.locations.length > 0 && <IkcReportLevels report={report} />}
      <IkcReportPerspectives report={report} />
      <IkcReportSplits report={report} />
    </>
  );
}

function Band({ view }: { view: IkcReportView }) {
  if (view.state === 'published')
    return (
      <div className="ikc-band ikc-band--published">
        <p className="ikc-band__title">Gepubliceerd ({stamp(view.publication)})</p>
        <p>Dit is het rapport van het hele IKC zoals de onderzoeker het heeft gepubliceerd.</p>
      </div>
    );
  if (view.state === 'unpublished') return null;
  return (
    <div className="ikc-band ikc-band--draft">
      <p className="ikc-band__title">Concept — niet gepubliceerd</p>
      <p>
        {view.published
          ? `Gepubliceerd is ${stamp(view.published)}. ${view.published.unchanged ? 'Het concept is gelijk aan de publicatie.' : 'Het concept wijkt af van de publicatie.'}`
          : 'Het IKC-team en de gemeente zien dit rapport pas na publicatie.'}
      </p>
      {view.todo.length > 0 && (
        <ul>
          {view.todo.map((t) => (
            <li key={t.key}>{t.text}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * The report of a whole IKC: the researcher works on the live draft (made only of the locations' publications) and
 * publishes or retracts it; the IKC team and the municipality read the publication in force, or that there is none.
 */
export default function IkcReportPage({ ikcId }: { ikcId: string }) {
  const loaded = useLoad(() => call(api['ikc-reports'].get, { params: { ikcId } }), [ikcId]);
  return (
    <LoadState loaded={loaded}>
      {(view: IkcReportView) => (
        <div className="ikc-report">
          <p className="breadcrumb">
            <AppLink to={paths.ikc(view.ikc.id)}>{view.ikc.name}</AppLink>
          </p>
          <PageHeading title={`IKC-rapport ${view.ikc.name}`}>IKC-rapport {view.ikc.name}</PageHeading>
          <Band view={view} />
          {view.state === 'unpublished' ? (
            <p>
              Het rapport van het hele IKC is nog niet gepubliceerd. De onderzoeker publiceert het nadat de rapporten
              van de locaties zijn gepubliceerd.
            </p>
          ) : (
            <>
              <IkcReportLinks ikcId={view.ikc.id} published={view.state === 'draft' && view.published !== null} />
              {view.state === 'draft' && <IkcPublishControls view={view} onChange={loaded.setData} />}
              <Content report={view} />
            </>
          )}
        </div>
      )}
    </LoadState>
  );
}
