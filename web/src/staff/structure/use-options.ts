import { useLoad } from '../use-load';

/** Up to 200 active organisations (the API's largest page), for a select. */
export function useOrganisationOptions() {
  return useLoad((api) => api.organisations({ pageSize: 200 }), []);
}

/** Up to 200 active IKCs, optionally of one organisation, for a select. */
export function useIkcOptions(organisationId?: string) {
  return useLoad((api) => api.ikcs({ pageSize: 200, organisationId }), [organisationId]);
}

/** Up to 200 active locations of an IKC (or all visible ones), for a select or a list of checkboxes. */
export function useLocationOptions(ikcId?: string) {
  return useLoad((api) => api.locations({ pageSize: 200, ikcId }), [ikcId]);
}
