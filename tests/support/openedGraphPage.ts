import type { Page } from 'playwright-core';

/** Helpers for the browser tests that open graphs (files, drops, links) and keep them. */
type Cy = import('cytoscape').Core;

export const nodeCount = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as { __cy?: Cy }).__cy?.nodes().length ?? 0);

export const selectedIds = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    (window as unknown as { __cy: Cy }).__cy
      .$('.selected')
      .map((e) => e.id())
      .sort(),
  );

/** A small edge list: three proteins and a drug, four relations (no positions: laid out on opening). */
export const LAB_CSV =
  'Source,Target,Label,kind\nalpha,beta,binds,protein\nbeta,gamma,blocks,protein\ngamma,alpha,binds,protein\ndelta,alpha,blocks,drug\n';

/** Opens `text` as if the reader picked the file `name` with "Open a graph…". */
export const pickText = (page: Page, name: string, text: string): Promise<void> =>
  page
    .getByLabel('Graph file to open')
    .setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });

/** The bar that says which opened graph is on screen ("Showing …", "Back to the review"). */
export const openedBar = (page: Page) => page.getByRole('region', { name: 'Opened graph' });
