import { api } from '@driehoek/shared';
import { useMemo } from 'react';
import { Survey } from 'survey-react-ui';
import { call } from '../../api/client';
import { useLoad } from '../shell/use-load';
import { createStaffSurveyModel } from '../survey/staff-survey-model';
import { LoadState } from '../ui/load-state';
import { InstrumentOutline } from './instrument-outline';
import './instruments.css';

const rtl = new Set(['ar']);

export type InstrumentPreviewProps = { instrumentKey: string; version: number; locale: string };

/** One questionnaire version in one language, live but without sending anything; Arabic right to left. */
export function InstrumentPreview({ instrumentKey, version, locale }: InstrumentPreviewProps) {
  const loaded = useLoad(
    () => call(api.instruments.get, { params: { key: instrumentKey, version } }),
    [instrumentKey, version],
  );
  return (
    <section className="preview" aria-label="Voorbeeld van de vragenlijst">
      <LoadState loaded={loaded}>
        {(file) => (
          <div className="preview__grid">
            <PreviewSurvey survey={file.survey} locale={locale} />
            <InstrumentOutline rows={file.outline} />
          </div>
        )}
      </LoadState>
    </section>
  );
}

function PreviewSurvey({ survey, locale }: { survey: Record<string, unknown>; locale: string }) {
  const model = useMemo(() => {
    const m = createStaffSurveyModel(survey, { locale, headingLevel: 2 });
    m.showProgressBar = true;
    m.progressBarLocation = 'top';
    m.completedHtml = '<p>Einde van het voorbeeld. Er is niets opgeslagen.</p>';
    return m;
  }, [survey, locale]);
  return (
    <div lang={locale} dir={rtl.has(locale) ? 'rtl' : 'ltr'} className="preview__survey">
      <h2 className="preview__title">{model.title}</h2>
      <Survey model={model} />
    </div>
  );
}
