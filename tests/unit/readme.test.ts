import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/io/loadGraph';
import { reviewVocabulary } from '../support/schemas';
import { graphStats } from '../../src/model/stats';

const readme = readFileSync('README.md', 'utf8');
const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
const ci = readFileSync('.ci/run', 'utf8');

describe('the README', () => {
  it('documents every entity type and every relation of the vocabulary', () => {
    const v = reviewVocabulary();
    for (const { id } of v.types) expect(readme, id).toContain(`| \`${id}\` |`);
    for (const { id } of v.relations) expect(readme, id).toContain(`| \`${id}\` |`);
  });

  it('gives the data counts of the shipped graph', () => {
    const stats = graphStats(loadGraph(resolve('graph-data')).graph!);
    const { paper, ...others } = stats.entities;
    const entities = Object.values(others).reduce((a, b) => a + b, 0);
    const relations = Object.values(stats.relations).reduce((a, b) => a + b, 0);
    const inIt = readme.slice(readme.indexOf('**What is in it**'));
    expect(inIt).toContain(`${entities} entities besides the ${paper} references`);
    expect(inIt).toContain(`${relations} relations and ${stats.evidence} evidence items`);
    for (const [level, count] of Object.entries(stats.byLevel)) {
      const words = {
        clinical: 'clinical',
        animal: 'animal',
        ex_vivo: 'ex vivo',
        in_vitro: 'in vitro',
        review: 'review',
      };
      expect(inIt, level).toMatch(new RegExp(`${count} ${words[level as keyof typeof words]}`));
    }
  });

  it('gives commands that exist, and CI runs the same test command', () => {
    expect(readme).toContain('npm ci && npm start');
    expect(packageJson.scripts.start).toBeTruthy();
    for (const [, script] of readme.matchAll(/npm run ([a-z:]+)/g))
      expect(packageJson.scripts, script).toHaveProperty(script!);
    expect(ci).toMatch(/^npm test$/m);
  });
});
