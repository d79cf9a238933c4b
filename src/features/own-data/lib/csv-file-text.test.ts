import { describe, expect, it } from 'vitest';
import { CsvFileError, MAX_CSV_BYTES } from '../../../data/csv-import/csv-file-error';
import { decodeCsvBytes, parseCsvText } from '../../../data/csv-import/read-csv';
import { activateLocale } from '../../../i18n/i18n';
import { csvFileText } from './csv-file-text';

/** The problem a reading step throws, said in the active language. */
function said(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    if (error instanceof CsvFileError) return csvFileText(error.problem);
    throw error;
  }
  throw new Error('nothing was refused');
}

const latin1 = new Uint8Array([0x69, 0x64, 0x2c, 0x64, 0x0a, 0x78, 0x2c, 0x4c, 0x61, 0xe2]);
const utf16 = new Uint8Array([0xff, 0xfe, 0x69, 0x00, 0x64, 0x00]);

describe('a spreadsheet file refused, in the page language', () => {
  it('English: names the encoding and how to save the file again', () => {
    expect(said(() => decodeCsvBytes(latin1))).toBe(
      'The file is not UTF-8: it is probably Latin-1 or Windows-1252, as Excel\'s plain "CSV" saves accents; save it as "CSV UTF-8" (in Excel: File > Save As > CSV UTF-8) and import it again.',
    );
    expect(said(() => decodeCsvBytes(utf16))).toMatch(/^The file is UTF-16 text/);
    expect(said(() => parseCsvText('{"sources": []}'))).toMatch(/holds JSON, not a spreadsheet/);
    expect(csvFileText({ kind: 'tooLarge', bytes: 50 * 1024 * 1024, limit: MAX_CSV_BYTES })).toMatch(
      /^The file is 50\.0 MB; spreadsheets up to 20\.0 MB can be imported/,
    );
  });

  it('French: the same facts in French, sizes with a decimal comma', async () => {
    await activateLocale('fr', null);
    expect(said(() => decodeCsvBytes(latin1))).toMatch(/^Le fichier n’est pas en UTF-8 .*Fichier > Enregistrer sous > CSV UTF-8/);
    expect(said(() => decodeCsvBytes(utf16))).toMatch(/^Le fichier est un texte UTF-16 \(« Texte Unicode » dans Excel\)/);
    expect(said(() => parseCsvText('just notes\nno columns'))).toMatch(/^Le fichier n’est pas un tableur avec une ligne d’en-tête/);
    expect(csvFileText({ kind: 'tooLarge', bytes: 50 * 1024 * 1024, limit: MAX_CSV_BYTES })).toMatch(
      /^Le fichier fait 50,0\sMo ; les tableurs jusqu’à 20,0\sMo/,
    );
  });

  it('Arabic: in Arabic, with the sizes in Western digits', async () => {
    await activateLocale('ar', null);
    expect(said(() => decodeCsvBytes(utf16))).toMatch(/^الملف نص بترميز UTF-16/);
    expect(csvFileText({ kind: 'tooLarge', bytes: 50 * 1024 * 1024, limit: MAX_CSV_BYTES })).toMatch(/^حجم الملف 50[.,٫]0 ميغابايت/);
  });
});
