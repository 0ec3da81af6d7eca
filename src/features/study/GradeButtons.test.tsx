import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { GRADES } from '../../domain/shared/grades';
import { createScheduler, newFsrsCard } from '../../domain/study/scheduler';
import { GradeButtons } from './GradeButtons';

describe('GradeButtons', () => {
  const scheduler = createScheduler();
  const at = new Date('2026-03-01T10:00:00Z');
  const preview = { at: at.getTime(), results: scheduler.preview(newFsrsCard(at), at, 'deck/q1') };

  it('names each button by its visible text (axe label-content-name-mismatch)', () => {
    render(<GradeButtons preview={preview} onGrade={() => {}} />);
    for (const label of ['Again', 'Hard', 'Good', 'Easy']) {
      const button = screen.getByRole('button', { name: new RegExp(`^${label}\\s*· \\S+$`) });
      expect(button.getAttribute('aria-label')).toBeNull();
      expect(button.textContent).toMatch(new RegExp(`^${label} · \\S+$`));
    }
    expect(screen.getAllByRole('button')).toHaveLength(GRADES.length);
  });

  it('gives a new card the same Again label however late the screen renders', () => {
    // The learning step is one minute from the preview, so it reads "1m", not "<1m".
    const { rerender } = render(<GradeButtons preview={preview} onGrade={() => {}} />);
    expect(screen.getByRole('button', { name: /^Again/ })).toHaveTextContent('Again · 1m');
    rerender(<GradeButtons preview={{ ...preview }} onGrade={() => {}} />);
    expect(screen.getByRole('button', { name: /^Again/ })).toHaveTextContent('Again · 1m');
  });
});
