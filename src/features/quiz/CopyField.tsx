import { useId, useState } from 'react';

/** A read-only text (a link or a code) with a Copy button beside it. */
export function CopyField({ label, value }: { label: string; value: string }) {
  const id = useId();
  const [copied, setCopied] = useState(false);
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} readOnly value={value} rows={3} onFocus={(e) => e.target.select()} />
      <button
        type="button"
        onClick={async () => {
          await navigator.clipboard.writeText(value);
          setCopied(true);
        }}
      >
        Copy {label.toLowerCase()}
      </button>
      <span role="status">{copied ? ' Copied.' : ''}</span>
    </div>
  );
}
