import type { MessageId } from '../i18n/i18n';
import { useT } from '../i18n/use-t';
import { THEMES, useTheme, type Theme } from './theme';

const LABELS: Record<Theme, MessageId> = {
  system: 'app.theme.system',
  light: 'app.theme.light',
  dark: 'app.theme.dark',
  contrast: 'app.theme.contrast',
};

export function ThemePicker() {
  const t = useT();
  const [theme, setTheme] = useTheme();
  return (
    <label className="theme-picker">
      <span>{t('app.theme.label')}</span>
      <select
        value={theme}
        onChange={(e) => {
          const next = THEMES.find((option) => option === e.target.value);
          if (next) setTheme(next);
        }}
      >
        {THEMES.map((option) => (
          <option key={option} value={option}>
            {t(LABELS[option])}
          </option>
        ))}
      </select>
    </label>
  );
}
