import { createContext } from 'react';
import type { ChartExportInput } from './export/chart-export';

/**
 * The deck being shown (/present): each chart frame on it registers how to
 * read its exports, so "Download the deck" can make every slide's PowerPoint
 * slide from the frame that draws it.
 */
export interface Deck {
  /** Returns the function that unregisters. */
  register: (chartId: string, input: () => ChartExportInput) => () => void;
}

export const DeckContext = createContext<Deck | null>(null);
