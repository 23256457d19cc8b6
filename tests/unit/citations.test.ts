import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/io/loadGraph';
import { citationLinks } from '../../src/model/citation';
import { bibtex, numberedList, refsOfEdges, ris } from '../../src/model/citationExport';
import { storyHandoutHtml, storyHandoutMarkdown } from '../../src/model/storyHandout';

const { graph, data } = loadGraph(resolve('graph-data'));
const g = graph!;
const stories = data!.stories.map((s) => s.value);

describe('citations of the shipped data', () => {
  it('collects the references behind relations', () => {
    expect(refsOfEdges(g, ['strategy/hypoxic-preconditioning--increases--factor/vegf'])).toContain(72);
  });

  it('writes BibTeX and RIS with a PMID only where it can be trusted', () => {
    const bib = bibtex(g, [72, 130]);
    expect(bib).toMatch(/@article\{Ishiuchi2020ref72,/);
    expect(bib).not.toContain('pmid = {31900237}');
    expect(bib).toContain('pmid = {32380908}');
    const r = ris(g, [72, 130]);
    expect(r).toContain('AN  - 32380908');
    expect(r).not.toContain('AN  - 31900237');
    expect(r.match(/^TY {2}- JOUR$/gm)).toHaveLength(2);
  });

  it('numbers references as the review does', () => {
    expect(
      numberedList(g, [130]).startsWith(
        '[130] Sengupta V, Sengupta S, Lazo A, et al. Exosomes derived from bone marrow',
      ),
    ).toBe(true);
  });

  it('links a doubtful PMID only as a title search', () => {
    expect(citationLinks(g.getNodeAttributes('paper/72')).map((l) => l.kind)).toEqual(['search']);
    expect(citationLinks(g.getNodeAttributes('paper/130')).map((l) => l.kind)).toEqual(['pubmed']);
  });

  it('makes a handout with captions, the review’s quotes and the references', () => {
    const md = storyHandoutMarkdown(g, {
      id: 's',
      title: 'Hypoxia',
      audience: 'Class',
      summary: 'One step.',
      steps: [
        {
          title: 'Hypoxia',
          caption: 'It raises **VEGF**.',
          view: { edges: ['strategy/hypoxic-preconditioning--increases--factor/vegf'] },
        },
      ],
    });
    expect(md).toContain('It raises VEGF.');
    expect(md).toContain('hypoxic preconditioning increased the production of VEGF and HGF');
    expect(md).toMatch(/^72\. Ishiuchi N/m);
  });

  it('prints, per relation, one statement at its strongest level, each quote once per step, and counts the rest', () => {
    // "Becoming heart cells needs a touch": three relations whose strongest statement is one sentence.
    const step = stories.find((s) => s.id === 'how-mscs-act')!.steps[1]!;
    const html = storyHandoutHtml(g, {
      id: 's',
      title: 'Heart',
      audience: 'Class',
      summary: 'One.',
      steps: [step],
    });
    const quotes = [...html.matchAll(/“([^”]+)”/g)].map((m) => m[1]);
    expect(quotes.length).toBeGreaterThan(0);
    expect(new Set(quotes).size).toBe(quotes.length);
    expect(html).toContain('the same statement as above');
    const edges = step.view.edges ?? [];
    const counts = edges.map((e) => g.getEdgeAttribute(e, 'evidence').length - 1).filter((n) => n > 0);
    for (const n of counts) expect(html).toContain(`${n} more in the review`);
  });
});
