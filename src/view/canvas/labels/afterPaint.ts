/**
 * Runs a piece of work once, just after the next frame has been painted (a frame callback, then a
 * task): what is scheduled again before then runs once. Cancelling drops what is waiting.
 */
export interface AfterPaint {
  schedule: (work: () => void) => void;
  cancel: () => void;
}

export const createAfterPaint = (): AfterPaint => {
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    frame = 0;
    timer = undefined;
  };
  return {
    schedule: (work) => {
      if (frame !== 0 || timer !== undefined) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        timer = setTimeout(() => {
          timer = undefined;
          work();
        }, 0);
      });
    },
    cancel,
  };
};
