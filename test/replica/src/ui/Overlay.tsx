import { useEffect, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { usePrefixed } from './prefix';

/** tea keeps this id whatever the class prefix, and shares the root between every tea app on the page. */
const OVERLAY_ROOT_ID = 'tea-overlay-root';
const GAP = 4;

function overlayRoot(): HTMLElement {
  const existing = document.getElementById(OVERLAY_ROOT_ID);
  if (existing) return existing;
  const root = document.createElement('div');
  root.id = OVERLAY_ROOT_ID;
  document.body.append(root);
  return root;
}

interface Placement {
  top: number;
  left: number;
  minWidth: number;
  side: 'bottom-start' | 'top-start';
}

function samePlacement(a: Placement | null, b: Placement): boolean {
  return !!a && a.top === b.top && a.left === b.left && a.minWidth === b.minWidth && a.side === b.side;
}

interface OverlayProps {
  anchor: RefObject<HTMLElement | null>;
  /** Called on a click outside both the anchor and the popup. */
  onClose(): void;
  children: ReactNode;
}

/** A popup portalled into `body > #tea-overlay-root`, fixed below its anchor (above it when there is no room). */
export function Overlay({ anchor, onClose, children }: OverlayProps) {
  const p = usePrefixed();
  const popup = useRef<HTMLDivElement>(null);
  const [placement, setPlacement] = useState<Placement | null>(null);
  const closeRef = useRef(onClose);
  closeRef.current = onClose;

  useLayoutEffect(() => {
    const place = () => {
      const rect = anchor.current?.getBoundingClientRect();
      const element = popup.current;
      if (!rect || !element) return;
      const height = element.offsetHeight;
      const fitsBelow = rect.bottom + GAP + height <= window.innerHeight || rect.top - GAP - height < 0;
      const next: Placement = {
        top: fitsBelow ? rect.bottom + GAP : rect.top - GAP - height,
        left: rect.left,
        minWidth: rect.width,
        side: fitsBelow ? 'bottom-start' : 'top-start',
      };
      setPlacement((previous) => (samePlacement(previous, next) ? previous : next));
    };
    place();
    const resizeObserver = new ResizeObserver(place);
    if (popup.current) resizeObserver.observe(popup.current);
    window.addEventListener('scroll', place, true);
    window.addEventListener('resize', place);
    return () => {
      resizeObserver.disconnect();
      window.removeEventListener('scroll', place, true);
      window.removeEventListener('resize', place);
    };
  }, [anchor]);

  useEffect(() => {
    // Capture phase, and the event path rather than `contains`: a click that swaps the popup's content
    // (a cascader level) must not count as outside once React has removed the clicked node.
    const onDocumentClick = (event: MouseEvent) => {
      const path = event.composedPath();
      if ((anchor.current && path.includes(anchor.current)) || (popup.current && path.includes(popup.current))) return;
      closeRef.current();
    };
    document.addEventListener('click', onDocumentClick, true);
    return () => document.removeEventListener('click', onDocumentClick, true);
  }, [anchor]);

  return createPortal(
    <div
      ref={popup}
      className={p('overlay')}
      data-placement={placement?.side ?? 'bottom-start'}
      style={{
        position: 'fixed',
        zIndex: 1000,
        top: placement?.top ?? 0,
        left: placement?.left ?? 0,
        minWidth: placement?.minWidth,
        visibility: placement ? undefined : 'hidden',
      }}
    >
      {children}
    </div>,
    overlayRoot(),
  );
}
