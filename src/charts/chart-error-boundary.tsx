import { Component, type ErrorInfo, type ReactNode } from 'react';
import { t } from '../i18n/i18n';
import { LocaleContext } from '../i18n/use-t';

interface State {
  error: Error | null;
}

/** A chart that throws shows a message in its frame; the rest of the page keeps working. */
export class ChartErrorBoundary extends Component<{ children: ReactNode; title: string }, State> {
  // Read so the panel re-renders in a new language.
  static override contextType = LocaleContext;
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
            <strong>{t('charts.error.title')}</strong> {this.state.error.message}
          </p>
          <p className="muted">{t('charts.error.stillData')}</p>
          <button type="button" className="button button--quiet" onClick={() => this.setState({ error: null })}>
            {t('charts.error.retry')}
          </button>
        </div>
      );
    }
    return this.props.children;
  }
}
