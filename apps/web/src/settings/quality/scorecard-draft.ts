import type { QualitySettings, ScaleKind, ScorecardCategory, ScorecardEntry } from '@sincere/contracts';

/** One category as the editor holds it: numbers as typed, `rowKey` to keep React's rows apart while moving. */
export interface CategoryDraft {
  rowKey: string;
  key: string;
  /** A new category's key follows its English name until someone types a key of their own. */
  keyTouched: boolean;
  nameEn: string;
  nameRu: string;
  descriptionEn: string;
  descriptionRu: string;
  weight: string;
  scale: ScaleKind;
  allowNa: boolean;
  critical: boolean;
  humanOnly: boolean;
}

export interface ScorecardDraft {
  nameEn: string;
  nameRu: string;
  categories: CategoryDraft[];
}

let rows = 0;
const rowKey = () => `category-${++rows}`;

export function newCategoryDraft(): CategoryDraft {
  return {
    rowKey: rowKey(),
    key: '',
    keyTouched: false,
    nameEn: '',
    nameRu: '',
    descriptionEn: '',
    descriptionRu: '',
    weight: '10',
    scale: 'three',
    allowNa: false,
    critical: false,
    humanOnly: false,
  };
}

const categoryDraftOf = (category: ScorecardCategory): CategoryDraft => ({
  rowKey: rowKey(),
  key: category.key,
  keyTouched: true,
  nameEn: category.name.en,
  nameRu: category.name.ru,
  descriptionEn: category.description.en,
  descriptionRu: category.description.ru,
  weight: String(category.weight),
  scale: category.scale,
  allowNa: category.allowNa,
  critical: category.critical,
  humanOnly: category.automatic === 'human_only',
});

/** The editor's starting point: the scorecard as it is, or a new one with one empty category. */
export function draftOfScorecard(entry: ScorecardEntry | null): ScorecardDraft {
  if (!entry) return { nameEn: '', nameRu: '', categories: [newCategoryDraft()] };
  return { nameEn: entry.name.en, nameRu: entry.name.ru, categories: entry.categories.map(categoryDraftOf) };
}

/**
 * A number field as the request carries it. A blank one stays an empty string, so the contract's check
 * calls it "required" rather than sending 0 or null.
 */
export const numberOf = (text: string): number | string => (text.trim() === '' ? '' : Number(text.trim()));

/** The body of POST (a new scorecard) and of PATCH (an edit): checked against the contract before sending. */
export function scorecardInputOf(draft: ScorecardDraft) {
  return {
    name: { en: draft.nameEn.trim(), ru: draft.nameRu.trim() },
    categories: draft.categories.map((category) => ({
      key: category.key.trim(),
      name: { en: category.nameEn.trim(), ru: category.nameRu.trim() },
      description: { en: category.descriptionEn.trim(), ru: category.descriptionRu.trim() },
      weight: numberOf(category.weight),
      scale: category.scale,
      allowNa: category.allowNa,
      critical: category.critical,
      automatic: category.humanOnly ? ('human_only' as const) : ('auto' as const),
    })),
  };
}

/**
 * Weights typed but refused (0, −5, 250): the generic check calls a 0 "required", which would puzzle someone
 * looking at the 0 they typed, so the form says the range instead at these paths.
 */
export function refusedWeights(problems: Readonly<Record<string, unknown>>, draft: ScorecardDraft): string[] {
  return draft.categories
    .map((category, index) => ({ path: `categories.${index}.weight`, typed: category.weight.trim() !== '' }))
    .filter(({ path, typed }) => typed && path in problems)
    .map(({ path }) => path);
}

/** "Promise kept!" → "promise_kept": a key in the contract's shape, suggested from the English name. */
export function suggestKey(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+/, '')
    .slice(0, 40)
    .replace(/_+$/, '');
}

/** Moves a row up (−1) or down (+1); a move past either end changes nothing. */
export function moveRow<T>(list: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return [...list];
  const next = [...list];
  const [row] = next.splice(index, 1);
  if (row !== undefined) next.splice(target, 0, row);
  return next;
}

/**
 * Whether saving would make a new version. The server decides (its `sameMeaning`); this mirrors it so the
 * editor can warn before saving: categories added, removed or re-keyed, or a weight, scale, N/A or critical
 * flag changed. Names, descriptions, order and automatic/human-only are edits in place.
 */
export function changesMeaning(entry: ScorecardEntry, draft: ScorecardDraft): boolean {
  const input = scorecardInputOf(draft).categories;
  if (input.length !== entry.categories.length) return true;
  const before = new Map(entry.categories.map((category) => [category.key, category]));
  return input.some((category) => {
    const old = before.get(category.key);
    return (
      old === undefined ||
      old.weight !== category.weight ||
      old.scale !== category.scale ||
      old.allowNa !== category.allowNa ||
      old.critical !== category.critical
    );
  });
}

/** The QA settings form: the scorecard in use and two numbers as typed. */
export interface QaSettingsDraft {
  defaultScorecardId: string;
  samplePerAgent: string;
  lowScoreBelow: string;
}

export const draftOfSettings = (settings: QualitySettings): QaSettingsDraft => ({
  defaultScorecardId: settings.defaultScorecardId,
  samplePerAgent: String(settings.samplePerAgent),
  lowScoreBelow: String(settings.lowScoreBelow),
});

export const settingsInputOf = (draft: QaSettingsDraft) => ({
  defaultScorecardId: draft.defaultScorecardId,
  samplePerAgent: numberOf(draft.samplePerAgent),
  lowScoreBelow: numberOf(draft.lowScoreBelow),
});
