import { afterEach, describe, expect, it } from 'vitest';
import { formatPartialDate } from '../lib/dates';
import { formatCount, formatNumber } from '../lib/format';
import { activateLocale, t } from './i18n';

afterEach(async () => {
  await activateLocale('en', null);
});

describe('numbers and dates in each language', () => {
  it('English: 1,664 and dates at their precision', async () => {
    await activateLocale('en', null);
    expect(formatCount(1664)).toBe('1,664');
    expect(formatNumber(12.5)).toBe('12.5');
    expect(formatPartialDate('2014-06')).toBe('Jun 2014');
    expect(formatPartialDate('2014-06-03', true)).toBe('c. 3 Jun 2014');
    expect(formatPartialDate('2014')).toBe('2014');
  });

  it('French: 1 664 with a narrow no-break space, months written out', async () => {
    await activateLocale('fr', null);
    expect(formatCount(1664)).toBe('1\u202f664');
    expect(formatNumber(12.5)).toBe('12,5');
    expect(formatPartialDate('2014-06')).toBe('juin 2014');
    expect(formatPartialDate('2014-06-03')).toBe('3 juin 2014');
    expect(formatPartialDate('2014', true)).toBe('vers 2014');
  });

  it('Arabic (ar-MA): Western digits, Moroccan month names', async () => {
    await activateLocale('ar', null);
    expect(formatCount(1664)).toBe('1.664');
    expect(formatCount(1664)).toMatch(/^[0-9.]+$/);
    expect(formatPartialDate('2014-06')).toBe('يونيو 2014');
    expect(t('app.language.label')).toBe('اللغة');
  });
});

describe('Latin-script values in Arabic sentences', () => {
  it('are isolated, so their own brackets stay with them', async () => {
    await activateLocale('ar', null);
    const text = t('app.language.label');
    expect(text).toBe('اللغة');
    const { i18n } = await import('./i18n');
    i18n.load('ar', { 'test.isolate': 'حسب {who}' });
    expect(t('test.isolate' as Parameters<typeof t>[0], { who: 'Interior Ministry (Laftit, Nov 2017)' })).toBe(
      'حسب \u2068Interior Ministry (Laftit, Nov 2017)\u2069',
    );
    expect(t('test.isolate' as Parameters<typeof t>[0], { who: 'وزارة الداخلية' })).toBe('حسب وزارة الداخلية');
    await activateLocale('fr', null);
    i18n.load('fr', { 'test.isolate': 'selon {who}' });
    expect(t('test.isolate' as Parameters<typeof t>[0], { who: 'Interior Ministry' })).toBe('selon Interior Ministry');
  });
});

describe('select keys in Arabic', () => {
  it('are not isolated, so the select still matches', async () => {
    await activateLocale('ar', null);
    const { i18n } = await import('./i18n');
    i18n.load('ar', { 'test.select': '{kind, select, domain {المجال} other {غير ذلك}}' });
    expect(t('test.select' as Parameters<typeof t>[0], { kind: 'domain' })).toBe('المجال');
  });
});
