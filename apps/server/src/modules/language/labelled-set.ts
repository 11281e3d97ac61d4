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
