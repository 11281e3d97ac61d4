import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BusyButton } from '../ui/busy-button';

interface Named {
  id: string;
  name: string;
}

export interface ItemColumn<T> {
  header: string;
  cell: (item: T) => ReactNode;
}

interface ItemTableProps<T extends Named> {
  caption: string;
  empty: string;
  nameHeader: string;
  items: readonly T[];
  columns: readonly ItemColumn<T>[];
  /** Opens the item: to edit it where `editable` says so, else to read it. Without it there is no actions column. */
  onOpen?: (item: T) => void;
  editable?: (item: T) => boolean;
  onDelete?: (item: T) => void;
  /** The id of the item being deleted, whose button shows it is busy. */
  deleting?: string | null;
}

/** A settings list: one row per named item, its name as the row header, then its columns and actions. */
export function ItemTable<T extends Named>(props: ItemTableProps<T>) {
  const { caption, empty, nameHeader, items, columns, onOpen, editable = () => false, onDelete, deleting } = props;
  const { t } = useTranslation();
  if (items.length === 0) return <p className="empty">{empty}</p>;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{nameHeader}</th>
            {columns.map((column) => (
              <th key={column.header} scope="col">
                {column.header}
              </th>
            ))}
            {onOpen ? <th scope="col">{t('itemTable.actions')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const canEdit = editable(item);
            const hiddenName = (
              <span className="visually-hidden">
                {' '}
                <bdi>{item.name}</bdi>
              </span>
            );
            return (
              <tr key={item.id}>
                <th scope="row">
                  <bdi>{item.name}</bdi>
                </th>
                {columns.map((column) => (
                  <td key={column.header}>{column.cell(item)}</td>
                ))}
                {onOpen ? (
                  <td>
                    <span className="item-table__actions">
                      <button type="button" className="button button--small" onClick={() => onOpen(item)}>
                        {canEdit ? t('itemTable.edit') : t('itemTable.view')}
                        {hiddenName}
                      </button>
                      {canEdit && onDelete ? (
                        <BusyButton
                          type="button"
                          className="button button--small button--danger-quiet"
                          busy={deleting === item.id}
                          onClick={() => onDelete(item)}
                        >
                          {t('itemTable.delete')}
                          {hiddenName}
                        </BusyButton>
                      ) : null}
                    </span>
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
