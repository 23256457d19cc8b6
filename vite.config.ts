import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { graphDataPlugin } from './src/build/graphDataPlugin';
import { securityPlugin } from './src/build/securityPlugin';

export default defineConfig({
  base: './',
  plugins: [react(), graphDataPlugin(process.env.GRAPH_DATA ?? 'graph-data'), securityPlugin()],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 700,
  },
});
