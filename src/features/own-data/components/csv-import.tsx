import { useMemo, useState } from 'react';
import {
  checkImport,
  defaultMapping,
  readSheet,
  unknownHeaders,
  type ImportOutcome,
} from '../../../data/csv-import/import-rows';
import type { ParsedCsv } from '../../../data/csv-import/read-csv';
import { detectSection, SECTION_IMPORTS, type ImportSection } from '../../../data/csv-import/sections';
import type { Bundle } from '../../../data/schema';
import type { MessageId } from '../../../i18n/i18n';
import { useT } from '../../../i18n/use-t';
import { describeProblem } from '../lib/problems';

/** Problems listed before "…and N more"; the count is always given in full. */
const SHOWN = 100;

interface Props {
  fileName: string;
  parsed: ParsedCsv;
  /** The data in force now (the default bundle, or the kept one in ?local=). */
  base: Bundle;
  onKeep: (bundle: Bundle, name: string) => void;
  onDownload: (bundle: Bundle, name: string) => void;
  onCancel: () => void;
}

const SEPARATORS: Partial<Record<string, MessageId>> = {
  ',': 'ownData.import.separator.comma',
  ';': 'ownData.import.separator.semicolon',
  '\t': 'ownData.import.separator.tab',
  '|': 'ownData.import.separator.bar',
};
const SECTIONS = Object.keys(SECTION_IMPORTS) as ImportSection[];

/** What a sheet can hold, as the section menu names it (the same words as SECTION_IMPORTS' labels in English). */
const SECTION_LABELS: Record<ImportSection, MessageId> = {
  cellEvents: 'ownData.import.section.cellEvents',
  contextEvents: 'ownData.import.section.contextEvents',
  countermeasures: 'ownData.import.section.countermeasures',
  fighterSnapshots: 'ownData.import.section.fighterSnapshots',
  cellCounts: 'ownData.import.section.cellCounts',
  detentionFigures: 'ownData.import.section.detentionFigures',
  places: 'ownData.import.section.places',
  regionalFigures: 'ownData.import.section.regionalFigures',
  populations: 'ownData.import.section.populations',
  sources: 'ownData.import.section.sources',
};

/** The mapping step and the check of a spreadsheet, before anything is kept. */
export function CsvImport({ fileName, parsed, base, onKeep, onDownload, onCancel }: Props) {
  const t = useT();
  const [section, setSection] = useState<ImportSection>(() => detectSection(parsed.header) ?? 'cellEvents');
  const [mapping, setMapping] = useState<Record<string, string | null>>({});
  const [mode, setMode] = useState<'new' | 'merge'>('new');
  const unknown = unknownHeaders(section, parsed.header);
  const fullMapping = useMemo(
    () => ({ ...defaultMapping(section, parsed.header), ...mapping }),
    [section, parsed.header, mapping],
  );
  const outcome: ImportOutcome = useMemo(
    () => checkImport(base, readSheet(section, parsed.header, parsed.rows, fullMapping), mode, true),
    [base, section, parsed, fullMapping, mode],
  );
  const badRows = outcome.total - outcome.validRows.length;
  const allValid = outcome.problems.length === 0 && outcome.bundle !== null;
  const name = t('ownData.import.importedName', { name: fileName.replace(/\.(csv|tsv|txt)$/i, '') });
  const separator = SEPARATORS[parsed.delimiter];

  return (
    <section className="card own-data-import" aria-labelledby="import-heading">
      <h2 id="import-heading">{t('ownData.import.heading', { name: fileName })}</h2>
      <p>
        {t('ownData.import.summary', {
          rows: parsed.rows.length,
          separator: separator ? t(separator) : t('ownData.import.separator.other', { character: parsed.delimiter }),
        })}
      </p>
      <div className="own-data-import__choices">
        <label className="field">
          <span>{t('ownData.import.sheetHolds')}</span>
          <select
            value={section}
            onChange={(event) => {
              setSection(event.target.value as ImportSection);
              setMapping({});
            }}
          >
            {SECTIONS.map((s) => (
              <option key={s} value={s}>
                {t(SECTION_LABELS[s])}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="field">
          <legend>{t('ownData.import.putRowsIn')}</legend>
          <label>
            <input type="radio" name="import-mode" checked={mode === 'new'} onChange={() => setMode('new')} />{' '}
            {t('ownData.import.modeNew')}
          </label>
          <label>
            <input
              type="radio"
              name="import-mode"
              checked={mode === 'merge'}
              onChange={() => setMode('merge')}
            />{' '}
            {t('ownData.import.modeMerge', { title: base.meta.title })}
          </label>
        </fieldset>
      </div>
      {unknown.length > 0 && (
        <fieldset className="own-data-mapping">
          <legend>{t('ownData.import.unknownColumns')}</legend>
          {unknown.map((header) => (
            <label key={header} className="field">
              <span>{header}</span>
              <select
                aria-label={t('ownData.import.fieldFor', { header })}
                value={fullMapping[header] ?? ''}
                onChange={(event) => setMapping((m) => ({ ...m, [header]: event.target.value || null }))}
              >
                <option value="">{t('ownData.import.leaveOut')}</option>
                {SECTION_IMPORTS[section].columns
                  .filter((c) => !SECTION_IMPORTS[section].skipped.includes(c))
                  .map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
              </select>
            </label>
          ))}
        </fieldset>
      )}
      {allValid ? (
        <p role="status">{t('ownData.import.allValid', { count: outcome.total })}</p>
      ) : (
        <div role="alert" className="own-data-problems">
          <h3>
            {t('ownData.import.problems', { problems: outcome.problems.length, bad: badRows, total: outcome.total })}
          </h3>
          <p className="muted">{t('ownData.import.rowNumbering')}</p>
          <ul>
            {outcome.problems.slice(0, SHOWN).map((problem, index) => (
              <li key={index}>{describeProblem(problem)}</li>
            ))}
          </ul>
          {outcome.problems.length > SHOWN && <p>{t('ownData.import.more', { count: outcome.problems.length - SHOWN })}</p>}
        </div>
      )}
      <div className="own-data-actions">
        {allValid && outcome.bundle && (
          <button type="button" className="button" onClick={() => onKeep(outcome.bundle!, name)}>
            {t('ownData.import.keep')}
          </button>
        )}
        {!allValid && outcome.bundle && outcome.validRows.length > 0 && (
          <button type="button" className="button" onClick={() => onKeep(outcome.bundle!, name)}>
            {t('ownData.import.keepValid', { count: outcome.validRows.length })}
          </button>
        )}
        {outcome.bundle && (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => onDownload(outcome.bundle!, name)}
          >
            {allValid ? t('ownData.import.download') : t('ownData.import.downloadValid')}
          </button>
        )}
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('ownData.common.cancel')}
        </button>
      </div>
    </section>
  );
}
