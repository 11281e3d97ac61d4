import { useTranslation } from 'react-i18next';
import type { MacroPicker } from './use-macro-picker';

/** The list under the composer's text while a "/shortcut" is typed; options are clickable too. */
export function MacroPickerList({ picker, listId }: { picker: MacroPicker; listId: string }) {
  const { t } = useTranslation();
  if (!picker.open) return null;
  return (
    <ul id={listId} role="listbox" aria-label={t('macroPicker.label')} className="macro-picker">
      {picker.matches.map((macro, index) => (
        <li
          key={macro.id}
          id={`${listId}-${index}`}
          role="option"
          aria-selected={index === picker.active}
          className="macro-picker__option"
          // mousedown, not click: the textarea keeps focus and the caret.
          onMouseDown={(event) => {
            event.preventDefault();
            void picker.choose(macro);
          }}
          onMouseEnter={() => picker.setActive(index)}
        >
          <span className="macro-picker__name" dir="auto">
            {macro.name}
          </span>
          {macro.shortcut ? <kbd className="macro-picker__shortcut">/{macro.shortcut}</kbd> : null}
          {macro.scope === 'personal' ? <span className="badge">{t('macroPicker.personal')}</span> : null}
        </li>
      ))}
    </ul>
  );
}
