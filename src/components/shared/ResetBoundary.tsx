import { Component, type ReactNode } from 'react';

interface ResetBoundaryProps {
  /** Any change of this value clears a failure and draws the children again. */
  readonly resetKey: unknown;
  readonly fallback: ReactNode;
  readonly children: ReactNode;
}

interface ResetBoundaryState {
  readonly failed: boolean;
}

/** Keeps a failing part from blanking the page; it is tried again when `resetKey` changes. */
export class ResetBoundary extends Component<ResetBoundaryProps, ResetBoundaryState> {
  override state: ResetBoundaryState = { failed: false };

  static getDerivedStateFromError(): ResetBoundaryState {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.warn('ShardScope view failed', error);
  }

  override componentDidUpdate(previous: ResetBoundaryProps): void {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) {
      this.setState({ failed: false });
    }
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
