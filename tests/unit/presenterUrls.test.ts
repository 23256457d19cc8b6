import { describe, expect, it } from 'vitest';
import { audienceLink, presenterViewUrl } from '../../src/view/story/openPresenterView';

const here = {
  origin: 'https://example.org',
  pathname: '/graph/',
  search: '?story=niche&step=3&present=1&console=1',
};

describe('the addresses other windows open', () => {
  it('opens the presenter view at this story and step, as a console and never full screen', () => {
    const url = new URL(presenterViewUrl(here), here.origin);
    expect(url.pathname).toBe('/graph/');
    expect(Object.fromEntries(url.searchParams)).toEqual({ story: 'niche', step: '3', console: '1' });
  });

  it('gives the class a full link to the same step, played rather than presented', () => {
    const url = new URL(audienceLink(here));
    expect(url.origin).toBe('https://example.org');
    expect(url.pathname).toBe('/graph/');
    expect(Object.fromEntries(url.searchParams)).toEqual({ story: 'niche', step: '3' });
  });
});
