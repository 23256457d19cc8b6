import { describe, expect, it } from 'vitest';
import { bibtex, ris } from '../../src/model/citationExport';
import { gapMatrixCsv } from '../../src/model/gaps/gapExport';
import { collectGapItems } from '../../src/model/gaps/gapItems';
import { gapMatrix } from '../../src/model/gaps/gapMatrix';
import { storyHandoutHtml, storyHandoutMarkdown } from '../../src/model/storyHandout';
import type { Story } from '../../src/model/storySchema';
import { vocabOf } from '../../src/model/vocabOf';
import { graphBuilder } from '../support/tinyGraph';

/** Text a curator, a lecturer or an imported file could put into a label, a title, a caption or a quote. */
const HOSTILE: Record<string, string> = {
  formula: '=HYPERLINK("http://evil.example","click")',
  dde: "+cmd|' /C calc'!A0",
  minus: '-2+3+cmd|x',
  at: '@SUM(A1:A9)',
  tab: '\tstarts with a tab',
  cr: '\rstarts with a CR',
  loneCr: 'a lone\rcarriage return',
  crlf: 'two\r\nlines',
  quotes: 'say "hi", twice',
  risRecord: 'Title\nER  - \n\nTY  - JOUR\nTI  - Injected record\nER  - ',
  risTag: 'Title\u2028AU  - Mallory',
  latex: '50% & $5 # a_b {unbalanced ~ ^ \\end{document}',
  closing: 'closes } early',
  html: '<script>alert(1)</script><img src=x onerror=alert(1)>',
  markdown: '**bold** _em_ `code` ~~gone~~ [link](javascript:alert(1)) ![img](x.png)',
  block: '# heading\n> quote\n- item\n1. item\n[x]: http://evil.example',
  entity: '&lt;b&gt; &#60;b&#62; & plain',
};
const names = Object.keys(HOSTILE);
const hostile = Object.values(HOSTILE);

/** One strategy and one disease per hostile string, each pair linked by a claim quoting the string. */
const hostileGraph = () => {
  const { g, node, edge } = graphBuilder();
  names.forEach((name, i) => {
    const text = HOSTILE[name]!;
    node(`strategy/s-${name.toLowerCase()}`, { label: text, family: 'preconditioning' });
    node(`disease/d-${name.toLowerCase()}`, { label: text });
    node(`paper/${i + 1}`, {
      label: `p${i + 1}`,
      ref: i + 1,
      authors: `${text}, Doe J, et al.`,
      title: text,
      journal: text,
      volume_pages: text,
      pmid: '12345678',
      pmid_trusted: true,
      doi: `10.1000/x{${i}}\\y z`,
      warnings: [text],
    });
    edge(`strategy/s-${name.toLowerCase()}`, 'improves', `disease/d-${name.toLowerCase()}`, [
      { quote: text, refs: [i + 1], level: 'animal', section: '2.3.1' },
    ]);
  });
  return g;
};

/** RFC 4180: fields separated by commas, quoted fields may hold commas, quotes (doubled) and breaks. */
const parseCsv = (text: string): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted) field += c;
    else if (c === ',') endField();
    else if (c === '\n') {
      endField();
      rows.push(row);
      row = [];
    } else if (c === '\r') throw new Error(`unquoted carriage return at ${i}`);
    else field += c;
  }
  return rows;
};

describe('every export with hostile labels, titles, captions and quotes', () => {
  const g = hostileGraph();
  const refs = hostile.map((_, i) => i + 1);

  it('CSV: one row per cell, every text cell neutralised and quoted as needed', () => {
    const matrix = gapMatrix(g, collectGapItems(g), { rows: 'strategy', cols: 'disease', rollUp: true });
    const rows = parseCsv(gapMatrixCsv(matrix, vocabOf(g)));
    expect(rows).toHaveLength(1 + names.length);
    for (const row of rows) expect(row).toHaveLength(rows[0]!.length);
    const labels = rows.slice(1).flatMap((r) => [r[1]!, r[3]!]);
    for (const cell of rows.flat())
      if (!/^-?\d+(\.\d+)?$/.test(cell)) expect(cell, JSON.stringify(cell)).not.toMatch(/^[=+\-@\t\r]/);
    // Nothing is lost: without the neutralising quote each label is the original text.
    expect(new Set(labels.map((l) => l.replace(/^'(?=[=+\-@\t\r])/, '')))).toEqual(new Set(hostile));
  });

  it('CSV: plain numbers stay numbers, and only hostile starts get the quote', () => {
    const { g: small, node, edge } = graphBuilder();
    node('strategy/a', { label: '-1' });
    node('disease/b', { label: 'Heart - failure' });
    edge('strategy/a', 'improves', 'disease/b', [{ level: 'animal' }]);
    const csv = gapMatrixCsv(
      gapMatrix(small, collectGapItems(small), { rows: 'strategy', cols: 'disease' }),
      vocabOf(small),
    );
    expect(csv.split('\n')[1]).toMatch(
      /^strategy\/a,-1,disease\/b,Heart - failure,1,0,1,0,0,0,\d,\d,animal,1$/,
    );
  });

  it('RIS: exactly one record per reference, every line a tag', () => {
    const text = ris(g, refs);
    expect(text.match(/^TY {2}- /gm)).toHaveLength(refs.length);
    expect(text.match(/^ER {2}- /gm)).toHaveLength(refs.length);
    for (const line of text.split('\n'))
      expect(line, JSON.stringify(line)).toMatch(/^$|^[A-Z][A-Z0-9] {2}- /);
    expect(text).not.toMatch(/^AU {2}- Mallory/m);
  });

  it('BibTeX: LaTeX specials escaped and every field’s braces balanced', () => {
    const text = bibtex(g, refs);
    const entries = text.trim().split(/\n\n(?=@article\{)/);
    expect(entries).toHaveLength(refs.length);
    for (const entry of entries) {
      let depth = 0;
      for (const c of entry.replace(/\\[{}]/g, '')) {
        depth += c === '{' ? 1 : c === '}' ? -1 : 0;
        expect(depth).toBeGreaterThanOrEqual(0);
      }
      expect(depth).toBe(0);
      for (const [, field, value] of entry.matchAll(/^ {2}(\w+) = \{(.*)\},?$/gm)) {
        const bare = value!.replace(/\\text\w+\{\}|\\[&%$#_]/g, '');
        if (field === 'doi') expect(bare).not.toMatch(/[{}\\\s]/);
        else expect(bare, `${field}: ${value}`).not.toMatch(/[\\{}~^&%$#_]/);
      }
    }
    expect(text).toContain('title = {50\\% \\& \\$5 \\# a\\_b \\textbraceleft{}unbalanced');
    expect(text).toContain('doi = {10.1000/x%7B0%7D%5Cy%20z}');
  });

  const story: Story = {
    id: 'hostile',
    title: HOSTILE.html!,
    audience: HOSTILE.markdown!,
    summary: HOSTILE.entity!,
    steps: names.map((name) => ({
      title: HOSTILE[name]!,
      caption: HOSTILE[name]!,
      notes: HOSTILE[name]!,
      view: { edges: [`strategy/s-${name.toLowerCase()}--improves--disease/d-${name.toLowerCase()}`] },
    })),
  };

  it('Markdown handout: no raw HTML, no markup or blocks the text did not ask for', () => {
    const md = storyHandoutMarkdown(g, story, true);
    const lines = md.split('\n');
    expect(lines.filter((l) => l.startsWith('#'))).toHaveLength(1 + story.steps.length + 1);
    expect(lines.filter((l) => l.startsWith('> '))).toHaveLength(2 * story.steps.length);
    for (const line of lines) {
      expect(line).not.toMatch(/(^|[^\\])</);
      expect(line).not.toMatch(/(^|[^\\])\]\(/);
      expect(line).not.toMatch(/(^|[^\\])[`~]/);
      expect(line).not.toMatch(/(^|[^\\])_/);
      expect(line).not.toMatch(/&lt;|&#60;/);
    }
    // Values that start a block (captions, and citations as list items' text) cannot start another.
    const blockStarts = [
      ...lines.flatMap((l, i) => (/^## \d+\. /.test(l) ? [lines[i + 2]!] : [])),
      ...lines.flatMap((l) => /^(\d+)\. (.*)$/.exec(l)?.slice(2) ?? []),
    ];
    expect(blockStarts).toHaveLength(2 * story.steps.length);
    for (const text of blockStarts) expect(text).not.toMatch(/^(#|>|[-+*] |\d+[.)]|\[|=)/);
  });

  it('HTML handout: every value escaped', () => {
    const html = storyHandoutHtml(g, story);
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&amp;lt;b&amp;gt;');
    expect(html.match(/<section class="step no-figure">/g)).toHaveLength(story.steps.length);
  });

  it('HTML handout: a figure per step only when it is a PNG data URL', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    const hostile = [
      'data:image/png;base64,AAAA" onerror="alert(1)',
      'javascript:alert(1)',
      'data:text/html;base64,PHNjcmlwdD4=',
      'https://example.org/x.png',
    ];
    const figures = story.steps.map((_, i) => (i === 0 ? png : hostile[i % hostile.length]));
    const html = storyHandoutHtml(g, story, figures);
    expect(html.match(/<img /g)).toHaveLength(1);
    expect(html).toContain(`<img src="${png}" alt="">`);
    expect([...html.matchAll(/src="([^"]*)"/g)].map((m) => m[1])).toEqual([png]);
    expect(html).not.toMatch(/<[^>]*\sonerror=/);
  });
});
