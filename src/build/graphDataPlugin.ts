import { resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { buildGraphBundle, type BuiltBundle } from './graphBundle';

const VIRTUAL_ID = 'virtual:review-graph';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const DEV_PATH = 'data/review-graph.json';

/**
 * Bundles graph-data/ at build time: validates it (the build fails on any error),
 * computes the default layout, and emits `data/review-graph.<hash>.json`. The app imports
 * `virtual:review-graph` for the file's URL; index.html preloads it so the download runs
 * in parallel with the scripts.
 */
export const graphDataPlugin = (dataDir = 'graph-data'): Plugin => {
  const root = resolve(dataDir);
  let bundle: BuiltBundle | undefined;
  let isBuild = false;
  /** The bundle was built (and so checked) in configResolved, for this first build. */
  let prebuilt = false;
  const fileName = (): string => (isBuild ? `data/review-graph.${bundle!.hash}.json` : DEV_PATH);
  const ensure = (): BuiltBundle => (bundle ??= buildGraphBundle(root));

  return {
    name: 'review-graph-data',
    configResolved(config) {
      isBuild = config.command === 'build';
      // A one-off build checks the data before Rolldown starts. An error thrown here reaches Vite's CLI
      // as it is, and a ProblemListError prints as its problem list. Thrown from a build hook, Rolldown
      // would wrap it, and Vite would print the wrapper with its stack trace after the list.
      if (!isBuild || config.build.watch) return;
      bundle = buildGraphBundle(root);
      prebuilt = true;
    },
    buildStart() {
      if (!prebuilt) bundle = undefined;
      prebuilt = false;
      try {
        ensure();
      } catch (error) {
        this.error((error as Error).message);
      }
      this.addWatchFile(root);
    },
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      return `export const graphDataUrl = new URL(${JSON.stringify(fileName())}, document.baseURI).href;`;
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: fileName(), source: ensure().json });
    },
    transformIndexHtml: () => [
      {
        tag: 'link',
        attrs: { rel: 'preload', href: `./${fileName()}`, as: 'fetch', crossorigin: 'anonymous' },
        injectTo: 'head-prepend',
      },
    ],
    configureServer(server: ViteDevServer) {
      server.watcher.add(root);
      server.watcher.on('all', (_event, path) => {
        if (!path.startsWith(root)) return;
        bundle = undefined;
        server.ws.send({ type: 'full-reload' });
      });
      server.middlewares.use(`/${DEV_PATH}`, (_req, res) => {
        try {
          const json = ensure().json;
          res.setHeader('Content-Type', 'application/json');
          res.end(json);
        } catch (error) {
          res.statusCode = 500;
          res.end((error as Error).message);
        }
      });
    },
  };
};
