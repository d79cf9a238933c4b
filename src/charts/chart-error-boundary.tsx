import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/** A chart that throws shows a message in its frame; the rest of the page keeps working. */
export class ChartErrorBoundary extends Component<{ children: ReactNode; title: string }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept in the console for whoever debugs a bundle; the user sees the panel.
    console.warn(`Chart "${this.props.title}" failed`, error, info.componentStack);
  }

  override render() {
    if (this.state.error) {
      return (
        <div role="alert" className="chart-state chart-state--error">
          <p>
            <strong>This chart could not be drawn.</strong> {this.state.error.message}
          </p>
          <p className="muted">The table and downloads below still show the data.</p>
          <button type="button" className="button button--quiet" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
        </div>
      );
    }
    return this.props.children;
  }
}
