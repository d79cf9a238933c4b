import { useCallback, useLayoutEffect, useState } from 'react';

/** Below this a chart is not worth drawing; the box then scrolls rather than squeezing it. */
const MIN_PLOT_HEIGHT = 140;

interface FitBox {
  /** Callback ref for the plot's box: its height is what the layout leaves for the chart. */
  measureBox: (node: HTMLDivElement | null) => void;
  /** Callback ref for an HTML plot's content, measured at its natural size. */
  measureContent: (node: HTMLDivElement | null) => void;
  /** The measured height for an SVG chart to draw at, or null (not compact, or not yet measured). */
  height: number | null;
  /** How much an HTML plot is scaled down to fit its box (1: not at all). */
  scale: number;
}

/**
 * Sizing for compact chrome (slides, compact embeds), where the frame fills a
 * fixed box. An SVG chart is drawn at the height left for its plot; an HTML
 * plot (the matrix) is drawn at its natural size and scaled down to fit, so
 * nothing is cut off. Outside compact chrome this does nothing.
 */
export function useFitBox(active: boolean, svgPlot: boolean): FitBox {
  const [box, setBox] = useState<HTMLDivElement | null>(null);
  const [content, setContent] = useState<HTMLDivElement | null>(null);
  const [room, setRoom] = useState<{ width: number; height: number } | null>(null);
  const [natural, setNatural] = useState<{ width: number; height: number } | null>(null);
  const measureBox = useCallback((node: HTMLDivElement | null) => setBox(node), []);
  const measureContent = useCallback((node: HTMLDivElement | null) => setContent(node), []);

  useLayoutEffect(() => {
    if (!active || !box) return;
    // Without ResizeObserver (old engines, jsdom) the chart keeps its own height.
    if (typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const rect = box.getBoundingClientRect();
      setRoom((r) => (r && r.width === Math.floor(rect.width) && r.height === Math.floor(rect.height) ? r : { width: Math.floor(rect.width), height: Math.floor(rect.height) }));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, [active, box]);

  useLayoutEffect(() => {
    if (!active || svgPlot || !content || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const width = content.scrollWidth;
      const height = content.scrollHeight;
      setNatural((n) => (n && n.width === width && n.height === height ? n : { width, height }));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(content);
    return () => observer.disconnect();
  }, [active, svgPlot, content]);

  if (!active) return { measureBox, measureContent, height: null, scale: 1 };
  if (svgPlot) return { measureBox, measureContent, height: room ? Math.max(MIN_PLOT_HEIGHT, room.height) : null, scale: 1 };
  const scale = room && natural && natural.height > room.height ? Math.max(0.3, room.height / natural.height) : 1;
  return { measureBox, measureContent, height: null, scale };
}
