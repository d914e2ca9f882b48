import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useScenarioStore } from '../state/scenario-store';

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

/** Around the charts and panels: the inputs stay usable, and changing one tries again. */
export function ChartBoundary({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const scenario = useScenarioStore((state) => state.scenario);
  const fallback = (
    <div role="alert" className="rounded-lg border border-red-500 p-4">
      <h2 className="font-semibold">{t('error.title')}</h2>
      <p>{t('error.body')}</p>
    </div>
  );
  return (
    <ResetBoundary resetKey={scenario} fallback={fallback}>
      {children}
    </ResetBoundary>
  );
}
