import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** Names the panel in the message: "The chart", "This page". */
  label: string;
  children: ReactNode;
}

/** Keeps a render crash inside one panel: the rest of the page stays usable. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`${this.props.label} crashed`, error, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="state state--error" role="alert">
        <p className="state__title">{this.props.label} could not be shown.</p>
        <p className="state__detail">{this.state.error.message}</p>
        <button type="button" className="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
