import parentsV1 from '../parents/v1.json';

/**
 * Every instrument file, imported statically so the server bundle carries them. Add a new version here when you
 * add its file; the surveys check fails when a file in the folders is missing from this list.
 */
export const rawInstruments: ReadonlyArray<unknown> = [parentsV1];
