// The event timeline's geometry, as plain functions the chart, its tests and
// the bench share. Time is measured in months (month index, fractional): a
// date known to the day sits at its day within its month; a month or a year
// is a span over the whole month or year, never a guessed day.
import { comparePartialDates, monthName } from '../../../lib/dates';
import type { CellEvent, ContextEvent } from '../../../data/schema';
import { editorText } from './editor-text';
import type { MonthSpan } from './periods';
import { spanOverlaps, timeSpanOf, type MarkShape, type TimeSpan } from './time-span';

export type { MarkShape };

/** A linear scale from months to px over a domain of whole months [start, end + 1). */
export interface TimeScale {
  domain: MonthSpan;
  x0: number;
  x1: number;
  x: (months: number) => number;
  /** Px per month. */
  unit: number;
}

export function timeScale(domain: MonthSpan, x0: number, x1: number): TimeScale {
  const months = Math.max(1, domain.end + 1 - domain.start);
  const unit = (x1 - x0) / months;
  return { domain, x0, x1, unit, x: (m) => x0 + (m - domain.start) * unit };
}

/** Radius of a mark for a number of people arrested: area grows with the number; unknown is small and hollow. */
export function markRadius(arrested: number | null): number {
  if (arrested === null) return 4;
  return Math.min(16, 3 + Math.sqrt(Math.max(0, arrested)) * 1.5);
}

export interface EventMark {
  event: CellEvent;
  shape: MarkShape;
  /** Horizontal extent the mark takes, in px (a point's circle, a span's width). */
  left: number;
  right: number;
  /** Centre of a point; middle of a span. */
  cx: number;
  /** Height the mark takes (a circle's diameter, a span's bar). */
  size: number;
  /** Distance of the mark's bottom above the axis, in px. */
  lift: number;
}

export interface EventLayout {
  marks: EventMark[];
  /** Events in range that found no room under the plot's top (drawn as a "+n" count at their place). */
  overflow: { x: number; count: number }[];
  overflowCount: number;
  /** The height the stacked marks reach. */
  top: number;
}

const GAP = 2;

/**
 * Marks stacked upwards from the axis: each, in date order, takes the lowest
 * place where it overlaps no mark already placed (a beeswarm of lanes), so
 * events close in time stay legible at any width. A mark that would rise
 * above `maxHeight` is counted in an overflow badge at its place instead.
 */
export function layoutEvents(
  events: readonly CellEvent[],
  scale: TimeScale,
  maxHeight: number,
): EventLayout {
  const items: EventMark[] = [];
  for (const event of events) {
    const span = timeSpanOf(event.date);
    if (!span || !spanOverlaps(span, scale.domain)) continue;
    const r = markRadius(event.arrested);
    if (span.shape === 'point') {
      const cx = scale.x(span.start);
      items.push({ event, shape: 'point', left: cx - r, right: cx + r, cx, size: r * 2, lift: 0 });
    } else {
      let left = Math.max(scale.x0, scale.x(span.start));
      let right = Math.min(scale.x1, scale.x(span.end));
      const size = span.shape === 'year' ? Math.max(8, r) : r * 2;
      // A month narrower than its mark widens about its middle (a point would be a guessed day).
      if (right - left < size) {
        const mid = (left + right) / 2;
        left = mid - size / 2;
        right = mid + size / 2;
      }
      items.push({ event, shape: span.shape, left, right, cx: (left + right) / 2, size, lift: 0 });
    }
  }
  items.sort((a, b) => a.left - b.left || comparePartialDates(a.event.date, b.event.date));

  const placed: EventMark[] = [];
  const overflow = new Map<number, number>();
  let active: EventMark[] = [];
  let top = 0;
  for (const mark of items) {
    active = active.filter((m) => m.right + GAP > mark.left);
    // Lowest lift where [lift, lift + size] meets no active mark's band.
    const bands = active.map((m) => [m.lift, m.lift + m.size] as const).sort((a, b) => a[0] - b[0]);
    let lift = 0;
    for (const [low, high] of bands) {
      if (lift + mark.size + GAP <= low) break;
      if (high + GAP > lift) lift = high + GAP;
    }
    if (lift + mark.size > maxHeight) {
      const bin = Math.round(mark.cx / 12) * 12;
      overflow.set(bin, (overflow.get(bin) ?? 0) + 1);
      continue;
    }
    mark.lift = lift;
    top = Math.max(top, lift + mark.size);
    placed.push(mark);
    active.push(mark);
  }
  const overflowList = [...overflow].map(([x, count]) => ({ x, count }));
  return {
    marks: placed,
    overflow: overflowList,
    overflowCount: overflowList.reduce((sum, o) => sum + o.count, 0),
    top,
  };
}

export interface ContextMark {
  event: ContextEvent;
  /** 1-based, in date order among the context events drawn. */
  number: number;
  left: number;
  right: number;
  /** The label's row (0 = nearest the events). */
  row: number;
  /** The full title fits beside the mark; else only its number is drawn and the key names it. */
  titled: boolean;
  labelWidth: number;
}

/** Width of a label in px at 11 px system sans-serif: a measured average, generous so labels never touch. */
export const labelWidth = (text: string, size = 11) => Math.ceil(text.length * size * 0.56) + 4;

/**
 * Context events of the range, each with a label placed in the lowest of up
 * to `maxRows` rows where it collides with no other label: the title when it
 * fits, else the event's number (the key lists every number with its title).
 * Only when even a number finds no free row does it go where the row ends
 * soonest; `rows` says how many rows the labels take.
 */
export function layoutContext(
  events: readonly ContextEvent[],
  scale: TimeScale,
  maxRows: number,
): { marks: ContextMark[]; rows: number } {
  const inRange = events
    .map((event) => ({ event, span: timeSpanOf(event.date), end: event.endDate ? timeSpanOf(event.endDate) : null }))
    .filter(
      (e): e is { event: ContextEvent; span: TimeSpan; end: TimeSpan | null } =>
        e.span !== null && spanOverlaps(e.span, scale.domain),
    )
    .sort((a, b) => comparePartialDates(a.event.date, b.event.date));
  const items = inRange.map(({ event, span, end }, index) => {
    const left = Math.max(scale.x0, scale.x(span.start));
    const stop = end ? Math.min(scale.x1, scale.x(end.end)) : scale.x(span.end);
    return {
      event,
      number: index + 1,
      left,
      right: Math.max(stop, left),
      titleWidth: labelWidth(`${index + 1} ${editorText(event, 'title')}`),
      numberWidth: labelWidth(String(index + 1)) + 2,
    };
  });
  // Greedy, titles first; when a label finds no free row, the title that
  // blocks it most is shortened to its number and the layout is run again.
  // Past a few hundred events only numbers are tried.
  const forced = new Set<number>(items.length > 300 ? items.map((_, i) => i) : []);
  let marks: ContextMark[] = [];
  let used = 0;
  for (let attempt = 0; attempt <= items.length; attempt += 1) {
    const rowEnds: number[] = Array.from({ length: maxRows }, () => -Infinity);
    const rowOwner: number[] = Array.from({ length: maxRows }, () => -1);
    marks = [];
    used = 0;
    let blocked = -1;
    for (const [i, item] of items.entries()) {
      const start = item.left - 4;
      const free = (width: number) =>
        rowEnds.findIndex((rowEnd) => rowEnd + 6 <= start && start + width <= scale.x1 + 8);
      let titled = !forced.has(i);
      let row = titled ? free(item.titleWidth) : -1;
      if (row < 0) {
        titled = false;
        row = free(item.numberWidth);
      }
      if (row < 0) {
        // The titled label reaching furthest right is the one to shorten.
        let worst = -1;
        rowOwner.forEach((owner, r) => {
          if (owner >= 0 && !forced.has(owner) && marks[owner]?.titled && (worst < 0 || (rowEnds[r] ?? 0) > (rowEnds[worst] ?? 0)))
            worst = r;
        });
        blocked = worst < 0 ? -2 : (rowOwner[worst] ?? -2);
        if (blocked < 0) row = rowEnds.indexOf(Math.min(...rowEnds));
        else break;
      }
      const width = titled ? item.titleWidth : item.numberWidth;
      rowEnds[row] = Math.max(rowEnds[row] ?? -Infinity, start + width);
      rowOwner[row] = i;
      used = Math.max(used, row + 1);
      marks.push({ event: item.event, number: item.number, left: item.left, right: item.right, row, titled, labelWidth: width });
    }
    if (blocked < 0) break;
    forced.add(blocked);
  }
  return { marks, rows: used };
}

/** Round ticks for the axis: years, or months when the range is short. */
export function timeTicks(scale: TimeScale): { at: number; label: string; major: boolean }[] {
  const { start, end } = scale.domain;
  const ticks: { at: number; label: string; major: boolean }[] = [];
  const firstYear = Math.ceil(start / 12);
  const lastYear = Math.floor((end + 1) / 12);
  const yearPx = scale.unit * 12;
  const yearStep = [1, 2, 5, 10, 20, 50].find((s) => s * yearPx >= 44) ?? 100;
  for (let y = firstYear; y <= lastYear; y += 1) {
    if (y % yearStep !== 0 && yearStep > 1) continue;
    ticks.push({ at: y * 12, label: String(y), major: true });
  }
  if (ticks.length < 3) {
    const step = [1, 2, 3, 6].find((s) => s * scale.unit >= 40) ?? 12;
    for (let m = start; m <= end + 1; m += 1) {
      if (m % 12 === 0 || m % step !== 0) continue;
      ticks.push({ at: m, label: monthName(m % 12), major: false });
    }
    ticks.sort((a, b) => a.at - b.at);
    // With no January in view, the first month tick carries its year.
    const first = ticks[0];
    if (first && !ticks.some((t) => t.major)) first.label = `${first.label} ${Math.floor(first.at / 12)}`;
  }
  return ticks;
}
