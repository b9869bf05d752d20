// The benchmark's baseline: the same questionnaire rendered with SurveyJS and nothing else (no autosave, no
// landing, no languages but Dutch), so `pnpm bench` can show what Driehoek's survey route costs on top.
import 'survey-core/survey-core.fontless.css';
import 'survey-core/i18n/dutch';
import { createRoot } from 'react-dom/client';
import { Model } from 'survey-core';
import { Survey } from 'survey-react-ui';
import parents from '../../../surveys/parents/v1.json';

const model = new Model(parents.survey);
model.locale = 'nl';
const root = document.getElementById('root');
if (root) createRoot(root).render(<Survey model={model} />);
