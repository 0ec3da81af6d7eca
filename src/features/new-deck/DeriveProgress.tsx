import { useEffect, useRef, useState } from 'react';

interface Props {
  /** What is being done, as a sentence: "Making questions…". */
  label: string;
  startedAt: number;
  onCancel: () => void;
}

/**
 * Work that may take seconds: an indeterminate bar, the time so far, and Cancel. The label
 * is announced politely when it changes; the seconds are not (a screen reader would read
 * every tick). Cancel takes focus, so Enter or Space stops the work at once.
 */
export function DeriveProgress({ label, startedAt, onCancel }: Props) {
  const [now, setNow] = useState(() => Date.now());
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  useEffect(() => cancel.current?.focus(), []);
  const seconds = Math.max(0, Math.floor((now - startedAt) / 1000));
  return (
    <div className="derive-progress">
      <progress aria-label={label} />
      <p role="status" className="derive-label">
        {label}
      </p>
      <p className="hint" aria-hidden="true">
        {seconds} s
      </p>
      <button type="button" ref={cancel} onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
