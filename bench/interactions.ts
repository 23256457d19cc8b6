import type { Page } from 'playwright-core';

/**
 * Interaction latencies measured inside the page: from the user's action to the frame that
 * shows its result (the condition holds, then two animation frames: Cytoscape redraws in
 * the first, the second follows the paint).
 */
export const measureInteractions = async (page: Page): Promise<Record<string, number>> => {
  await page.waitForTimeout(300);
  const out: Record<string, number> = {};
  // Plain strings, so nothing of the bundler's helpers leaks into the page.
  const helpers = `
    const until = async (check) => {
      const limit = performance.now() + 5000;
      while (!check()) {
        if (performance.now() > limit) throw new Error('timed out');
        await new Promise((r) => setTimeout(r, 0));
      }
    };
    const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));`;
  const timed = async (name: string, body: string) => {
    out[name] = (await page.evaluate(`(async () => { ${helpers} ${body} })()`)) as number;
  };

  await timed(
    'tap → highlight painted',
    `const cy = window.__cy; const node = cy.getElementById('factor/vegf');
     const t = performance.now(); node.emit('tap');
     await until(() => node.hasClass('selected')); await frames(); return performance.now() - t;`,
  );
  // The label pass that follows a tap (app-owned labels only): until the pass ran and painted.
  if (await page.evaluate('!!window.__labels')) {
    await page.evaluate(`window.__cy.getElementById('factor/vegf').emit('tap')`).catch(() => undefined);
    await page.waitForTimeout(600);
    await timed(
      'tap → labels placed and painted',
      `const cy = window.__cy; const before = window.__labels.passes; const node = cy.getElementById('factor/hgf');
       const t = performance.now(); node.emit('tap');
       await until(() => window.__labels.passes > before); await frames(); return performance.now() - t;`,
    );
    await page.evaluate(`window.__cy.emit('tap')`);
    await page.waitForTimeout(600);
    // A zoom gesture (twelve wheel-sized steps, one per frame) to its labels re-placed and painted,
    // and the cost of that one pass (restyle for the new zoom, read every label box, place, apply).
    const passesBefore = (await page.evaluate('window.__labels.passes')) as number;
    await timed(
      'zoom gesture → labels placed and painted',
      `const cy = window.__cy; const before = window.__labels.passes;
       const at = { x: cy.width() / 2, y: cy.height() / 2 };
       const t = performance.now();
       for (let i = 0; i < 12; i++) {
         cy.zoom({ level: cy.zoom() * 1.04, renderedPosition: at });
         await new Promise((r) => requestAnimationFrame(r));
       }
       await until(() => window.__labels.passes > before && !window.__labels.pending); await frames();
       return performance.now() - t;`,
    );
    await page.waitForTimeout(600); // a late second pass would show here
    out['zoom: passes for one gesture'] =
      ((await page.evaluate('window.__labels.passes')) as number) - passesBefore;
    out['zoom: label pass'] = (await page.evaluate('window.__labels.lastMs')) as number;
    await page.evaluate(`window.__cy.fit(undefined, 30)`);
    await page.waitForTimeout(600);
  }
  await timed(
    'edge tap → evidence panel painted',
    `const cy = window.__cy; const edge = cy.getElementById('strategy/hypoxic-preconditioning--increases--factor/vegf');
     const t = performance.now(); edge.emit('tap');
     await until(() => !!document.querySelector('.evidence-panel blockquote')); await frames(); return performance.now() - t;`,
  );
  await timed(
    'search → result list painted',
    `const input = document.querySelector('input[role=combobox]');
     const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
     input.focus(); const t = performance.now(); setter.call(input, 'hypox'); input.dispatchEvent(new Event('input', { bubbles: true }));
     await until(() => !!document.querySelector('[role=listbox] [role=option]')); await frames(); return performance.now() - t;`,
  );
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: /^Filters/ }).click();
  await page.waitForTimeout(300);
  await timed(
    'filter change → repaint',
    `const status = document.querySelector('.status-line'); const before = status.textContent;
     const radio = [...document.querySelectorAll('input[name=level]')][0];
     const t = performance.now(); radio.click();
     await until(() => status.textContent !== before); await frames(); return performance.now() - t;`,
  );
  await page.getByRole('radio', { name: /All evidence/ }).check();
  await page.getByRole('button', { name: /^Filters/ }).click();
  await page.waitForTimeout(300);
  await timed(
    'gap map open → table painted',
    `const button = [...document.querySelectorAll('.view-switch button')].find((b) => b.textContent === 'Gap map');
     const t = performance.now(); button.click();
     await until(() => !!document.querySelector('table[aria-label^="Gap map"] td.filled')); await frames(); return performance.now() - t;`,
  );
  return out;
};
