import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const page = (file: string) => fileURLToPath(new URL(file, import.meta.url));

// Two pages: the desktop workbench at / and the mobile app (MOMA) at /m, sharing the API client,
// translations and session code. The server serves dist/ and falls back to each page's index.html.
export default defineConfig({
  plugins: [react()],
  define: {
    // Map tiles are configurable at build time; "none" draws markers on a plain background only.
    __MAP_TILE_URL__: JSON.stringify(
      process.env.GROUNDWORK_MAP_TILES ?? 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    ),
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    // scripts/bundle-size.ts reads it to measure what the mobile nearby page loads first.
    manifest: true,
    rollupOptions: {
      input: { desktop: page('index.html'), mobile: page('m/index.html') },
    },
  },
  server: {
    proxy: { '/api': process.env.GROUNDWORK_API ?? 'http://127.0.0.1:3000' },
  },
});
