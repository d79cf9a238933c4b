import { useEffect } from 'react';

const THEMES = ['light', 'dark', 'contrast'] as const;

/** ?theme=light|dark|contrast for this embed only; the visitor's own choice is not overwritten. */
export function useEmbedTheme(theme: string | null): void {
  useEffect(() => {
    const root = document.documentElement;
    const previous = root.dataset.theme;
    const chosen = THEMES.find((t) => t === theme);
    if (chosen) root.dataset.theme = chosen;
    return () => {
      if (previous === undefined) delete root.dataset.theme;
      else root.dataset.theme = previous;
    };
  }, [theme]);
}
