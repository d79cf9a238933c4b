// Moved to src/i18n/format-locale.ts (the i18n layer sets the language it formats in);
// kept for imports written before the move, until every branch of issue 19 is merged.
export * from '../i18n/format-locale';
