import { useLayoutEffect, useRef, useState } from 'react';

/**
 * The rendered width of an element, measured before the first paint and kept current as the
 * layout changes, so a chart can be drawn at its real size with legible text. Until it is
 * measured (in the prerendered page, and while the app takes it over) it is `fallback`.
 */
export function useElementWidth<T extends HTMLElement>(fallback = 0) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(element.getBoundingClientRect().width);
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(entry.contentRect.width);
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, []);
  return [ref, width] as const;
}
