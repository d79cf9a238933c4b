import { useCallback, useSyncExternalStore } from 'react';

export const THEMES = ['system', 'light', 'dark', 'contrast'] as const;
export type Theme = (typeof THEMES)[number];

const KEY = 'theme';
const listeners = new Set<() => void>();

function read(): Theme {
  try {
    const stored = localStorage.getItem(KEY);
    return THEMES.find((t) => t === stored) ?? 'system';
  } catch {
    return 'system';
  }
}

/** Sets the theme on <html>; "system" leaves it to prefers-color-scheme. */
function applyTheme(theme: Theme): void {
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

/** Applies the remembered theme; called once before the first render. */
export function applyStoredTheme(): void {
  applyTheme(read());
}

export function useTheme(): [Theme, (theme: Theme) => void] {
  const theme = useSyncExternalStore(
    (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    read,
    () => 'system' as const,
  );
  const set = useCallback((next: Theme) => {
    try {
      localStorage.setItem(KEY, next);
    } catch {
      // Private mode: the choice holds for this page only.
    }
    applyTheme(next);
    listeners.forEach((l) => l());
  }, []);
  return [theme, set];
}
