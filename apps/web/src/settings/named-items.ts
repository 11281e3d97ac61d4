interface Named {
  id: string;
  name: string;
}

/** Inserts or replaces an item by id, keeping the list in name order as the server sends it. */
export function upsertByName<T extends Named>(items: readonly T[], item: T): T[] {
  return [...items.filter((other) => other.id !== item.id), item].sort(
    (a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
  );
}

export function withoutId<T extends Named>(items: readonly T[], id: string): T[] {
  return items.filter((item) => item.id !== id);
}
