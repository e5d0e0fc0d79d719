import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/** The printable width of an A4 or F4 page with 2 cm margins: what a kop spans on paper. */
export const PRINT_WIDTH = '17cm';

/**
 * Its children laid out at the printed width and shrunk to fit the column they are shown in, so
 * lines wrap where the report's lines wrap; never enlarged.
 */
export function ScaledPaper({ children, testId }: { children: ReactNode; testId?: string }) {
  const outer = useRef<HTMLDivElement>(null);
  const paper = useRef<HTMLDivElement>(null);
  const [fit, setFit] = useState({ scale: 1, height: 0 });
  useLayoutEffect(() => {
    const measure = () => {
      if (!outer.current || !paper.current) return;
      const scale = Math.min(1, outer.current.clientWidth / paper.current.offsetWidth);
      setFit({ scale, height: paper.current.offsetHeight * scale });
    };
    measure();
    const watch = new ResizeObserver(measure);
    if (outer.current) watch.observe(outer.current);
    if (paper.current) watch.observe(paper.current);
    return () => watch.disconnect();
  }, []);
  return (
    <div ref={outer} style={{ width: '100%', height: fit.height || undefined, overflow: 'hidden' }}>
      <div ref={paper} data-testid={testId} style={{ width: PRINT_WIDTH, transform: `scale(${fit.scale})`, transformOrigin: 'top left' }}>
        {children}
      </div>
    </div>
  );
}
