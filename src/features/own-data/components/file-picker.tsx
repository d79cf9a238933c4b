import { useId, useState, type DragEvent } from 'react';
import { useT } from '../../../i18n/use-t';

interface Props {
  onFile: (file: File) => void;
  busy: boolean;
}

/** A file input and a drop zone around it: either gives the page one file. */
export function FilePicker({ onFile, busy }: Props) {
  const t = useT();
  const inputId = useId();
  const [over, setOver] = useState(false);
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };
  return (
    <div
      className={`own-data-drop${over ? ' own-data-drop--over' : ''}`}
      data-testid="drop-zone"
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <label htmlFor={inputId} className="own-data-drop__label">
        {t('ownData.picker.label')}
      </label>
      <input
        id={inputId}
        type="file"
        accept=".json,.csv,.tsv,.txt,application/json,text/csv"
        disabled={busy}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) onFile(file);
          // The same file can be chosen again after fixing it.
          event.target.value = '';
        }}
      />
      <p className="muted">{t('ownData.picker.drop')}</p>
    </div>
  );
}
