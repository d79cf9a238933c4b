/**
 * Chart pictures from the prerendered first screen. The build saves the SVG
 * that each chart in the first screen drew (scripts/prerender.mjs), so the
 * chart shows before any chart code loads. The takeover
 * (src/app/prerender-takeover.ts) files the ones on screen here before React
 * first renders; ChartFrame shows one until the reader reaches for the chart,
 * and only while it is certain to be the same picture (see ChartFrame).
 */
interface StaticPlot {
  /** The saved plot markup; adopt a clone, never this node. */
  node: Element;
  /** The data bundle version the picture was drawn from. */
  version: string;
  /** Width in px the picture was drawn at. */
  width: number;
}

const plots = new Map<string, StaticPlot>();

/** Files the pictures of a static copy that are on screen (a hidden phone or desktop twin is skipped). */
export function fileStaticPlots(copy: Element) {
  for (const node of copy.querySelectorAll<HTMLElement>('[data-static-plot]')) {
    const id = node.dataset.staticPlot;
    const version = node.dataset.bundleVersion;
    const width = Number(node.dataset.staticWidth);
    if (!id || !version || !Number.isFinite(width) || node.getClientRects().length === 0) continue;
    plots.set(id, { node, version, width });
  }
}

/**
 * The saved picture of a chart, for the first view only: the entry is dropped
 * right after this render, so a later visit to the page draws live.
 */
export function takeStaticPlot(chartId: string): StaticPlot | undefined {
  const plot = plots.get(chartId);
  if (plot) queueMicrotask(() => plots.delete(chartId));
  return plot;
}
