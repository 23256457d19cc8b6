import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { loadGraph } from '../src/io/loadGraph';
import { auditLabels, waitForLabels, type LabelAudit } from '../tests/support/labelAudit';
import { neighbourhoodOf, stepKeys } from '../tests/support/viewKeys';

interface View {
  name: string;
  query: string;
  /** Key entity ids, or a Cytoscape selector read in the page (for what only the app computes). */
  keys: string[] | string;
  wait?: string;
}

const views = (): View[] => {
  const { graph, data } = loadGraph(resolve('graph-data'));
  const g = graph!;
  const story = data!.stories.find((s) => s.value.id === 'how-mscs-act')!.value;
  const steps = [1, 3, 10];
  return [
    { name: 'first view', query: '', keys: [] },
    {
      name: 'selection (hypoxic preconditioning)',
      query: '?node=strategy/hypoxic-preconditioning',
      keys: neighbourhoodOf(g, 'strategy/hypoxic-preconditioning'),
    },
    {
      name: 'focus TGF-β1, depth 1',
      query: '?focus=factor/tgf-b1&depth=1',
      keys: neighbourhoodOf(g, 'factor/tgf-b1'),
    },
    {
      name: 'focus TGF-β1, depth 2',
      query: '?focus=factor/tgf-b1&depth=2',
      keys: neighbourhoodOf(g, 'factor/tgf-b1'),
    },
    {
      name: 'path bone marrow → spinal cord injury',
      query: '?path=cell_source/bone-marrow,disease/spinal-cord-injury',
      keys: 'node.path',
    },
    ...steps.flatMap((n) =>
      [false, true].map((present) => ({
        name: `how-mscs-act step ${n}, ${present ? 'presented' : 'played'}`,
        query: `?story=how-mscs-act&step=${n}${present ? '&present=1' : ''}`,
        keys: stepKeys(g, story.steps[n - 1]!),
        wait: '.step-title',
      })),
    ),
    {
      name: 'gap cell (3D bioprinting × bone defect)',
      query: '?view=gaps&rows=strategy&cols=disease&cell=strategy/bioprinting,disease/bone-defect',
      keys: 'node.spot',
      wait: '.gap-cell-panel',
    },
  ];
};

export type ReadabilityRow = { name: string } & LabelAudit;

/** Labels drawn, overlapping pairs, key entities labelled and on screen, placement time, per view (1366×768). */
export const measureReadability = async (browser: Browser, baseUrl: string): Promise<ReadabilityRow[]> => {
  const rows: ReadabilityRow[] = [];
  for (const view of views()) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (r) => r.abort());
    const page = await context.newPage();
    await page.goto(baseUrl + view.query);
    await page.waitForFunction(() => !!(window as unknown as { __cy?: unknown }).__cy, null, {
      timeout: 60_000,
    });
    if (view.wait) await page.locator(view.wait).first().waitFor({ timeout: 60_000 });
    // A build without app-owned labels has no placement report: wait for the animations instead.
    try {
      await waitForLabels(page, 20_000);
    } catch {
      await page.waitForTimeout(2500);
    }
    const keys =
      typeof view.keys === 'string'
        ? ((await page.evaluate(
            `window.__cy.nodes(${JSON.stringify(view.keys)}).map((n) => n.id())`,
          )) as string[])
        : view.keys;
    rows.push({ name: view.name, ...(await auditLabels(page, keys)) });
    await context.close();
  }
  return rows;
};
