import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { precompress } from './precompress';

const api = 'http://localhost:8080';

/**
 * The reads a mystery-guest visit page is built from (session, round, visits, form): answered from the network while
 * there is one, from the last answer kept when there is none. Cache name as in src/lib/offline/service-worker.ts.
 */
const VISIT_READS =
  /\/api\/(session\/me|rounds\/[0-9a-f-]{36}|instruments(\/[a-z0-9-]+\/\d+)?|visits\?roundId=[0-9a-f-]{36})$/;

/**
 * The staff app's service worker (issue 16.6), built by Workbox: it precaches the app shell and every chunk, serves
 * index.html to staff navigations when offline, and keeps the visit page's reads. It controls /app/ only and is
 * registered from the visit page (src/lib/offline/service-worker.ts): respondents never load it.
 */
const staffServiceWorker = VitePWA({
  injectRegister: false,
  manifest: false,
  filename: 'staff-sw.js',
  scope: '/app/',
  workbox: {
    globPatterns: ['index.html', 'favicon.svg', 'assets/**/*.{js,css}'],
    // The SurveyJS chunk is ~1.6 MB raw.
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    navigateFallback: '/index.html',
    navigateFallbackAllowlist: [/^\/app(\/|$)/],
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: true,
    runtimeCaching: [
      {
        urlPattern: VISIT_READS,
        handler: 'NetworkFirst',
        options: {
          cacheName: 'driehoek-visit-reads',
          networkTimeoutSeconds: 5,
          cacheableResponse: { statuses: [200] },
          expiration: { maxEntries: 60 },
        },
      },
    ],
  },
});

export default defineConfig({
  plugins: [react(), staffServiceWorker, precompress()],
  server: {
    proxy: {
      '/api': api,
      '/healthz': api,
      // The organisations' privacy statements: pages the server renders.
      '/privacy': api,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // dist/.vite/manifest.json: the server reads which chunks a respondent's link needs and hints them in its HTML.
    manifest: true,
    // survey-core alone is ~1.4 MB raw; it is lazy-loaded on the respondent route only.
    chunkSizeWarningLimit: 1800,
    rolldownOptions: {
      output: {
        // zod, used by both lazy routes: one chunk with a name that says so. Our contracts (shared/, sideEffects
        // false) go with the pages that use them, so a parent's phone loads the link's schemas, not the staff API's.
        codeSplitting: {
          groups: [
            { name: 'zod', test: /[\\/]zod[\\/]/ },
            // SurveyJS, shared by the respondent route and the staff pages that show a form. Its dictionaries stay
            // out: respondents fetch only their language's (src/respondent/survey-locales.ts).
            // Without its dependencies: they would drag React in, and with it SurveyJS into every page's first load.
            {
              name: 'surveyjs',
              test: /[\\/]survey-(core|react-ui)[\\/](?!fesm[\\/]i18n[\\/])/,
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  },
});
