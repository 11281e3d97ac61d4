import { API, MacroList, RenderedMacro, type Macro } from '@sincere/contracts';
import { useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { apiGet, apiSend } from '../api/client';
import { findSlashQuery, insertMacro, matchMacros, type SlashQuery } from './macro-query';
import { flushSync } from 'react-dom';

interface Options {
  conversationId: string;
  body: string;
  setBody: (body: string) => void;
  textRef: RefObject<HTMLTextAreaElement | null>;
  onError: (error: unknown) => void;
}

export interface MacroPicker {
  open: boolean;
  matches: Macro[];
  active: number;
  /** Set while a chosen macro is being rendered for this conversation. */
  inserting: boolean;
  /** Call after each change of the text or caret. */
  update: () => void;
  /** Call first in the textarea's keydown; true when the picker used the key. */
  handleKey: (event: KeyboardEvent<HTMLTextAreaElement>) => boolean;
  choose: (macro: Macro) => Promise<void>;
  /** Opens the list as if "/" had been typed at the caret. */
  start: () => void;
  close: () => void;
  setActive: (index: number) => void;
}

/**
 * Typing "/" in the composer lists the macros whose shortcut or name matches
 * what follows; arrows move, Enter or Tab inserts the macro rendered for this
 * conversation's customer (language variant, {{variables}}), Escape closes.
 */
export function useMacroPicker({ conversationId, body, setBody, textRef, onError }: Options): MacroPicker {
  const [macros, setMacros] = useState<Macro[] | null>(null);
  const loading = useRef(false);
  const [slash, setSlash] = useState<SlashQuery | null>(null);
  const [active, setActive] = useState(0);
  const [inserting, setInserting] = useState(false);

  const load = () => {
    if (macros || loading.current) return;
    loading.current = true;
    apiGet(API.macros, MacroList)
      .then((list) => setMacros(list.items))
      .catch(onError)
      .finally(() => {
        loading.current = false;
      });
  };

  const matches = slash && macros ? matchMacros(macros, slash.query) : [];
  const open = slash !== null && matches.length > 0;

  const update = () => {
    const text = textRef.current;
    const found = text ? findSlashQuery(text.value, text.selectionStart) : null;
    if (found) load();
    setSlash((before) => (before?.start === found?.start && before?.query === found?.query ? before : found));
    if (found?.query !== slash?.query) setActive(0);
  };

  const close = () => setSlash(null);

  const choose = async (macro: Macro) => {
    if (!slash) return;
    const at = slash;
    setInserting(true);
    try {
      const rendered = await apiSend('POST', API.renderMacro(macro.id), { conversationId }, RenderedMacro);
      const next = insertMacro(body, at, rendered.text);
      // Rendered now, and the caret placed at once: keys typed in the meantime would land before a caret set later.
      flushSync(() => {
        setBody(next.text);
        setSlash(null);
      });
      textRef.current?.focus();
      textRef.current?.setSelectionRange(next.caret, next.caret);
    } catch (error) {
      onError(error);
    } finally {
      setInserting(false);
    }
  };

  const handleKey = (event: KeyboardEvent<HTMLTextAreaElement>): boolean => {
    if (!open) return false;
    const move = (step: number) => setActive((index) => (index + step + matches.length) % matches.length);
    switch (event.key) {
      case 'ArrowDown':
        move(1);
        break;
      case 'ArrowUp':
        move(-1);
        break;
      case 'Enter':
      case 'Tab': {
        if (event.ctrlKey || event.metaKey || event.shiftKey) return false;
        const macro = matches[active];
        if (macro) void choose(macro);
        break;
      }
      case 'Escape':
        close();
        break;
      default:
        return false;
    }
    event.preventDefault();
    return true;
  };

  const start = () => {
    const text = textRef.current;
    if (!text) return;
    const caret = text.selectionStart;
    const before = body.slice(0, caret);
    const insert = before === '' || /\s$/.test(before) ? '/' : ' /';
    const next = before + insert + body.slice(caret);
    setBody(next);
    load();
    const at = caret + insert.length;
    setSlash({ start: at - 1, query: '' });
    setActive(0);
    requestAnimationFrame(() => {
      text.focus();
      text.setSelectionRange(at, at);
    });
  };

  return { open, matches, active, inserting, update, handleKey, choose, start, close, setActive };
}
