import { useRef, type HTMLAttributes } from 'react';
import type { DragView } from '../../results/drag-view';
import { useLiveWriter } from '../../state/live-drag';
import { useDragView } from '../../state/views';

/**
 * A figure that a drag rewrites in place: the span's one text node takes the live scenario's
 * text, and React's next render of the same scenario writes the same text.
 */
export function LiveText({
  text,
  ...props
}: { text: (view: DragView) => string } & Omit<HTMLAttributes<HTMLSpanElement>, 'children'>) {
  const ref = useRef<HTMLSpanElement>(null);
  const rendered = useDragView(text);
  useLiveWriter((view) => {
    const node = ref.current?.firstChild;
    const next = text(view);
    if (node instanceof Text && node.nodeValue !== next) node.nodeValue = next;
  });
  return (
    <span ref={ref} {...props}>
      {rendered}
    </span>
  );
}
