import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// An explicit root lets the server and the e2e setup build with
// `--config apps/web/vite.config.ts` from any working directory.
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
  server: {
    // The API and its WebSocket live on the Sincere server; keeping the browser
    // on one origin lets the session cookie and CSRF header work as in production.
    proxy: { '/api': { target: 'http://127.0.0.1:3000', ws: true } },
  },
});
