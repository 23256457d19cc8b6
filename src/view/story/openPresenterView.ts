/** This window's query without `present` (and without `console`), for another window to open. */
const unpresented = (search: string): URLSearchParams => {
  const params = new URLSearchParams(search);
  params.delete('present');
  params.delete('console');
  return params;
};

/**
 * The presenter view's address: this window's own (the view codec keeps it naming the story and
 * step) with `console=1`, without `present` (the console is never full screen by itself).
 */
export const presenterViewUrl = (location: Pick<Location, 'pathname' | 'search'>): string => {
  const params = unpresented(location.search);
  params.set('console', '1');
  return `${location.pathname}?${params.toString()}`;
};

/** The link a class follows on its own devices: this window's story and step, played, not presented. */
export const audienceLink = (location: Pick<Location, 'origin' | 'pathname' | 'search'>): string =>
  `${location.origin}${location.pathname}?${unpresented(location.search).toString()}`;

/** Opens the presenter view in its own window (one per browser: opening it again brings it back). */
export const openPresenterView = (): void => {
  const features = 'popup,width=1200,height=780';
  window.open(presenterViewUrl(window.location), 'msc-review-graph-presenter', features)?.focus();
};
