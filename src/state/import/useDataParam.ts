/** The name of the query parameter that opens a graph file of this site: `?data=graphs/map.graphml`. */
export const DATA_PARAM = 'data';

/** Drops `?data=` from the address (back to the review: a reload shows the review). */
export const forgetDataParam = (): void => {
  const params = new URLSearchParams(window.location.search);
  if (!params.has(DATA_PARAM)) return;
  params.delete(DATA_PARAM);
  const search = params.toString();
  window.history.replaceState(
    null,
    '',
    `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`,
  );
};
