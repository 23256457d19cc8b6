import { describe, expect, it } from 'vitest';
import { addNotice, MAX_TRANSIENT_NOTICES } from '../../src/state/notices';
import type { Notice } from '../../src/state/viewTypes';

const texts = (notices: Notice[]) => notices.map((n) => n.text);

describe('the notice model', () => {
  it('stacks notices newest last and keeps only the last few that expire', () => {
    let list: Notice[] = [];
    for (const t of ['a', 'b', 'c', 'd', 'e', 'f']) list = addNotice(list, t);
    expect(texts(list)).toEqual(['a', 'b', 'c', 'd', 'e', 'f'].slice(-MAX_TRANSIENT_NOTICES));
  });

  it('never pushes out a persistent notice (warnings about saved work)', () => {
    let list = addNotice([], 'Your saved stories are damaged.', { persistent: true });
    for (const t of ['a', 'b', 'c', 'd', 'e', 'f']) list = addNotice(list, t);
    expect(list[0]).toMatchObject({ text: 'Your saved stories are damaged.', persistent: true });
    expect(list.filter((n) => !n.persistent)).toHaveLength(MAX_TRANSIENT_NOTICES);
  });

  it('shows the same text once, as the newest, keeping it persistent if it was', () => {
    let list = addNotice([], 'x', { persistent: true });
    list = addNotice(list, 'y');
    list = addNotice(list, 'x');
    expect(texts(list)).toEqual(['y', 'x']);
    expect(list[1]!.persistent).toBe(true);
  });
});
