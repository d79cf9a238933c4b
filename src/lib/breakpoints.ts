import widths from './breakpoints.json';

/**
 * The app's one set of layout breakpoints. The same JSON is read by the
 * prerender script (which captures a narrow and a wide copy of each view), and
 * a test checks that every width in the style sheets is one of these.
 */
export const BREAKPOINTS = widths;

type Breakpoint = keyof typeof BREAKPOINTS;

/** The media query that matches from the breakpoint `name` upwards. */
export function minWidth(name: Breakpoint): string {
  return `(min-width: ${BREAKPOINTS[name]})`;
}

export const REDUCED_MOTION_QUERY = '(prefers-reduced-motion: reduce)';
