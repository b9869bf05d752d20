import QRCode from 'qrcode';

// Medium error correction survives a folded or slightly smudged letter; the quiet zone keeps phones reading it.
const options = { errorCorrectionLevel: 'M', margin: 2 } as const;

export const qrSvg = (url: string): Promise<string> => QRCode.toString(url, { ...options, type: 'svg' });

export const qrPng = (url: string, width = 600): Promise<Buffer> =>
  QRCode.toBuffer(url, { ...options, type: 'png', width });
