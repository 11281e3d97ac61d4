import { describe, expect, it } from 'vitest';
import en from './en.json';
import ru from './ru.json';

/** Every leaf as `path → value`, e.g. `users.title → "Users"`. */
function leaves(tree: unknown, prefix = ''): Map<string, unknown> {
  const result = new Map<string, unknown>();
  if (tree !== null && typeof tree === 'object' && !Array.isArray(tree)) {
    for (const [key, value] of Object.entries(tree)) {
      for (const [path, leaf] of leaves(value, prefix ? `${prefix}.${key}` : key)) result.set(path, leaf);
    }
  } else {
    result.set(prefix, tree);
  }
  return result;
}

const placeholders = (text: unknown) => [...String(text).matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  const english = leaves(en);
  const russian = leaves(ru);

  it('have exactly the same keys in English and Russian', () => {
    expect([...russian.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('have no empty or non-text values', () => {
    for (const [path, value] of [...english, ...russian]) {
      expect(typeof value === 'string' && value.trim() !== '', `${path} must be a non-empty string`).toBe(true);
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const [path, value] of english) {
      expect(placeholders(russian.get(path)), path).toEqual(placeholders(value));
    }
  });
});
