import type { Page } from 'playwright-core';

export interface NamedButton {
  name: string;
  /** What the test can see it does: the text of its nearest labelled region, for the report. */
  where: string;
}

/**
 * Every button on the page with its accessible name as Chromium computes it for assistive
 * technology (the accessibility tree, through the DevTools protocol: aria-label, labelledby,
 * contents and visually hidden text all count, as a screen reader hears them). Hidden buttons
 * (display: none, aria-hidden) are not in the tree and are left out.
 */
export const buttonNames = async (page: Page): Promise<NamedButton[]> => {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: {
        ignored: boolean;
        role?: { value: string };
        name?: { value: string };
        nodeId: string;
        parentId?: string;
      }[];
    };
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const regionOf = (id: string | undefined): string => {
      for (let n = id ? byId.get(id) : undefined; n; n = n.parentId ? byId.get(n.parentId) : undefined)
        if (['region', 'complementary', 'banner', 'main', 'dialog'].includes(n.role?.value ?? ''))
          return `${n.role?.value} “${n.name?.value ?? ''}”`;
      return 'page';
    };
    return nodes
      .filter((n) => !n.ignored && n.role?.value === 'button')
      .map((n) => ({ name: (n.name?.value ?? '').trim(), where: regionOf(n.parentId) }));
  } finally {
    await cdp.detach();
  }
};

/** The names given to more than one button, with how many and where. */
export const repeatedNames = (buttons: NamedButton[]): { name: string; count: number; report: string }[] => {
  const byName = new Map<string, NamedButton[]>();
  for (const b of buttons) byName.set(b.name, [...(byName.get(b.name) ?? []), b]);
  return [...byName]
    .filter(([, list]) => list.length > 1)
    .map(([name, list]) => ({
      name,
      count: list.length,
      report: `“${name}” ×${list.length} (${[...new Set(list.map((b) => b.where))].join('; ')})`,
    }));
};
