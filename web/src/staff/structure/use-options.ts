import { api } from '@driehoek/shared';
import { call } from '../../api/client';
import { useLoad } from '../shell/use-load';

/** Up to 200 active organisations (the API's largest page), for a select. */
export function useOrganisationOptions() {
  return useLoad(() => call(api.structure.organisations, { query: { pageSize: 200 } }), []);
}

/** Up to 200 active IKCs, optionally of one organisation, for a select. */
export function useIkcOptions(organisationId?: string) {
  return useLoad(() => call(api.structure.ikcs, { query: { pageSize: 200, organisationId } }), [organisationId]);
}

/** Up to 200 active locations of an IKC (or all visible ones), for a select or a list of checkboxes. */
export function useLocationOptions(ikcId?: string) {
  return useLoad(() => call(api.structure.locations, { query: { pageSize: 200, ikcId } }), [ikcId]);
}
