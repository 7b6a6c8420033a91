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
    else if (typeof seg === 'string' && node instanceof z.ZodUnion) node = objectOption(node)?.shape[seg] as z.ZodType | undefined;
    else return [];
  }
  // A text may be a string or { zh, en }: the keys are those of its object form.
  if (node instanceof z.ZodUnion) node = objectOption(node);
  return node instanceof z.ZodObject ? Object.keys(node.shape) : [];
}

function objectOption(u: z.ZodUnion): z.ZodObject | undefined {
  return (u.options as z.ZodType[]).find((o): o is z.ZodObject => o instanceof z.ZodObject);
}

function unwrap(s: z.ZodType | undefined): z.ZodType | undefined {
  let node = s;
  while (node instanceof z.ZodOptional || node instanceof z.ZodDefault || node instanceof z.ZodNullable) {
    node = node.unwrap() as z.ZodType;
  }
  return node;
}
