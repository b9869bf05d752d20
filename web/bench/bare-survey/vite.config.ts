import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Built by `pnpm bench` with `--outDir` pointing at a temporary folder.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  logLevel: 'warn',
  build: { emptyOutDir: true, chunkSizeWarningLimit: 4000 },
});
