import childrenV1 from '../children/v1.json';
import childrenV2 from '../children/v2.json';
import mgBuildingV1 from '../mg-building/v1.json';
import mgBuildingV2 from '../mg-building/v2.json';
import mgEmailV1 from '../mg-email/v1.json';
import mgEmailV2 from '../mg-email/v2.json';
import mgFollowupV1 from '../mg-followup/v1.json';
import mgFollowupV2 from '../mg-followup/v2.json';
import mgIntakeV1 from '../mg-intake/v1.json';
import mgIntakeV2 from '../mg-intake/v2.json';
import mgPhoneV1 from '../mg-phone/v1.json';
import mgPhoneV2 from '../mg-phone/v2.json';
import mgWebsiteV1 from '../mg-website/v1.json';
import mgWebsiteV2 from '../mg-website/v2.json';
import modelV1 from '../model/v1.json';
import modelV2 from '../model/v2.json';
import parentsV1 from '../parents/v1.json';
import parentsV2 from '../parents/v2.json';
import professionalsV1 from '../professionals/v1.json';
import professionalsV2 from '../professionals/v2.json';

/**
 * Every instrument file by its path under surveys/, imported statically so the server bundle carries them. Add a
 * new version here when you add its file; the surveys check fails when a file in the folders is missing here.
 */
export const instrumentSources: Readonly<Record<string, unknown>> = {
  'parents/v1.json': parentsV1,
  'parents/v2.json': parentsV2,
  'professionals/v1.json': professionalsV1,
  'professionals/v2.json': professionalsV2,
  'children/v1.json': childrenV1,
  'children/v2.json': childrenV2,
  'mg-website/v1.json': mgWebsiteV1,
  'mg-website/v2.json': mgWebsiteV2,
  'mg-email/v1.json': mgEmailV1,
  'mg-email/v2.json': mgEmailV2,
  'mg-phone/v1.json': mgPhoneV1,
  'mg-phone/v2.json': mgPhoneV2,
  'mg-building/v1.json': mgBuildingV1,
  'mg-building/v2.json': mgBuildingV2,
  'mg-intake/v1.json': mgIntakeV1,
  'mg-intake/v2.json': mgIntakeV2,
  'mg-followup/v1.json': mgFollowupV1,
  'mg-followup/v2.json': mgFollowupV2,
};

/** Every scan model version by its path under surveys/. */
export const modelSources: Readonly<Record<string, unknown>> = {
  'model/v1.json': modelV1,
  'model/v2.json': modelV2,
};

export const rawInstruments: ReadonlyArray<unknown> = Object.values(instrumentSources);
