// The data file in one language: every { zh, en } text becomes the string of
// that language. Where English is asked for and missing, the Chinese stands in
// and the field's path is returned, so that the caller can list it.
//
// Which fields are texts is read from the schema (the fields declared
// localText), so a new text field is localized and listed without a change here.
import { z } from 'zod';
import type { PathSegment } from '../load/yaml-file.js';
import { BriefingData as Schema, type BriefingData, type BilingualData } from '../schema/data.js';
import type { Lang } from './words.js';

export interface LocalizedData {
  data: BriefingData;
  /** Paths of texts that have no version in the language asked for (always empty for zh). */
  missing: PathSegment[][];
}

export function localize(file: BilingualData, lang: Lang): LocalizedData {
  const missing: PathSegment[][] = [];
  const walk = (v: unknown, schema: z.ZodType | undefined, path: PathSegment[]): unknown => {
    const node = unwrap(schema);
    if (isLocalTextSchema(node)) {
      if (typeof v === 'string') {
        // A plain string is Chinese.
        if (lang === 'en') missing.push(path);
        return v;
      }
      const t = v as { zh: string; en?: string };
      if (lang === 'zh') return t.zh;
      if (t.en === undefined) missing.push(path);
      return t.en ?? t.zh;
    }
    if (Array.isArray(v) && node instanceof z.ZodArray) return v.map((item, i) => walk(item, node.element as z.ZodType, [...path, i]));
    if (v !== null && typeof v === 'object' && !Array.isArray(v) && node instanceof z.ZodObject) {
      return Object.fromEntries(Object.entries(v).map(([k, item]) => [k, walk(item, node.shape[k] as z.ZodType | undefined, [...path, k])]));
    }
    return v;
  };
  return { data: walk(file, Schema, []) as BriefingData, missing };
}

/** localText (or a described copy of it): a string or a strict { zh, en } object. */
function isLocalTextSchema(s: z.ZodType | undefined): boolean {
  if (!(s instanceof z.ZodUnion)) return false;
  const object = (s.options as z.ZodType[]).find((o): o is z.ZodObject => o instanceof z.ZodObject);
  return object !== undefined && 'zh' in object.shape && 'en' in object.shape;
}

function unwrap(s: z.ZodType | undefined): z.ZodType | undefined {
  let node = s;
  while (node instanceof z.ZodOptional || node instanceof z.ZodDefault || node instanceof z.ZodNullable) node = node.unwrap() as z.ZodType;
  return node;
}
