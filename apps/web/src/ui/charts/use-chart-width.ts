import { useLayoutEffect, useRef, useState } from 'react';

/** The width charts are drawn at before they can measure (and on the server, in tests). */
export const DEFAULT_CHART_WIDTH = 640;
const MIN_WIDTH = 280;

/**
 * The width the chart has on the page, kept up to date. Drawing at the real width (rather than scaling a fixed
 * viewBox) keeps the labels at the page's text size in a narrow column and in a wide one alike.
 */
export function useChartWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(DEFAULT_CHART_WIDTH);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => setWidth(Math.max(MIN_WIDTH, Math.floor(element.getBoundingClientRect().width)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}
