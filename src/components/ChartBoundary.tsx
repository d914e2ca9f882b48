import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../inputs/scenario';
import { useScenarioStore } from '../state/scenario-store';

interface BoundaryProps {
  readonly inputs: Scenario;
  readonly fallback: ReactNode;
  readonly children: ReactNode;
}

interface BoundaryState {
  readonly failed: boolean;
}

/** Keeps a failing view from blanking the page; any input change tries the view again. */
class InputsResetBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { failed: false };

  static getDerivedStateFromError(): BoundaryState {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.warn('ShardScope view failed', error);
  }

  override componentDidUpdate(previous: BoundaryProps): void {
    if (this.state.failed && previous.inputs !== this.props.inputs) {
      this.setState({ failed: false });
    }
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

export function ChartBoundary({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const inputs = useScenarioStore((state) => state.scenario);
  const fallback = (
    <div role="alert" className="rounded-lg border border-red-500 p-4">
      <h2 className="font-semibold">{t('error.title')}</h2>
      <p>{t('error.body')}</p>
    </div>
  );
  return (
    <InputsResetBoundary inputs={inputs} fallback={fallback}>
      {children}
    </InputsResetBoundary>
  );
}
