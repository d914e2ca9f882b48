import { useId, useRef, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_LOG_CHARS } from '../../logs/text';
import { forgetLog, readPastedLog, refuseLog } from '../../state/log-store';
import { CONTROL_CLASS } from '../shared/controls';

const tooLarge = () => {
  refuseLog({ kind: 'too-large', limit: MAX_LOG_CHARS });
};

/**
 * Where a log comes in: pasted, typed, dropped or opened. The text lives in the textarea, not
 * in React state, and its size is checked as it arrives, so a huge paste is refused before it
 * is ever rendered or read.
 */
export function LogInput() {
  const { t } = useTranslation();
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);

  const readFile = (file: File) => {
    if (file.size > MAX_LOG_CHARS * 4) {
      tooLarge();
      return;
    }
    void file.text().then((text) => {
      if (text.length > MAX_LOG_CHARS) tooLarge();
      else readPastedLog(text);
    });
  };
  const onDrop = (event: DragEvent<HTMLTextAreaElement>) => {
    const file = event.dataTransfer.files[0];
    if (!file) return;
    event.preventDefault();
    readFile(file);
  };

  return (
    <div className="space-y-2">
      <label htmlFor={id} className="text-sm font-medium">
        {t('log.label')}
      </label>
      <textarea
        id={id}
        ref={area}
        rows={6}
        spellCheck={false}
        className="w-full rounded-md border border-slate-300 bg-white p-2 font-mono text-xs dark:border-slate-600 dark:bg-slate-800"
        placeholder={t('log.placeholder')}
        aria-describedby={`${id}-privacy`}
        data-testid="log-text"
        onPaste={(event) => {
          const pasted = event.clipboardData.getData('text/plain');
          if (pasted.length + event.currentTarget.value.length > MAX_LOG_CHARS) {
            event.preventDefault();
            tooLarge();
          }
        }}
        onInput={(event) => {
          if (event.currentTarget.value.length > MAX_LOG_CHARS) {
            event.currentTarget.value = '';
            tooLarge();
          }
        }}
        onDragOver={(event) => {
          event.preventDefault();
        }}
        onDrop={onDrop}
      />
      <p id={`${id}-privacy`} className="text-xs text-slate-600 dark:text-slate-400">
        {t('log.privacy')}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          className={CONTROL_CLASS}
          data-testid="log-read"
          onClick={() => {
            readPastedLog(area.current?.value ?? '');
          }}
        >
          {t('log.read')}
        </button>
        <label className={`${CONTROL_CLASS} cursor-pointer`}>
          {t('log.file')}
          <input
            type="file"
            accept=".log,.txt,text/plain"
            className="sr-only"
            data-testid="log-file"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) readFile(file);
            }}
          />
        </label>
        <button
          type="button"
          className={CONTROL_CLASS}
          onClick={() => {
            if (area.current) area.current.value = '';
            forgetLog();
          }}
        >
          {t('log.clear')}
        </button>
      </div>
    </div>
  );
}
