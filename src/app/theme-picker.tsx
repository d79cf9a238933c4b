import { THEMES, useTheme, type Theme } from './theme';

const LABELS: Record<Theme, string> = {
  system: 'System',
  light: 'Light',
  dark: 'Dark',
  contrast: 'High contrast',
};

export function ThemePicker() {
  const [theme, setTheme] = useTheme();
  return (
    <label className="theme-picker">
      <span>Theme</span>
      <select
        value={theme}
        onChange={(e) => {
          const next = THEMES.find((t) => t === e.target.value);
          if (next) setTheme(next);
        }}
      >
        {THEMES.map((t) => (
          <option key={t} value={t}>
            {LABELS[t]}
          </option>
        ))}
      </select>
    </label>
  );
}
