// Every XML part of a .pptx against the ECMA-376 transitional schemas
// (test/fixtures/ooxml-schemas), as the team's reference validator
// (shared/ooxml/validate.py) checks a deck: the root element the part's
// content type requires, Markup Compatibility applied first, embedded
// workbooks too, and the package's own consistency (content types,
// relationship targets, r:id references).
//
// Validated by xmllint (Debian's libxml2-utils, installed by .ci/run): the
// same libxml2 as the reference validator's lxml, so the same messages; a deck
// of 88 parts takes about 0.1 s, 1,760 parts 0.5 s. (xmllint-wasm from npm
// took 0.6 s for one deck and failed with "memory access out of bounds" on
// 1,760 parts in one call.) Without xmllint the check fails under CI=true and
// is skipped with a notice elsewhere, as the LibreOffice tests are.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { expect } from 'vitest';
import { readPart } from './markup-compatibility.js';
import { inCI } from './ci.js';
import { ROOT } from './paths.js';

export const SCHEMA = join(ROOT, 'test', 'fixtures', 'ooxml-schemas', '_pptx-all.xsd');
export const xmllintInstalled = spawnSync('xmllint', ['--version'], { stdio: 'ignore' }).status === 0;
export const XMLLINT_INSTALL = 'apt-get install -y libxml2-utils';

const PML = 'http://schemas.openxmlformats.org/presentationml/2006/main';
const DML = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const CHART = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const DGM = 'http://schemas.openxmlformats.org/drawingml/2006/diagram';
const SML = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const CT = 'application/vnd.openxmlformats-officedocument.';

/** Content type -> the root element its part must have (the reference validator's ROOT_BY_CT). */
const ROOT_BY_CONTENT_TYPE: Record<string, [string, string]> = {
  [`${CT}presentationml.presentation.main+xml`]: [PML, 'presentation'],
  [`${CT}presentationml.slideshow.main+xml`]: [PML, 'presentation'],
  [`${CT}presentationml.template.main+xml`]: [PML, 'presentation'],
  'application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml': [PML, 'presentation'],
  [`${CT}presentationml.slide+xml`]: [PML, 'sld'],
  [`${CT}presentationml.slideLayout+xml`]: [PML, 'sldLayout'],
  [`${CT}presentationml.slideMaster+xml`]: [PML, 'sldMaster'],
  [`${CT}presentationml.notesSlide+xml`]: [PML, 'notes'],
  [`${CT}presentationml.notesMaster+xml`]: [PML, 'notesMaster'],
  [`${CT}presentationml.handoutMaster+xml`]: [PML, 'handoutMaster'],
  [`${CT}presentationml.presProps+xml`]: [PML, 'presentationPr'],
  [`${CT}presentationml.viewProps+xml`]: [PML, 'viewPr'],
  [`${CT}presentationml.tableStyles+xml`]: [DML, 'tblStyleLst'],
  [`${CT}presentationml.commentAuthors+xml`]: [PML, 'cmAuthorLst'],
  [`${CT}presentationml.comments+xml`]: [PML, 'cmLst'],
  [`${CT}presentationml.tags+xml`]: [PML, 'tagLst'],
  [`${CT}presentationml.slideUpdateInfo+xml`]: [PML, 'sldSyncPr'],
  [`${CT}theme+xml`]: [DML, 'theme'],
  [`${CT}themeOverride+xml`]: [DML, 'themeOverride'],
  [`${CT}drawingml.chart+xml`]: [CHART, 'chartSpace'],
  [`${CT}drawingml.chartshapes+xml`]: [CHART, 'userShapes'],
  [`${CT}drawingml.diagramData+xml`]: [DGM, 'dataModel'],
  [`${CT}drawingml.diagramLayout+xml`]: [DGM, 'layoutDef'],
  [`${CT}drawingml.diagramStyle+xml`]: [DGM, 'styleDef'],
  [`${CT}drawingml.diagramColors+xml`]: [DGM, 'colorsDef'],
  [`${CT}extended-properties+xml`]: ['http://schemas.openxmlformats.org/officeDocument/2006/extended-properties', 'Properties'],
  [`${CT}custom-properties+xml`]: ['http://schemas.openxmlformats.org/officeDocument/2006/custom-properties', 'Properties'],
  'application/vnd.openxmlformats-package.core-properties+xml': ['http://schemas.openxmlformats.org/package/2006/metadata/core-properties', 'coreProperties'],
  'application/vnd.openxmlformats-package.relationships+xml': ['http://schemas.openxmlformats.org/package/2006/relationships', 'Relationships'],
  [`${CT}spreadsheetml.sheet.main+xml`]: [SML, 'workbook'],
  [`${CT}spreadsheetml.template.main+xml`]: [SML, 'workbook'],
  [`${CT}spreadsheetml.worksheet+xml`]: [SML, 'worksheet'],
  [`${CT}spreadsheetml.chartsheet+xml`]: [SML, 'chartsheet'],
  [`${CT}spreadsheetml.styles+xml`]: [SML, 'styleSheet'],
  [`${CT}spreadsheetml.sharedStrings+xml`]: [SML, 'sst'],
  [`${CT}spreadsheetml.table+xml`]: [SML, 'table'],
  [`${CT}spreadsheetml.calcChain+xml`]: [SML, 'calcChain'],
  [`${CT}drawing+xml`]: ['http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing', 'wsDr'],
};
const CONTENT_TYPES = ['http://schemas.openxmlformats.org/package/2006/content-types', 'Types'] as const;
const EMBEDDED_PACKAGE = /\.(xlsx|xlsm|pptx|docx)$/i;

/** Prefixes for messages, as the reference validator prints them. */
const PREFIX: Record<string, string> = {
  [PML]: 'p', [DML]: 'a', [CHART]: 'c', [DGM]: 'dgm', [SML]: 'x',
  'http://schemas.openxmlformats.org/drawingml/2006/chartDrawing': 'cdr',
  'http://schemas.openxmlformats.org/drawingml/2006/picture': 'pic',
  'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing': 'xdr',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'pr',
  'http://schemas.openxmlformats.org/package/2006/content-types': 'ct',
  'http://schemas.openxmlformats.org/package/2006/metadata/core-properties': 'cp',
  'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties': 'ep',
  'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes': 'vt',
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://purl.org/dc/terms/': 'dcterms',
  'http://www.w3.org/XML/1998/namespace': 'xml',
};
const short = (message: string) => message.replace(/\{([^}]*)\}/g, (all, ns: string) => (PREFIX[ns] ? `${PREFIX[ns]}:` : all));

/**
 * The two known defects of the schemas themselves (test/fixtures/ooxml-schemas/README.md),
 * by name: nothing else is allowed.
 */
export const KNOWN_SCHEMA_DEFECTS: { name: string; allows: (message: string) => boolean }[] = [
  {
    // ECMA-376 1st edition typed buSzPct/@val as thousandths of a per cent (25000..400000), which
    // PowerPoint and pptxgenjs write; the 2016 transitional schema only takes "100%".
    name: 'a:buSzPct integer form',
    allows: (m) => {
      const v = /^Element 'a:buSzPct', attribute 'val': \[facet 'pattern'\] The value '(\d+)' is not accepted by the pattern /.exec(m)?.[1];
      return v !== undefined && Number(v) >= 25000 && Number(v) <= 400000;
    },
  },
  {
    // sml.xsd gives x:t no attributes, yet Excel writes xml:space="preserve" on padded strings.
    name: 'x:t xml:space',
    allows: (m) => m === "Element 'x:t', attribute 'xml:space': The attribute 'xml:space' is not allowed.",
  },
];

export interface Finding {
  /** The part, e.g. /ppt/slides/slide3.xml; inside an embedded package: /ppt/embeddings/x.xlsx!/xl/workbook.xml */
  part: string;
  line: number;
  /** xsd: the schemas; xml: not well-formed; mce: Markup Compatibility; opc: the package; known: a known defect of the schemas (allowed). */
  category: 'xsd' | 'xml' | 'mce' | 'opc' | 'known';
  message: string;
}

export interface SchemaReport {
  findings: Finding[];
  /** Parts validated against the schemas, embedded ones included. */
  validated: string[];
}

interface Pending {
  part: string;
  xml: string;
}

const partSort = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

/** Every finding of the deck, the allowed known defects included (category "known"). */
export async function schemaReport(bytes: Uint8Array): Promise<SchemaReport> {
  const findings: Finding[] = [];
  const pending: Pending[] = [];
  readPackage(bytes, '', findings, pending);
  findings.push(...(await runXmllint(pending)));
  return { findings, validated: pending.map((p) => p.part) };
}

function readPackage(bytes: Uint8Array, prefix: string, findings: Finding[], pending: Pending[]): void {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch (e) {
    findings.push({ part: prefix || '/', line: 0, category: 'opc', message: `not a zip: ${(e as Error).message}` });
    return;
  }
  const add = (part: string, category: Finding['category'], line: number, message: string) => findings.push({ part: prefix + part, line, category, message });
  const parts = new Map(Object.keys(files).filter((n) => !n.endsWith('/')).map((n) => [`/${n}`, n]));

  // Content types: Default by extension, Override by part.
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  const typesName = parts.get('/[Content_Types].xml');
  if (!typesName) add('/[Content_Types].xml', 'opc', 0, 'missing [Content_Types].xml');
  else {
    for (const m of strFromU8(files[typesName]!).matchAll(/<(Default|Override)\s([^>]*?)\/?>/g)) {
      const attrs = Object.fromEntries([...m[2]!.matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!]));
      if (m[1] === 'Default') defaults.set((attrs.Extension ?? '').toLowerCase(), attrs.ContentType ?? '');
      else {
        overrides.set(attrs.PartName ?? '', attrs.ContentType ?? '');
        if (!parts.has(attrs.PartName ?? '')) add('/[Content_Types].xml', 'opc', 0, `Override for a part that is not in the package: ${attrs.PartName}`);
      }
    }
  }
  // The extension is what follows the last dot: "rels" for /_rels/.rels.
  const contentType = (part: string) => overrides.get(part) ?? defaults.get(posix.basename(part).split('.').pop()!.toLowerCase());

  // Relationships: every internal target exists; the ids each source part may name.
  const relIds = new Map<string, Set<string>>();
  for (const part of parts.keys()) {
    if (!part.endsWith('.rels')) continue;
    const dir = posix.dirname(posix.dirname(part));
    const source = posix.basename(part) === '.rels' ? '/' : posix.join(dir, posix.basename(part, '.rels'));
    if (source !== '/' && !parts.has(source)) add(part, 'opc', 0, `relationships part for a source part that does not exist: ${source}`);
    const ids = new Set<string>();
    for (const m of strFromU8(files[parts.get(part)!]!).matchAll(/<Relationship\s([^>]*?)\/?>/g)) {
      const attrs = Object.fromEntries([...m[1]!.matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!]));
      ids.add(attrs.Id ?? '');
      if (attrs.TargetMode === 'External') continue;
      const target = (attrs.Target ?? '').replace(/#.*$/, '');
      const full = target.startsWith('/') ? posix.normalize(target) : posix.normalize(posix.join(source === '/' ? '/' : posix.dirname(source), target));
      if (!parts.has(full)) add(part, 'opc', 0, `relationship ${attrs.Id} target does not exist: ${attrs.Target} (-> ${full})`);
    }
    relIds.set(source, ids);
  }

  for (const part of [...parts.keys()].sort(partSort)) {
    const data = files[parts.get(part)!]!;
    const type = part === '/[Content_Types].xml' ? undefined : contentType(part);
    if (part !== '/[Content_Types].xml' && !part.endsWith('.rels') && type === undefined) add(part, 'opc', 0, 'part has no content type (no Override and no Default for its extension)');
    if (EMBEDDED_PACKAGE.test(part)) {
      readPackage(data, `${prefix}${part}!`, findings, pending);
      continue;
    }
    const expected = part === '/[Content_Types].xml' ? CONTENT_TYPES : part.endsWith('.rels') ? ROOT_BY_CONTENT_TYPE['application/vnd.openxmlformats-package.relationships+xml'] : ROOT_BY_CONTENT_TYPE[type ?? ''];
    if (!expected) continue; // media, and parts of content types no ECMA schema covers
    let read;
    try {
      read = readPart(strFromU8(data));
    } catch (e) {
      add(part, 'xml', 0, `not well-formed: ${(e as Error).message}`);
      continue;
    }
    for (const m of read.mceErrors) add(part, 'mce', 0, m);
    if (read.root.uri !== expected[0] || read.root.local !== expected[1]) {
      add(part, 'xsd', 1, `root element {${read.root.uri}}${read.root.local} does not match content type ${type} (expected {${expected[0]}}${expected[1]})`);
    }
    if (!part.endsWith('.rels') && part !== '/[Content_Types].xml') {
      const ids = relIds.get(part) ?? new Set();
      for (const r of read.relIds) if (r.value && !ids.has(r.value)) add(part, 'opc', r.line, `${r.element}/@${r.attribute}='${r.value}' names no relationship of this part`);
    }
    pending.push({ part: prefix + part, xml: read.xml });
  }
}

/** One xmllint process validates a deck's parts (in batches, to keep the command line short). */
async function runXmllint(pending: Pending[]): Promise<Finding[]> {
  if (pending.length === 0) return [];
  const dir = await mkdtemp(join(tmpdir(), 'briefing-xsd-'));
  try {
    const names = pending.map((_, i) => `${String(i).padStart(5, '0')}.xml`);
    await Promise.all(pending.map((p, i) => writeFile(join(dir, names[i]!), p.xml)));
    const findings: Finding[] = [];
    for (let start = 0; start < names.length; start += 2000) {
      const batch = names.slice(start, start + 2000);
      const { code, stderr } = await run('xmllint', ['--noout', '--nonet', '--schema', SCHEMA, ...batch], dir);
      const concluded = new Set<string>();
      for (const line of stderr.split('\n')) {
        const verdict = /^(\d{5}\.xml) (validates|fails to validate)$/.exec(line);
        if (verdict) {
          concluded.add(verdict[1]!);
          continue;
        }
        const error = /^(\d{5}\.xml):(\d+): (?:element [^:]*: )?Schemas validity error : (.*)$/.exec(line);
        if (!error) continue;
        const message = short(error[3]!);
        const part = pending[Number(error[1]!.slice(0, 5))]!.part;
        findings.push({ part, line: Number(error[2]), category: KNOWN_SCHEMA_DEFECTS.some((d) => d.allows(message)) ? 'known' : 'xsd', message });
      }
      // Every part must have been judged: anything else (a schema that does not load) is the check's own failure.
      if (batch.some((n) => !concluded.has(n))) throw new Error(`xmllint did not validate every part (exit ${code}):\n${stderr.slice(0, 3000)}`);
    }
    return findings;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function run(cmd: string, args: string[], cwd: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

let noticeShown = false;

/** The deck passes the schemas: every finding but the two known defects of the schemas fails the test, listed. */
export async function expectSchemaValid(bytes: Uint8Array, what = 'the deck'): Promise<void> {
  if (!xmllintInstalled) {
    if (inCI) throw new Error(`xmllint is not installed, so ${what} cannot be checked against the schemas (${XMLLINT_INSTALL}; .ci/run installs it)`);
    if (!noticeShown) console.warn(`NOTICE: xmllint is not installed: decks are not checked against the ECMA-376 schemas here (${XMLLINT_INSTALL}). CI fails without it.`);
    noticeShown = true;
    return;
  }
  const { findings, validated } = await schemaReport(bytes);
  expect(validated.length, `${what}: parts validated`).toBeGreaterThan(0);
  const problems = findings.filter((f) => f.category !== 'known').map((f) => `${f.part}:${f.line} [${f.category}] ${f.message}`);
  // Every problem in full, one a line (an assertion's message would be cut short).
  if (problems.length) throw new Error(`${what} against the ECMA-376 schemas: ${problems.length} problem${problems.length > 1 ? 's' : ''}\n  ${problems.join('\n  ')}`);
}
