import { useState } from 'react';

export type CopyStatus = 'idle' | 'copied' | 'failed';

/** Copies text and remembers how it went, for a status line next to the button. */
export function useClipboard(): [CopyStatus, (text: string) => Promise<void>] {
  const [status, setStatus] = useState<CopyStatus>('idle');
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };
  return [status, copy];
}
