import { TOUCHPOINT_NL } from '@driehoek/shared';

/** The touchpoints' names and order live in the shared vocabulary: the report and exports name them too. */
export const touchpointNames = TOUCHPOINT_NL;

export const touchpointName = (key: string) => touchpointNames[key] ?? key;
export const touchpointOrder = (key: string) => {
  const index = Object.keys(touchpointNames).indexOf(key);
  return index === -1 ? 99 : index;
};
