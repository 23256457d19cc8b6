import { useEffect, useState, type ComponentType } from 'react';

/**
 * A view whose code loads on first use, without Suspense: React 19 holds back a Suspense
 * reveal for up to 300 ms, which would delay every first opening. Once loaded (the idle
 * warm-up usually loads it before anyone asks), it renders at once.
 */
export const lazyView = <P extends object>(load: () => Promise<{ default: ComponentType<P> }>) => {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = () => (pending ??= load().then((m) => (loaded = m.default)));
  const View = (props: P) => {
    const [Component, setComponent] = useState<ComponentType<P> | undefined>(() => loaded);
    useEffect(() => {
      if (Component) return undefined;
      let live = true;
      void preload().then((c) => live && setComponent(() => c));
      return () => {
        live = false;
      };
    }, [Component]);
    return Component ? <Component {...props} /> : <p className="loading">Loading…</p>;
  };
  return Object.assign(View, { preload });
};
