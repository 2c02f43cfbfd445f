// Whether the page is being printed. A virtualised list shows only the rows in view, so a
// page renders its full print version only while printing: from the print button, the
// browser's own print command (beforeprint) or the print media type (print preview, PDF).
import { useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

export function usePrinting(): { printing: boolean; print: () => void } {
  const [printing, setPrinting] = useState(() => window.matchMedia('print').matches);
  useEffect(() => {
    const media = window.matchMedia('print');
    // the browser lays the page out for print right after these events: render before it does
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(media.matches);
    const change = () => setPrinting(media.matches);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    media.addEventListener('change', change);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      media.removeEventListener('change', change);
    };
  }, []);
  const print = useCallback(() => {
    flushSync(() => setPrinting(true));
    window.print();
  }, []);
  return { printing, print };
}
