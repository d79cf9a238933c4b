import type { CsvFileProblem } from '../../../data/csv-import/csv-file-error';
import { t } from '../../../i18n/i18n';
import { formatSize } from './format';

/** What is wrong with a spreadsheet file, in the page's language, with what to do about it. */
export function csvFileText(problem: CsvFileProblem): string {
  const saveAs = () => t('ownData.file.saveAs');
  switch (problem.kind) {
    case 'tooLarge':
      return t('ownData.file.tooLarge', { size: formatSize(problem.bytes), limit: formatSize(problem.limit) });
    case 'utf32':
      return t('ownData.file.utf32', { saveAs: saveAs() });
    case 'utf16':
      return t('ownData.file.utf16', { saveAs: saveAs() });
    case 'utf16NoMark':
      return t('ownData.file.utf16NoMark', { saveAs: saveAs() });
    case 'binary':
      return t('ownData.file.binary');
    case 'notUtf8':
      return t('ownData.file.notUtf8', { saveAs: saveAs() });
    case 'json':
      return t('ownData.file.json');
    case 'noHeader':
      return t('ownData.file.noHeader');
    case 'unreadable':
      return t('ownData.file.unreadable', { detail: problem.detail });
    case 'readerStopped':
      return t('ownData.file.readerStopped');
  }
}
