import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefingJsonSchema } from '../../src/schema/json-schema.js';
import { ROOT } from '../helpers/paths.js';

describe('schema/briefing.schema.json', () => {
  it('is in step with the zod schema (regenerate with npm run schema)', () => {
    const committed = JSON.parse(readFileSync(join(ROOT, 'schema', 'briefing.schema.json'), 'utf8'));
    expect(committed).toEqual(briefingJsonSchema());
  });

  it('names what the editor completes: the top-level keys and the units', () => {
    const schema = briefingJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['meta', 'source', 'metrics', 'charts', 'parts', 'closing']));
    expect(JSON.stringify(schema)).toContain('亿元');
  });
});
