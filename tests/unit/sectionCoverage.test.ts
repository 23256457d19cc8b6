import { describe, expect, it } from 'vitest';
import { reviewVocabulary } from '../support/schemas';
import { citedNumbers, splitSections } from '../../src/model/sectionCoverage';

describe('section coverage helpers', () => {
  it('expands citation ranges and lists', () => {
    expect(citedNumbers('as shown [24–26], and [93,94, 96] but not 2023 [7]')).toEqual([
      7, 24, 25, 26, 93, 94, 96,
    ]);
  });

  it('cuts the text at section headings and stops at the reference list', () => {
    const parts = splitSections(
      'Abstract\nIntro text\n2.1. Sources\nbone marrow [11]\n2.3.1. Strategies—The protective [63]\nReferences\n1. Yu Y. [99]\n',
      reviewVocabulary().sections.map((s) => s.id),
    );
    expect(parts.get('2.1')).toContain('bone marrow [11]');
    expect(parts.get('2.3.1')).toContain('[63]');
    expect([...parts.values()].join('')).not.toContain('[99]');
  });
});
