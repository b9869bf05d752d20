import { endpoint } from './endpoint';

/** What a researcher hands out for a round's link: QR codes, a letter and a poster to print. */
export const distributionApi = {
  qrSvg: endpoint({ method: 'GET', path: '/api/distribution/:roundId/:audience/qr.svg', answer: 'file' }),
  qrPng: endpoint({ method: 'GET', path: '/api/distribution/:roundId/:audience/qr.png', answer: 'file' }),
  letter: endpoint({ method: 'GET', path: '/api/distribution/:roundId/:audience/letter', answer: 'file' }),
  poster: endpoint({ method: 'GET', path: '/api/distribution/:roundId/:audience/poster', answer: 'file' }),
};
