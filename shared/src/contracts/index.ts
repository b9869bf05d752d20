import { accountsApi } from './accounts';
import { backupsApi } from './backups';
import { codesApi } from './codes';
import { distributionApi } from './distribution';
import { exclusionsApi } from './exclusions';
import { exportsApi } from './exports';
import { healthApi } from './health';
import { ikcReportsApi } from './ikc-reports';
import { instrumentsApi } from './instruments';
import { lifecycleApi } from './lifecycle';
import { linksApi } from './links';
import { meetingsApi } from './meetings';
import { monitorApi } from './monitor';
import { openAnswersApi } from './open-answers';
import { overviewApi } from './overview';
import { plansApi } from './plans';
import { privacyApi } from './privacy';
import { reportsApi } from './reports';
import { responsesApi } from './responses';
import { roundsApi } from './rounds';
import { structureApi } from './structure';
import { summariesApi } from './summaries';
import { visitsApi } from './visits';

/**
 * Every endpoint of the HTTP API by feature. The feature names are the same in `server/src/features/`,
 * `web/src/staff/` and here (docs/architecture.md).
 */
export const api = {
  accounts: accountsApi,
  backups: backupsApi,
  codes: codesApi,
  distribution: distributionApi,
  exclusions: exclusionsApi,
  exports: exportsApi,
  health: healthApi,
  'ikc-reports': ikcReportsApi,
  instruments: instrumentsApi,
  lifecycle: lifecycleApi,
  links: linksApi,
  meetings: meetingsApi,
  monitor: monitorApi,
  'open-answers': openAnswersApi,
  overview: overviewApi,
  plans: plansApi,
  privacy: privacyApi,
  reports: reportsApi,
  responses: responsesApi,
  rounds: roundsApi,
  structure: structureApi,
  summaries: summariesApi,
  visits: visitsApi,
} as const;

export type FeatureName = keyof typeof api;
export const FEATURES = Object.keys(api) as FeatureName[];
