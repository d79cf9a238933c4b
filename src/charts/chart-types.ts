export type TableValue = string | number | null;

export interface ChartTable {
  columns: { key: string; label: string; numeric?: boolean }[];
  rows: Record<string, TableValue>[];
}

/** What a chart's source line needs of a source record (the bundle's sources satisfy it). */
export interface ChartSource {
  id: string;
  publisher: string;
  title: string;
  date: string | null;
  url: string;
  /** What kind of page it is ("Press report of an official statement"), so a press report is never read as an official text. */
  kindLabel?: string;
}
