import type { ReactNode } from 'react';
interface Props<T extends string> {
  legend: string;
  options: readonly T[];
  labels: Record<T, string>;
  selected: readonly T[];
  /** Measures each option would show given the other filters. */
  counts?: Partial<Record<T, number>>;
  onToggle: (value: T) => void;
  /** Colour swatch per option, where the value has an app-wide colour. */
  colours?: Partial<Record<T, string>>;
  className?: string;
  /** A line under the options that says what ticking them means. */
  note?: ReactNode;
}

/** A labelled set of checkboxes: none ticked means no filter on this dimension. */
export function ChoiceGroup<T extends string>({
  legend,
  options,
  labels,
  selected,
  counts,
  onToggle,
  colours,
  className,
  note,
}: Props<T>) {
  return (
    <fieldset className={`field cm-choices ${className ?? ''}`}>
      <legend>{legend}</legend>
      <div className="cm-choices__options">
        {options.map((option) => {
          const colour = colours?.[option];
          const count = counts?.[option];
          return (
            <label key={option} className="cm-chip">
              <input type="checkbox" checked={selected.includes(option)} onChange={() => onToggle(option)} />
              {colour && (
                <span className="cm-chip__swatch" style={{ background: colour }} aria-hidden="true" />
              )}
              <span>{labels[option]}</span>
              {count !== undefined && <span className="cm-chip__count num">{count}</span>}
            </label>
          );
        })}
      </div>
      {note}
    </fieldset>
  );
}
