import { Component, type ReactNode } from 'react';

type Props = { children: ReactNode; fallback: (retry: () => void) => ReactNode; onRetry: () => void };

/**
 * Catches a failed fetch of a lazy chunk (the questionnaire's code, fetched after the landing: a phone can lose its
 * connection in between) and offers to try again, instead of leaving a blank page. The answers live in the response
 * store, not in the component tree, so retrying loses nothing.
 */
export class LoadBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  private retry = () => {
    this.props.onRetry();
    this.setState({ failed: false });
  };

  override render() {
    return this.state.failed ? this.props.fallback(this.retry) : this.props.children;
  }
}
