import { useState } from 'react';
import { saveTheme, storedTheme, THEMES, type Theme } from '../../components/theme';

const LABELS: Record<Theme, string> = {
  system: 'System (follow this device)',
  light: 'Light',
  dark: 'Dark',
};

/** Settings › Appearance: the colour theme, applied at once and kept on this device. */
export function ThemeSwitch() {
  const [theme, setTheme] = useState(storedTheme);
  return (
    <fieldset className="theme-switch">
      <legend>Colour theme</legend>
      {THEMES.map((option) => (
        <label key={option}>
          <input
            type="radio"
            name="theme"
            value={option}
            checked={theme === option}
            onChange={() => {
              saveTheme(option);
              setTheme(option);
            }}
          />{' '}
          {LABELS[option]}
        </label>
      ))}
      <p className="hint">Kept in this browser on this device; it is not part of a backup.</p>
    </fieldset>
  );
}
