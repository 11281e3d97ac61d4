import { useEffect, useLayoutEffect, useRef } from 'react';
import { createShortcutReader, type ShortcutAction } from './shortcuts';

/** Where typing must stay typing: form controls, editable text, open dialogs. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target.closest('dialog[open]')) return true;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Calls `onAction` for workspace shortcuts typed outside text fields, without modifier keys. */
export function useShortcuts(onAction: (action: ShortcutAction) => void): void {
  const handlerRef = useRef(onAction);
  useLayoutEffect(() => {
    handlerRef.current = onAction;
  });
  useEffect(() => {
    const read = createShortcutReader();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTypingTarget(event.target) || document.querySelector('dialog[open]')) return;
      const action = read(event.key);
      if (!action) return;
      event.preventDefault();
      handlerRef.current(action);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
