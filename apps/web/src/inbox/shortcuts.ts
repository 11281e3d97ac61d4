/** Every workspace shortcut, in the order the help dialog lists them. "g m" means g, then m. */
export const SHORTCUTS = [
  { keys: ['g', 'm'], action: 'viewMine' },
  { keys: ['g', 'u'], action: 'viewUnassigned' },
  { keys: ['g', 't'], action: 'viewMyTeam' },
  { keys: ['g', 'a'], action: 'viewAll' },
  { keys: ['j'], action: 'next' },
  { keys: ['k'], action: 'previous' },
  { keys: ['r'], action: 'reply' },
  { keys: ['n'], action: 'note' },
  { keys: ['a'], action: 'assignToMe' },
  { keys: ['e'], action: 'resolve' },
  { keys: ['/'], action: 'search' },
  { keys: ['?'], action: 'help' },
] as const;

export type ShortcutAction = (typeof SHORTCUTS)[number]['action'];

/** Turns key presses into actions, remembering a pending "g" prefix. */
export function createShortcutReader(): (key: string) => ShortcutAction | null {
  let prefix: string | null = null;
  return (key) => {
    const typed = prefix ? [prefix, key] : [key];
    prefix = null;
    const match = SHORTCUTS.find((shortcut) => shortcut.keys.join(' ') === typed.join(' '));
    if (match) return match.action;
    if (typed.length === 1 && SHORTCUTS.some((shortcut) => shortcut.keys.length === 2 && shortcut.keys[0] === key)) {
      prefix = key;
    }
    return null;
  };
}
