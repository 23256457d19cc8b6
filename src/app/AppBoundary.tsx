import { Component, type ErrorInfo, type ReactNode } from 'react';
import { SKIP_SAVED_STORIES } from '../state/safeStart';

interface State {
  error: Error | null;
}

/**
 * The last line of defence: if the whole app crashes (for example on damaged saved stories), the
 * reader gets a sentence and two ways out instead of a blank page.
 */
export class AppBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('The app failed:', error, info.componentStack);
  }

  render(): ReactNode {
    if (!this.state.error) return this.props.children;
    const withoutStories = new URL(window.location.href);
    withoutStories.searchParams.set(SKIP_SAVED_STORIES, '1');
    return (
      <div className="load-error" role="alert">
        <h1>Something went wrong</h1>
        <p>{this.state.error.message}</p>
        <p>
          Your saved stories are not deleted. If the problem comes from them, open the app without them and
          download or repair them from the Stories tab.
        </p>
        <p>
          <a href={withoutStories.toString()}>Open without saved stories</a> ·{' '}
          <button type="button" onClick={() => window.location.reload()}>
            Reload
          </button>
        </p>
      </div>
    );
  }
}
