import { useId } from 'react';

export interface SeparatorChoiceProps {
  legend: string;
  /** Radio label → the separator it stands for. */
  choices: Record<string, string>;
  value: string;
  custom: string;
  customLabel: string;
  onChange: (value: string) => void;
  onCustom: (custom: string) => void;
}

/** The CUSTOM value: the separator is the text typed beside it. */
export const CUSTOM = 'custom';

/** A separator to pick (Quizlet's "between term and definition", "between rows"), or one of your own. */
export function SeparatorChoice(props: SeparatorChoiceProps) {
  const name = useId();
  const customId = useId();
  const entries = [...Object.entries(props.choices), ['Custom', CUSTOM] as const];
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {entries.map(([label, value]) => (
        <label key={value}>
          <input
            type="radio"
            name={name}
            checked={props.value === value}
            onChange={() => props.onChange(value)}
          />{' '}
          {label}
        </label>
      ))}
      {props.value === CUSTOM && (
        <>
          <label htmlFor={customId}>{props.customLabel}</label>
          <input
            id={customId}
            value={props.custom}
            onChange={(e) => props.onCustom(e.target.value)}
            maxLength={10}
          />
        </>
      )}
    </fieldset>
  );
}
