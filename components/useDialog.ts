import { useEffect, useRef, type KeyboardEvent } from 'react';

/**
 * Props for an in-page dialog: focus moves into it when it opens, so the keyboard reaches it at once, and Esc closes
 * it (the safe choice: closing never applies or discards anything).
 */
export function useDialog<T extends HTMLElement>(open: boolean, onClose: () => void) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (open) ref.current?.focus();
  }, [open]);
  return {
    ref,
    tabIndex: -1,
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      // An open dialog takes Esc for itself; nothing around it (the page, another handler) acts on it too.
      event.stopPropagation();
      onClose();
    },
  };
}
