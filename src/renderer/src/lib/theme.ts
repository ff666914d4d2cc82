export type ThemeChoice = 'system' | 'light' | 'dark';
export type ResolvedTheme = 'light' | 'dark';

const CACHE_KEY = 'ai-factory.ui.theme';

export function isThemeChoice(value: unknown): value is ThemeChoice {
  return value === 'system' || value === 'light' || value === 'dark';
}

function systemPrefersDark(): boolean {
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}

export function resolveTheme(choice: ThemeChoice, prefersDark: boolean): ResolvedTheme {
  if (choice === 'system') return prefersDark ? 'dark' : 'light';
  return choice;
}

/**
 * Set the theme on :root: data-theme is the resolved light/dark (the CSS variables hang off it),
 * data-theme-choice what the person chose. The choice is cached locally so the next start paints
 * in it before the workspace settings arrive; the settings stay the source of truth.
 */
export function applyTheme(choice: ThemeChoice): void {
  const root = document.documentElement;
  const resolved = resolveTheme(choice, systemPrefersDark());
  root.dataset.theme = resolved;
  root.dataset.themeChoice = choice;
  root.style.colorScheme = resolved;
  try {
    localStorage.setItem(CACHE_KEY, choice);
  } catch {
    // Storage can be unavailable (private windows); the workspace setting still holds the choice.
  }
}

export function cachedTheme(): ThemeChoice {
  try {
    const value = localStorage.getItem(CACHE_KEY);
    return isThemeChoice(value) ? value : 'system';
  } catch {
    return 'system';
  }
}

/** Re-resolve a `system` choice when the operating system switches between light and dark. */
export function watchSystemTheme(current: () => ThemeChoice): () => void {
  const query = window.matchMedia?.('(prefers-color-scheme: dark)');
  if (!query) return () => {};
  const onChange = () => {
    if (current() === 'system') applyTheme('system');
  };
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}
