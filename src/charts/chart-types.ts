export type TableValue = string | number | null;

export interface ChartTable {
  columns: { key: string; label: string; numeric?: boolean }[];
  rows: Record<string, TableValue>[];
}
