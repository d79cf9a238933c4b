import { useId } from 'react';

interface Props<T extends string> {
  /** Names the group for assistive technology, e.g. "Group by". */
  label: string;
  /** A short visible label before the buttons ("Show"); omit when the context says it. */
  visibleLabel?: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: T;
  onChange: (value: T) => void;
  className?: string;
}

/**
 * One choice out of a few, as a row of pressed/unpressed buttons (the app's
 * one toggle-button group: chart or table, count or percent, year or month...).
 */
export function ToggleGroup<T extends string>({ label, visibleLabel, options, labels, value, onChange, className }: Props<T>) {
  const labelId = useId();
  return (
    <div className={`toggle-group ${className ?? ''}`} role="group" aria-label={label}>
      {visibleLabel && (
        <span id={labelId} className="toggle-group__label" aria-hidden="true">
          {visibleLabel}
        </span>
      )}
      <ToggleButtons options={options} labels={labels} value={value} onChange={onChange} />
    </div>
  );
}

/** The buttons alone, for a toolbar that is already a labelled group. */
export function ToggleButtons<T extends string>({ options, labels, value, onChange }: Pick<Props<T>, 'options' | 'labels' | 'value' | 'onChange'>) {
  return options.map((option) => (
    <button key={option} type="button" className="toggle" aria-pressed={value === option} onClick={() => onChange(option)}>
      {labels[option]}
    </button>
  ));
}
