// Writes schema/briefing.schema.json from the zod schema: `npm run schema`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { briefingJsonSchemaText } from '../src/schema/json-schema.js';

mkdirSync('schema', { recursive: true });
writeFileSync('schema/briefing.schema.json', briefingJsonSchemaText());
