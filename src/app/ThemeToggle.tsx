import { useState } from 'react';
import { applyTheme, readTheme, type ThemeChoice } from './theme';

const NEXT: Record<ThemeChoice, ThemeChoice> = { system: 'light', light: 'dark', dark: 'system' };
const LABEL: Record<ThemeChoice, string> = { system: 'Theme: system', light: 'Theme: light', dark: 'Theme: dark' };

export function ThemeToggle() {
  const [choice, setChoice] = useState(readTheme);
  return (
    <button
      type="button"
      className="button button--ghost"
      title="Switch between system, light and dark themes"
      onClick={() => {
        const next = NEXT[choice];
        applyTheme(next);
        setChoice(next);
      }}
    >
      {LABEL[choice]}
    </button>
  );
}
