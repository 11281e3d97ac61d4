import { readFileSync } from 'node:fs';
import type { z } from 'zod';

/** A hand-labelled set a detector is measured on: one JSON object per line, each checked by the schema. */
export function loadLabelledSet<T>(file: string, schema: z.ZodType<T>): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, index) => {
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${index + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}

/** How a check (or all of them) did on a group of labelled replies. */
export interface CheckFigures {
  replies: number;
  /** Labelled checks: each check counted once per reply. */
  labelled: number;
  truePositives: number;
  falsePositives: number;
  /** TP / (TP + FP); 1 when nothing was flagged. */
  precision: number;
  /** TP / labelled; 1 when nothing was labelled. */
  recall: number;
}

/** Counts of replies, labels, true and false positives by group ("all", "check:x", "lang:ru"), read as figures. */
export function checkTally() {
  const counts = new Map<string, { replies: number; labelled: number; tp: number; fp: number }>();
  return {
    add: (key: string, replies: number, labelled: number, tp: number, fp: number): void => {
      const count = counts.get(key) ?? { replies: 0, labelled: 0, tp: 0, fp: 0 };
      count.replies += replies;
      count.labelled += labelled;
      count.tp += tp;
      count.fp += fp;
      counts.set(key, count);
    },
    figures: (key: string): CheckFigures => {
      const { replies, labelled, tp, fp } = counts.get(key) ?? { replies: 0, labelled: 0, tp: 0, fp: 0 };
      return {
        replies,
        labelled,
        truePositives: tp,
        falsePositives: fp,
        precision: tp + fp === 0 ? 1 : tp / (tp + fp),
        recall: labelled === 0 ? 1 : tp / labelled,
      };
    },
  };
}
