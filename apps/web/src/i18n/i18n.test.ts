import { describe, expect, it } from 'vitest';
import enBase from './en.json';
import ruBase from './ru.json';
import { en, FEATURE_TEXTS, ru } from './messages';

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

/** i18next plural forms: Russian needs `_few` and `_many`, English does not; both share the base key. */
const PLURAL = /_(zero|one|two|few|many|other)$/;
const baseKeys = (tree: Map<string, unknown>) =>
  [...new Set([...tree.keys()].map((key) => key.replace(PLURAL, '')))].sort();

const placeholders = (text: unknown) => [...String(text).matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  const english = leaves(en);
  const russian = leaves(ru);

  it('have exactly the same keys in English and Russian (plural forms aside)', () => {
    expect(baseKeys(russian)).toEqual(baseKeys(english));
  });

  it('give every plural its "other" form, which i18next falls back to', () => {
    for (const tree of [english, russian]) {
      for (const key of tree.keys()) {
        if (PLURAL.test(key)) expect(tree.has(key.replace(PLURAL, '_other')), key).toBe(true);
      }
    }
  });

  it('have no empty or non-text values', () => {
    for (const [path, value] of [...english, ...russian]) {
      expect(typeof value === 'string' && value.trim() !== '', `${path} must be a non-empty string`).toBe(true);
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const [path, value] of english) {
      const counterpart = russian.get(path) ?? russian.get(path.replace(PLURAL, '_other'));
      expect(placeholders(counterpart), path).toEqual(placeholders(value));
    }
  });

  it('keep each feature file to one top-level key of its own, which no other file uses', () => {
    for (const [base, files] of [
      [enBase, FEATURE_TEXTS.en],
      [ruBase, FEATURE_TEXTS.ru],
    ] as const) {
      const seen = new Set(Object.keys(base));
      for (const texts of files) {
        const keys = Object.keys(texts);
        expect(keys).toHaveLength(1);
        expect(seen.has(keys[0] ?? ''), `${keys[0]} is used twice`).toBe(false);
        seen.add(keys[0] ?? '');
      }
    }
  });
});
