import { parse, type MultipleChoice } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { runKg } from '../support/runKg';

describe('kg quiz', () => {
  it('prints a story’s questions as JSON: kind, question, answer, distractors, evidence', () => {
    const run = runKg('quiz', '--story', 'where-mscs-come-from', '--count', '6', '--format', 'json');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const questions = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(questions).toHaveLength(6);
    expect(questions[0]).toMatchObject({ kind: 'hidden-link', answer: 'CD45' });
    for (const q of questions) {
      expect(Object.keys(q)).toEqual(['kind', 'question', 'answer', 'distractors', 'evidence']);
      expect((q.evidence as { edge: string; quote: string; refs: number[] }[])[0]).toEqual({
        edge: expect.any(String),
        quote: expect.any(String),
        refs: expect.any(Array),
      });
    }
  });

  it('prints GIFT that a parser reads, the whole graph by default', () => {
    const run = runKg('quiz', '--count', '8', '--format', 'gift');
    expect(run.status).toBe(0);
    const parsed = parse(run.stdout) as MultipleChoice[];
    expect(parsed).toHaveLength(8);
    expect(new Set(parsed.map((p) => p.title?.replace(/^Q\d+ /, ''))).size).toBe(4);
  });

  it('says what is wrong on misuse (exit 2)', () => {
    expect(runKg('quiz', '--format', 'xml')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('expected gift or json'),
    });
    expect(runKg('quiz')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('--format gift or --format json'),
    });
    expect(runKg('quiz', '--format', 'json', '--story', 'nope')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('no story "nope"'),
    });
    expect(runKg('quiz', '--format', 'json', '--count', '0')).toMatchObject({ status: 2 });
  });
});
