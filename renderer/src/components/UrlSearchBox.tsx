import { useEffect, useRef } from 'react';
import { Input, type InputRef } from 'antd';
import { useUrlSearch } from '../hooks/useUrlSearch';

/**
 * A list's search box bound to the URL's `q`. Its text lives here, so a key re-renders this box
 * alone; the page (and its table) re-renders only when the URL follows, once typing pauses.
 */
export function UrlSearchBox({ label, width = 340, focus = true }: { label: string; width?: number; focus?: boolean }) {
  const [text, setText] = useUrlSearch();
  const ref = useRef<InputRef>(null);
  // The caret starts here, without scrolling the page (autoFocus scrolled it past the title).
  useEffect(() => {
    if (focus) ref.current?.focus({ preventScroll: true });
  }, [focus]);
  return <Input.Search ref={ref} allowClear aria-label={label} placeholder={label} value={text} onChange={(e) => setText(e.target.value)} style={{ width }} />;
}
