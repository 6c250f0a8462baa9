/**
 * Windowing for a scrolling box of fixed-height rows: which rows to draw for the current scroll
 * position and box height. The range arithmetic is DossierList's own (`visibleRange`), so both
 * lists window the same way.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { visibleRange } from '../DossierList/rows';

export function useRowWindow(count: number, rowHeight: number, fallbackHeight = 600) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(fallbackHeight);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setHeight(el.clientHeight || fallbackHeight);
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    measure();
    return () => observer.disconnect();
  }, [fallbackHeight]);

  // Paper has no scroll position: every row is drawn while the page is printed.
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const on = () => setPrinting(true);
    const off = () => setPrinting(false);
    window.addEventListener('beforeprint', on);
    window.addEventListener('afterprint', off);
    return () => {
      window.removeEventListener('beforeprint', on);
      window.removeEventListener('afterprint', off);
    };
  }, []);

  const tops = useMemo(() => Array.from({ length: count + 1 }, (_, i) => i * rowHeight), [count, rowHeight]);
  const [start, end] = printing ? [0, count] : visibleRange(tops, scrollTop, height);
  return {
    ref,
    start,
    end,
    padTop: start * rowHeight,
    padBottom: (count - end) * rowHeight,
    onScroll: (e: Event) => setScrollTop((e.currentTarget as HTMLElement).scrollTop),
    /** Scrolls just enough to show row `index`. */
    reveal(index: number) {
      const el = ref.current;
      if (!el) return;
      const top = index * rowHeight;
      if (top < el.scrollTop) el.scrollTop = top;
      else if (top + rowHeight > el.scrollTop + el.clientHeight) el.scrollTop = top + rowHeight - el.clientHeight;
    },
  };
}
