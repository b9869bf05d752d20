/**
 * The staff app's service worker (vite-plugin-pwa / Workbox, see web/vite.config.ts): it keeps the app shell and the
 * visit page's reads so a mystery-guest visit form loads again after a reload without network (issue 16.6). It is
 * registered from the visit page only, with scope /app/: the respondent app never loads or registers it.
 */

/** Where the build writes the worker, and the pages it may control. */
export const SERVICE_WORKER = { url: '/staff-sw.js', scope: '/app/' } as const;

/** The cache the worker answers the visit page's reads from when the network is gone; the same name is in vite.config.ts. */
export const VISIT_READS_CACHE = 'driehoek-visit-reads';

const supported = () =>
  typeof navigator !== 'undefined' && 'serviceWorker' in navigator && typeof caches !== 'undefined';

/** Registers the worker once per page load; a browser without service workers simply has no offline copy. */
export function registerStaffServiceWorker(enabled = import.meta.env.PROD): void {
  if (!enabled || !supported()) return;
  navigator.serviceWorker.register(SERVICE_WORKER.url, { scope: SERVICE_WORKER.scope }).catch(() => undefined);
}

/**
 * Stores the answers the visit page was just built from, so an offline reload finds them even when the worker took
 * control only after they were read. Failures are ignored: the copy is a convenience, the draft is the safety net.
 */
export async function keepForOffline(addresses: ReadonlyArray<string>): Promise<void> {
  if (!supported()) return;
  try {
    const cache = await caches.open(VISIT_READS_CACHE);
    await Promise.all(addresses.map((address) => cache.add(address).catch(() => undefined)));
  } catch {
    // Storage refused (private mode, quota): nothing to keep.
  }
}

/** Forgets the kept reads (signing out): another person on this device must not see them offline. */
export async function forgetOfflineReads(): Promise<void> {
  if (!supported()) return;
  await caches.delete(VISIT_READS_CACHE).catch(() => false);
}
