import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './precompress';

const api = 'http://localhost:8080';

export default defineConfig({
  plugins: [react(), precompress()],
  server: {
    proxy: {
      '/api': api,
      '/healthz': api,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // survey-core alone is ~1.4 MB raw; it is lazy-loaded on the respondent route only.
    chunkSizeWarningLimit: 1800,
    rolldownOptions: {
      output: {
        // zod and our contracts, used by both lazy routes: one chunk with a name that says so.
        codeSplitting: {
          groups: [
            { name: 'contracts', test: /[\\/](zod|shared)[\\/]|[\\/]src[\\/]api[\\/]/ },
            // SurveyJS with its locales, shared by the respondent route and the staff pages that show a form.
            { name: 'surveyjs', test: /[\\/]survey-(core|react-ui)[\\/]/ },
          ],
        },
      },
    },
  },
});
