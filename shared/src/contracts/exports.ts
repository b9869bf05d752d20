import { endpoint } from './endpoint';

/** A round's anonymised raw data for researchers: small groups are left out. */
export const exportsApi = {
  responsesCsv: endpoint({ method: 'GET', path: '/api/exports/:roundId/responses.csv', answer: 'file' }),
  responsesXlsx: endpoint({ method: 'GET', path: '/api/exports/:roundId/responses.xlsx', answer: 'file' }),
  codebookCsv: endpoint({ method: 'GET', path: '/api/exports/:roundId/codebook.csv', answer: 'file' }),
  responsesSps: endpoint({ method: 'GET', path: '/api/exports/:roundId/responses.sps', answer: 'file' }),
  /** Mystery-guest visits: one row per coding, with ticks, facts, scenario and rater. */
  visitsCsv: endpoint({ method: 'GET', path: '/api/exports/:roundId/visits.csv', answer: 'file' }),
  visitsXlsx: endpoint({ method: 'GET', path: '/api/exports/:roundId/visits.xlsx', answer: 'file' }),
  visitsCodebookCsv: endpoint({ method: 'GET', path: '/api/exports/:roundId/visits-codebook.csv', answer: 'file' }),
};
