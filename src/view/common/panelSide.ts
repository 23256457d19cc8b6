/**
 * The side a drop-down panel hangs toward from its button: from the button's right edge leftwards ('end', the
 * usual place at the right of the toolbar), or from its left edge rightwards ('start') when the button sits
 * nearer the left of the window — as it does when the toolbar wraps — so the panel is not cut off the screen.
 */
export const panelSide = (button: { left: number; right: number }, windowWidth: number): 'start' | 'end' =>
  windowWidth - button.left > button.right ? 'start' : 'end';
