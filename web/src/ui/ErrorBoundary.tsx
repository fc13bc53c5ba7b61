/**
 * Keeps one failing part (a panel, the canvas) from blanking the whole app: it shows the error in
 * place with a retry that re-mounts the part. `resetKey` changing (e.g. another panel) also resets.
 */
import { Component, type ReactNode } from "react";
import { StatusOverlay } from "./StatusOverlay.tsx";

interface Props {
  children: ReactNode;
  resetKey?: unknown;
  inline?: boolean;
}

interface State {
  error: Error | null;
  key: unknown;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <StatusOverlay
        kind="error"
        inline={this.props.inline}
        message={error.message}
        onRetry={() => this.setState({ error: null })}
      />
    );
  }
}
