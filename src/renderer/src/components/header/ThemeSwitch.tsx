import type { ThemeChoice } from '../../lib/theme';
import { useAppStore } from '../../store/app-store';
import { chooseTheme } from '../../store/engine-actions';

const CHOICES: { value: ThemeChoice; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** Three toggle buttons; the choice is saved in the workspace settings (`ui.theme`). */
export function ThemeSwitch() {
  const theme = useAppStore((s) => s.theme);
  return (
    <fieldset className="segmented">
      <legend className="visually-hidden">Theme</legend>
      {CHOICES.map((c) => (
        <button
          key={c.value}
          type="button"
          aria-pressed={theme === c.value}
          onClick={() => void chooseTheme(c.value)}
        >
          {c.label}
        </button>
      ))}
    </fieldset>
  );
}
