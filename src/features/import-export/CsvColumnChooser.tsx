import { useId } from 'react';
import {
  CSV_DELIMITERS,
  type CsvColumns,
  type CsvDelimiter,
  type CsvLayout,
} from '../../domain/interchange/csv';

export interface CsvColumnChooserProps {
  layout: CsvLayout;
  onDelimiter: (delimiter: CsvDelimiter) => void;
  onColumns: (columns: CsvColumns) => void;
}

const NONE = '';

/**
 * The delimiter and the columns a CSV import found, each a select the learner may change
 * before importing: a spreadsheet's columns come in any order, with any names.
 */
export function CsvColumnChooser({ layout, onDelimiter, onColumns }: CsvColumnChooserProps) {
  const ids = { delimiter: useId(), front: useId(), back: useId(), tags: useId(), found: useId() };
  const { names, columns } = layout;
  const options = names.map((name, i) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: columns are positions; two may share a name.
    <option key={i} value={i}>
      {i + 1}: {name}
    </option>
  ));
  const change = (part: keyof CsvColumns, value: string) =>
    onColumns({ ...columns, [part]: value === NONE ? undefined : Number(value) });
  return (
    <fieldset className="csv-columns" aria-describedby={ids.found}>
      <legend>Columns</legend>
      <p className="hint" id={ids.found}>
        Found {names.length} columns separated by {CSV_DELIMITERS[layout.delimiter].toLowerCase()}
        {layout.header ? ', with a header row' : ', no header row'}.
      </p>
      <label htmlFor={ids.delimiter}>Delimiter</label>
      <select
        id={ids.delimiter}
        value={layout.delimiter}
        onChange={(e) => onDelimiter(e.target.value as CsvDelimiter)}
      >
        {Object.entries(CSV_DELIMITERS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <label htmlFor={ids.front}>Front column</label>
      <select id={ids.front} value={columns.front} onChange={(e) => change('front', e.target.value)}>
        {options}
      </select>
      <label htmlFor={ids.back}>Back column</label>
      <select id={ids.back} value={columns.back} onChange={(e) => change('back', e.target.value)}>
        {options}
      </select>
      <label htmlFor={ids.tags}>Tags column</label>
      <select id={ids.tags} value={columns.tags ?? NONE} onChange={(e) => change('tags', e.target.value)}>
        <option value={NONE}>None</option>
        {options}
      </select>
      {columns.front === columns.back && (
        <p className="hint" role="status">
          The front and the back are the same column: choose another for one of them.
        </p>
      )}
    </fieldset>
  );
}
