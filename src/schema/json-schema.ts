// The JSON Schema for data files, generated from the zod schema (the one
// source of truth), for editors with the YAML language server.
import { z } from 'zod';
import { BriefingFile } from './data.js';

export function briefingJsonSchema(): Record<string, unknown> {
  // "input": the schema of what people write (fields with defaults are optional).
  const schema = z.toJSONSchema(BriefingFile, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  return { ...schema, $id: 'briefing.schema.json', title: 'briefing data file' };
}

/** The schema as the file schema/briefing.schema.json holds it (and `briefing schema` prints). */
export const briefingJsonSchemaText = (): string => `${JSON.stringify(briefingJsonSchema(), null, 2)}\n`;
