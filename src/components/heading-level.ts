import { createContext, useContext } from 'react';

/**
 * The level of the headings a view's top-level blocks use. A page has its own
 * h1, so charts and panels in it are h2; alone in an embed or on a slide, the
 * chart's title or the error panel's heading is the page's h1.
 */
export const HeadingLevelContext = createContext<1 | 2>(2);

export function useHeadingLevel(): 1 | 2 {
  return useContext(HeadingLevelContext);
}
