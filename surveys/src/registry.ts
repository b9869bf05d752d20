import childrenV1 from '../children/v1.json';
import mgBuildingV1 from '../mg-building/v1.json';
import mgEmailV1 from '../mg-email/v1.json';
import mgFollowupV1 from '../mg-followup/v1.json';
import mgIntakeV1 from '../mg-intake/v1.json';
import mgPhoneV1 from '../mg-phone/v1.json';
import mgWebsiteV1 from '../mg-website/v1.json';
import modelV1 from '../model/v1.json';
import parentsV1 from '../parents/v1.json';
import professionalsV1 from '../professionals/v1.json';

/**
 * Every instrument file by its path under surveys/, imported statically so the server bundle carries them. Add a
 * new version here when you add its file; the surveys check fails when a file in the folders is missing here.
 */
export const instrumentSources: Readonly<Record<string, unknown>> = {
  'parents/v1.json': parentsV1,
  'professionals/v1.json': professionalsV1,
  'children/v1.json': childrenV1,
  'mg-website/v1.json': mgWebsiteV1,
  'mg-email/v1.json': mgEmailV1,
  'mg-phone/v1.json': mgPhoneV1,
  'mg-building/v1.json': mgBuildingV1,
  'mg-intake/v1.json': mgIntakeV1,
  'mg-followup/v1.json': mgFollowupV1,
};

/** Every scan model version by its path under surveys/. */
export const modelSources: Readonly<Record<string, unknown>> = {
  'model/v1.json': modelV1,
};

export const rawInstruments: ReadonlyArray<unknown> = Object.values(instrumentSources);
