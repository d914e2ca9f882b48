import { useTranslation } from 'react-i18next';
import { calibrateToLog } from '../../state/log-store';
import { CONTROL_CLASS } from '../shared/controls';

const PAD = 'px-1 py-1 sm:px-2';
const CELL = `${PAD} text-right font-mono tabular-nums sm:whitespace-nowrap`;

/** One figure as the log has it, as the page computes it, and how they differ. */
export interface FigureRow {
  readonly label: string;
  readonly logged: string;
  readonly page: string;
  readonly note: string;
  /** Names the cells `log-${testId}-logged` and `log-${testId}-page`. */
  readonly testId: string;
}

/** A log's figures beside the page's, one row a figure. */
export function FigureTable({
  pageHeading,
  rows,
}: {
  pageHeading: string;
  rows: readonly FigureRow[];
}) {
  const { t } = useTranslation();
  return (
    <div
      className="scroll-cue overflow-x-auto"
      tabIndex={0}
      role="region"
      aria-label={t('log.logged')}
    >
      <table className="w-full border-collapse" data-testid="log-table">
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-600">
            <th scope="col" className={`${PAD} text-left`}>
              {t('log.figure')}
            </th>
            <th scope="col" className={`${PAD} text-right`}>
              {t('log.logged')}
            </th>
            <th scope="col" className={`${PAD} text-right`}>
              {pageHeading}
            </th>
            <th scope="col" className={`${PAD} text-right`}>
              {t('log.difference')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ label, logged, page, note, testId }) => (
            <tr key={testId} className="border-b border-slate-100 dark:border-slate-800">
              <th scope="row" className={`${PAD} text-left font-normal`}>
                {label}
              </th>
              <td className={CELL} data-testid={`log-${testId}-logged`}>
                {logged}
              </td>
              <td className={CELL} data-testid={`log-${testId}-page`}>
                {page}
              </td>
              <td className={`${PAD} text-right text-xs`}>{note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Whether the page already reproduces the log, and if not the action that makes it. */
export function CalibrationLine({
  calibrated,
  calibratedText,
  unexplained,
}: {
  calibrated: boolean;
  calibratedText: string;
  unexplained: string;
}) {
  const { t } = useTranslation();
  if (calibrated) {
    return (
      <p className="text-emerald-800 dark:text-emerald-300" data-testid="log-calibrated">
        {calibratedText}
      </p>
    );
  }
  return (
    <p>
      {t('log.notYet', { value: unexplained })}{' '}
      <button
        type="button"
        className={CONTROL_CLASS}
        data-testid="log-calibrate"
        onClick={calibrateToLog}
      >
        {t('log.calibrate')}
      </button>
    </p>
  );
}
