import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPE_IDS } from '../../src/model/entityTypes';
import { RELATION_IDS } from '../../src/model/relations';

const readme = readFileSync('README.md', 'utf8');

describe('the README', () => {
  it('documents every entity type and every relation of the vocabulary', () => {
    for (const type of ENTITY_TYPE_IDS) expect(readme, type).toContain(`| \`${type}\` |`);
    for (const relation of RELATION_IDS) expect(readme, relation).toContain(`| \`${relation}\` |`);
  });

  it('gives the two commands', () => {
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm test');
  });
});
