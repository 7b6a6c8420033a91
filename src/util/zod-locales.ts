// Stands in for zod's barrel of 40-odd locales in the bundle (scripts/build.mjs):
// messages are in English and reworded by validate/schema-issues.ts, and
// compiling the other locales cost every command about 10 ms.
export { default as en } from 'zod/v4/locales/en.js';
