import { useMemo, useState } from 'react';
import {
  checkImport,
  defaultMapping,
  describe,
  readSheet,
  unknownHeaders,
  type ImportOutcome,
} from '../../../data/csv-import/import-rows';
import type { ParsedCsv } from '../../../data/csv-import/read-csv';
import { detectSection, SECTION_IMPORTS, type ImportSection } from '../../../data/csv-import/sections';
import type { Bundle } from '../../../data/schema';

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

const SEPARATORS: Record<string, string> = { ',': 'commas', ';': 'semicolons', '\t': 'tabs', '|': 'bars' };
const SECTIONS = Object.keys(SECTION_IMPORTS) as ImportSection[];

/** The mapping step and the check of a spreadsheet, before anything is kept. */
export function CsvImport({ fileName, parsed, base, onKeep, onDownload, onCancel }: Props) {
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
  const name = `${fileName.replace(/\.(csv|tsv|txt)$/i, '')} (imported)`;

  return (
    <section className="card own-data-import" aria-labelledby="import-heading">
      <h2 id="import-heading">Import {fileName}</h2>
      <p>
        {parsed.rows.length} rows, columns separated by{' '}
        {SEPARATORS[parsed.delimiter] ?? `"${parsed.delimiter}"`}. Nothing is kept until you choose below.
      </p>
      <div className="own-data-import__choices">
        <label className="field">
          <span>This sheet holds</span>
          <select
            value={section}
            onChange={(event) => {
              setSection(event.target.value as ImportSection);
              setMapping({});
            }}
          >
            {SECTIONS.map((s) => (
              <option key={s} value={s}>
                {SECTION_IMPORTS[s].label}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="field">
          <legend>Put the rows in</legend>
          <label>
            <input type="radio" name="import-mode" checked={mode === 'new'} onChange={() => setMode('new')} />{' '}
            a new bundle (with the current sources)
          </label>
          <label>
            <input
              type="radio"
              name="import-mode"
              checked={mode === 'merge'}
              onChange={() => setMode('merge')}
            />{' '}
            the data shown now ({base.meta.title}), added to it
          </label>
        </fieldset>
      </div>
      {unknown.length > 0 && (
        <fieldset className="own-data-mapping">
          <legend>Columns this dashboard does not know: choose the field each one fills</legend>
          {unknown.map((header) => (
            <label key={header} className="field">
              <span>{header}</span>
              <select
                aria-label={`Field for the column ${header}`}
                value={fullMapping[header] ?? ''}
                onChange={(event) => setMapping((m) => ({ ...m, [header]: event.target.value || null }))}
              >
                <option value="">(leave out)</option>
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
        <p role="status">All {outcome.total} rows are valid.</p>
      ) : (
        <div role="alert" className="own-data-problems">
          <h3>
            {outcome.problems.length} problem(s) in {badRows} of {outcome.total} rows
          </h3>
          <p className="muted">Rows are numbered as a spreadsheet shows them: the header is row 1.</p>
          <ul>
            {outcome.problems.slice(0, SHOWN).map((problem, index) => (
              <li key={index}>{describe(problem)}</li>
            ))}
          </ul>
          {outcome.problems.length > SHOWN && <p>…and {outcome.problems.length - SHOWN} more.</p>}
        </div>
      )}
      <div className="own-data-actions">
        {allValid && outcome.bundle && (
          <button type="button" className="button" onClick={() => onKeep(outcome.bundle!, name)}>
            Keep and open it
          </button>
        )}
        {!allValid && outcome.bundle && outcome.validRows.length > 0 && (
          <button type="button" className="button" onClick={() => onKeep(outcome.bundle!, name)}>
            Keep only the {outcome.validRows.length} valid rows and open it
          </button>
        )}
        {outcome.bundle && (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => onDownload(outcome.bundle!, name)}
          >
            Download as a bundle (JSON){allValid ? '' : ', valid rows only'}
          </button>
        )}
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
