import { useEffect } from 'react';
import { openDataUrl } from './openDataUrl';
import { useImportSessionApi } from './importSession';

/** The name of the query parameter that opens a graph file of this site: `?data=graphs/map.graphml`. */
export const DATA_PARAM = 'data';

/** On load, opens the graph `?data=` names (once); the review shows until it is read. */
export const useDataParam = (): void => {
  const session = useImportSessionApi();
  useEffect(() => {
    const value = new URLSearchParams(window.location.search).get(DATA_PARAM);
    if (value) void openDataUrl(session, value, window.location.href);
  }, [session]);
};

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
