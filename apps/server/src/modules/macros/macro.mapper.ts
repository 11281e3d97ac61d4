import type { Macro } from '@sincere/contracts';
import type { MacroRow } from './macros.repository';

export function toMacro(row: MacroRow): Macro {
  return {
    id: row.id,
    name: row.name,
    shortcut: row.shortcut,
    scope: row.ownerUserId === null ? 'shared' : 'personal',
    ownerUserId: row.ownerUserId,
    variants: row.variants,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
