import { useId } from 'react';
import { TOPICS, type Topic } from '../../domain/shared/deck';

/** The topic imported cards get when no tag of theirs names one. */
export function TopicChoice({ value, onChange }: { value: Topic; onChange: (topic: Topic) => void }) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>Topic of cards without a topic tag</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as Topic)}>
        {TOPICS.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
    </>
  );
}
