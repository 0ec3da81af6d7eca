import { useLayoutEffect } from 'react';
import { isShortcut, isTyping } from '../../components/answer/keys';
import { GRADES, type Grade } from '../../domain/shared/grades';

interface StudyKeys {
  active: boolean;
  revealed: boolean;
  /** Flashcards are revealed by Space/Enter; other types reveal by being answered. */
  canReveal: boolean;
  suggested: Grade | undefined;
  reveal: () => void;
  grade: (grade: Grade) => void;
  undo: () => void;
}

/**
 * Anki's keys: Space/Enter reveal, 1–4 grade, Enter (or Space) accepts the suggested grade
 * (Good for a flashcard), Z or Ctrl+Z undoes. Keys a widget already took (1–9 on a
 * multiple-choice card) and keys typed into a field are left alone.
 */
export function useStudyKeys({ active, revealed, canReveal, suggested, reveal, grade, undo }: StudyKeys) {
  // A layout effect, so the listener matches the card on screen from the moment it is painted:
  // the next card arrives after its grade's write, outside any key event, and a passive
  // effect would leave the previous card's listener in place until after the paint (a Space
  // pressed then would grade the previous card again).
  useLayoutEffect(() => {
    if (!active) return;
    function onKey(event: KeyboardEvent) {
      const undoKey = event.key === 'z' || event.key === 'Z';
      // Ctrl+Z in an empty answer field has no text to undo, so it undoes the last answer.
      const emptyField = event.target instanceof HTMLInputElement && event.target.value === '';
      if (
        undoKey &&
        (event.ctrlKey || event.metaKey) &&
        !event.altKey &&
        (!isTyping(event.target) || emptyField)
      ) {
        event.preventDefault();
        undo();
        return;
      }
      if (!isShortcut(event)) return;
      const onButton = event.target instanceof HTMLButtonElement;
      const accept = event.key === 'Enter' || event.key === ' ';
      if (undoKey) {
        event.preventDefault();
        undo();
      } else if (!revealed && canReveal && accept && !onButton) {
        event.preventDefault();
        reveal();
      } else if (revealed && /^[1-4]$/.test(event.key)) {
        event.preventDefault();
        const choice = GRADES[Number(event.key) - 1];
        if (choice) grade(choice);
      } else if (revealed && accept && !onButton) {
        event.preventDefault();
        grade(suggested ?? 'good');
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active, revealed, canReveal, suggested, reveal, grade, undo]);
}
