// The keys a schema allows at a data path, for "did you mean" hints.
import { z } from 'zod';
import type { PathSegment } from '../load/yaml-file.js';

export function keysAt(schema: z.ZodType, path: readonly PathSegment[]): string[] {
  let node: z.ZodType | undefined = unwrap(schema);
  for (const seg of path) {
    if (!node) return [];
    if (typeof seg === 'number' && node instanceof z.ZodArray) node = unwrap(node.element as z.ZodType);
    else if (typeof seg === 'number' && node instanceof z.ZodTuple) node = unwrap(node.def.items[seg] as z.ZodType);
    else if (typeof seg === 'string' && node instanceof z.ZodObject) node = unwrap(node.shape[seg] as z.ZodType | undefined);
    else return [];
  }
  return node instanceof z.ZodObject ? Object.keys(node.shape) : [];
}

function unwrap(s: z.ZodType | undefined): z.ZodType | undefined {
  let node = s;
  while (node instanceof z.ZodOptional || node instanceof z.ZodDefault || node instanceof z.ZodNullable) {
    node = node.unwrap() as z.ZodType;
  }
  return node;
}
