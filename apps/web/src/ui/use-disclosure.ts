import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

/**
 * A button that shows and hides a panel (the notification bell, "More"): a
 * disclosure, not a menu, so the panel's links and buttons are reached with Tab.
 * Escape or a pointer down outside closes it; Escape and `close()` give focus
 * back to the button. Spread `rootProps` on the element holding both.
 */
export function useDisclosure() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  return {
    open,
    panelId,
    rootRef,
    buttonRef,
    close,
    /** Closes without moving focus (following a link in the panel). */
    dismiss: () => setOpen(false),
    toggle: () => setOpen((was) => !was),
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key === 'Escape' && open) {
        event.stopPropagation();
        close();
      }
    },
  };
}
