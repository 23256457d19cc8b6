/** How long to wait (ms) for an element that a state change is about to render. */
export const PRESENT_WITHIN_MS = 3000;

/**
 * Calls `then` with the element `find` returns, as soon as it exists: at once, or after the render
 * a state change started (a lazy view may take a moment). Gives up after `within` ms. Returns a
 * function that cancels the wait.
 */
export const whenPresent = <E extends Element>(
  find: () => E | null,
  then: (element: E) => void,
  within = PRESENT_WITHIN_MS,
): (() => void) => {
  const until = performance.now() + within;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const attempt = () => {
    const element = find();
    if (element) then(element);
    else if (performance.now() < until) timer = setTimeout(attempt, 16);
  };
  attempt();
  return () => clearTimeout(timer);
};
