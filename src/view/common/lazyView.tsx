import { useEffect, useState, type ComponentType } from 'react';

/** How long a view's code may take to arrive before the reader is offered a retry. */
export const LAZY_TIMEOUT_MS = 15_000;

type State<P> =
  | { status: 'loading' }
  | { status: 'ready'; Component: ComponentType<P> }
  | { status: 'failed'; why: string };

const withTimeout = <T,>(promise: Promise<T>, ms: number): Promise<T> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`it did not arrive within ${ms / 1000} s`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });

/**
 * A view whose code loads on first use, without Suspense: React 19 holds back a Suspense
 * reveal for up to 300 ms, which would delay every first opening. Once loaded (the idle
 * warm-up usually loads it before anyone asks), it renders at once. If the code does not
 * arrive (offline, a new deployment, a timeout), the reader sees why and can try again.
 */
export const lazyView = <P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  name = 'This view',
) => {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (pending ??= withTimeout(load(), LAZY_TIMEOUT_MS).then(
      (m) => (loaded = m.default),
      (error: Error) => {
        pending = undefined; // the next attempt loads afresh
        throw error;
      },
    ));
  const View = (props: P) => {
    const [state, setState] = useState<State<P>>(() =>
      loaded ? { status: 'ready', Component: loaded } : { status: 'loading' },
    );
    const [attempt, setAttempt] = useState(0);
    useEffect(() => {
      if (state.status !== 'loading') return undefined;
      let live = true;
      preload().then(
        (Component) => live && setState({ status: 'ready', Component }),
        (error: Error) => live && setState({ status: 'failed', why: error.message }),
      );
      return () => {
        live = false;
      };
    }, [state.status, attempt]);
    if (state.status === 'ready') return <state.Component {...props} />;
    if (state.status === 'failed')
      return (
        <div className="load-failed" role="alert">
          <p>
            {name} could not load: {state.why}.
          </p>
          <button
            type="button"
            onClick={() => {
              setState({ status: 'loading' });
              setAttempt((a) => a + 1);
            }}
          >
            Retry
          </button>
        </div>
      );
    return <p className="loading">Loading…</p>;
  };
  return Object.assign(View, { preload });
};
