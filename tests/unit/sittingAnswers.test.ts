import { describe, expect, it } from 'vitest';
import { answerKey, sittingAnswers } from '../../src/state/sittingAnswers';

describe('sitting answers', () => {
  const answers = {
    [answerKey('a', 1)]: { choice: 'x', right: true },
    [answerKey('a', 12)]: { choice: 'y', right: false },
    [answerKey('a#b', 1)]: { choice: 'z', right: true },
    [answerKey('ab', 2)]: { choice: 'w', right: true },
  };

  it('gives one key per story and step', () => {
    expect(answerKey('a', 1)).not.toBe(answerKey('a', 12));
    expect(answerKey('a', 1)).not.toBe(answerKey('ab', 1));
  });

  it("counts only the story's own answers, even when another story's id starts with it", () => {
    expect(sittingAnswers(answers, 'a').map((a) => a.choice)).toEqual(['x', 'y']);
    expect(sittingAnswers(answers, 'a#b').map((a) => a.choice)).toEqual(['z']);
    expect(sittingAnswers(answers, 'ab').map((a) => a.choice)).toEqual(['w']);
    expect(sittingAnswers(answers, 'none')).toEqual([]);
  });
});
