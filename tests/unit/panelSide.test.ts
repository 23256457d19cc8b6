import { describe, expect, it } from 'vitest';
import { panelSide } from '../../src/view/common/panelSide';

describe('panelSide', () => {
  it('hangs a panel leftwards from a button at the right of the window', () => {
    expect(panelSide({ left: 1100, right: 1170 }, 1366)).toBe('end');
  });
  it('hangs it rightwards from a button that a wrapped toolbar put at the left', () => {
    expect(panelSide({ left: 13, right: 85 }, 1366)).toBe('start');
  });
});
