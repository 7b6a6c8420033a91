import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefingJsonSchema, briefingJsonSchemaText } from '../../src/schema/json-schema.js';
import { ROOT } from '../helpers/paths.js';

describe('schema/briefing.schema.json', () => {
  it('is in step with the zod schema (regenerate with npm run schema)', () => {
    const committed = JSON.parse(readFileSync(join(ROOT, 'schema', 'briefing.schema.json'), 'utf8'));
    expect(committed).toEqual(briefingJsonSchema());
    // Byte for byte, as `npm run schema` writes it and `briefing schema` prints it.
    expect(readFileSync(join(ROOT, 'schema', 'briefing.schema.json'), 'utf8')).toBe(briefingJsonSchemaText());
  });

  it('shows both ways of giving metrics: a list, or a workbook or CSV file', () => {
    const metrics = (briefingJsonSchema() as { properties: { metrics: { anyOf: { type: string; properties?: Record<string, unknown> }[] } } }).properties.metrics;
    expect(metrics.anyOf.map((s) => s.type)).toEqual(['array', 'object']);
    expect(Object.keys(metrics.anyOf[1]!.properties!)).toEqual(['file', 'sheet']);
  });

  it('names what the editor completes: the top-level keys and the units', () => {
    const schema = briefingJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['meta', 'source', 'metrics', 'charts', 'parts', 'closing']));
    expect(JSON.stringify(schema)).toContain('亿元');
  });
});
