import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { graphDataPlugin } from './src/build/graphDataPlugin';

export default defineConfig({
  base: './',
  plugins: [react(), graphDataPlugin(process.env.GRAPH_DATA ?? 'graph-data')],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 700,
  },
});
