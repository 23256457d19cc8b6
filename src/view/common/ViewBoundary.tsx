import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What the reader calls this part of the screen ("The gap map"). */
  name: string;
  children: ReactNode;
  /** Changing it (a new selection, another tab) gives the view a fresh start. */
  resetKey?: unknown;
}

interface State {
  error: Error | null;
  resetKey: unknown;
}

/**
 * Keeps a crash in one view from blanking the app: the view is replaced by a message that says
 * what failed, with "Reload this view"; everything around it stays usable.
 */
export class ViewBoundary extends Component<Props, State> {
  state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { resetKey: props.resetKey, error: null } : null;
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`${this.props.name} failed:`, error, info.componentStack);
  }

  render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <div className="view-failed" role="alert">
        <p>
          <strong>{this.props.name} stopped working.</strong> {this.state.error.message}
        </p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Reload this view
        </button>
      </div>
    );
  }
}
