/** How long a path search may work in all before it shows what it has (ms of main-thread time). */
export const PATH_BUDGET_MS = 2000;

/** How long one slice of it may hold the main thread before the page gets a turn (ms). */
export const PATH_SLICE_MS = 12;
