// Compiles the message catalogs (src/i18n/catalogs/<lang>/*.json, ICU MessageFormat)
// to Lingui's runtime format when they are imported, so the app ships no ICU
// parser: the runtime only interpolates. A message that does not parse fails the
// build with its file and id.
import { compileMessage } from '@lingui/message-utils/compileMessage';
import type { Plugin } from 'vite';

const CATALOG = /[\\/]src[\\/]i18n[\\/]catalogs[\\/][a-z]{2}[\\/][a-z-]+\.json$/;

export function compileCatalog(source: string, file = 'catalog'): Record<string, unknown> {
  const messages = JSON.parse(source) as Record<string, string>;
  const compiled: Record<string, unknown> = {};
  for (const [id, message] of Object.entries(messages)) {
    try {
      compiled[id] = compileMessage(message);
    } catch (error) {
      throw new Error(`${file}: message "${id}" is not valid ICU MessageFormat: ${(error as Error).message}`, { cause: error });
    }
  }
  return compiled;
}

export function compileCatalogs(): Plugin {
  return {
    name: 'compile-catalogs',
    enforce: 'pre',
    transform(code, id) {
      if (!CATALOG.test(id)) return null;
      // Still JSON, so Vite's JSON plugin turns it into a module as before.
      return { code: JSON.stringify(compileCatalog(code, id)), map: null };
    },
  };
}
