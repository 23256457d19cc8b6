/** A parameter value as a notice quotes it: at most 60 characters (a 100 kB value must not flood the screen). */
export const shortValue = (value: string, max = 60): string =>
  value.length <= max
    ? value
    : `${value.slice(0, max - 1)}… (${value.length.toLocaleString('en')} characters)`;

/** Parameters that mean something only with another one. */
const NEEDS: Record<string, { other: string; value?: string; what: string }> = {
  step: { other: 'story', what: 'a story' },
  present: { other: 'story', what: 'a story' },
  depth: { other: 'focus', what: 'a focus' },
  cell: { other: 'view', value: 'gaps', what: '?view=gaps' },
};

/**
 * Notices for what a query string says that the view cannot use as such: unknown parameters,
 * parameters given more than once (the first counts), and parameters that need another one.
 */
export const parameterNotices = (params: URLSearchParams, isKnown: (name: string) => boolean): string[] => {
  const notices: string[] = [];
  const seen = new Set<string>();
  for (const name of params.keys()) {
    if (seen.has(name)) continue;
    seen.add(name);
    if (!isKnown(name)) {
      notices.push(`Ignored unknown parameter ?${shortValue(name)}.`);
      continue;
    }
    const count = params.getAll(name).length;
    if (count > 1)
      notices.push(
        `?${name} was given ${count} times; used the first (${shortValue(params.get(name) ?? '')}).`,
      );
    const need = NEEDS[name];
    if (need && (need.value ? params.get(need.other) !== need.value : !params.has(need.other)))
      notices.push(`Ignored ?${name}=${shortValue(params.get(name) ?? '')}: it needs ${need.what}.`);
  }
  return notices;
};

/** Whether a parameter that needs another one is usable here (see `parameterNotices`). */
export const hasItsPartner = (params: URLSearchParams, name: string): boolean => {
  const need = NEEDS[name];
  return !need || (need.value ? params.get(need.other) === need.value : params.has(need.other));
};
