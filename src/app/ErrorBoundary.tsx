import { Component, type ErrorInfo, type ReactNode } from 'react';
import { errorText } from '../components/error-message';

/**
 * Catches a render error (or a screen's chunk that failed to load) so the user reads a
 * sentence, not a blank page. A new `resetKey` (the address) clears it, so the menu still works.
 */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey?: string }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidUpdate(previous: { resetKey?: string }) {
    if (this.state.error !== null && previous.resetKey !== this.props.resetKey)
      this.setState({ error: null });
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return (
      <section role="alert" className="crash">
        <h1>This page hit a problem</h1>
        <p>{errorText(this.state.error)}</p>
        <p>
          <a href="/">Go to your decks</a>
        </p>
      </section>
    );
  }
}
