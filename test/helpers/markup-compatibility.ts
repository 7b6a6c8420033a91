// Markup Compatibility (ECMA-376 Part 3) applied to one XML part as a reader
// that knows only the ECMA-376 transitional namespaces would, as the team's
// reference validator (shared/ooxml/validate.py) does before validating:
// content of ignorable unknown namespaces is dropped (or unwrapped, with
// mc:ProcessContent), mc:AlternateContent becomes its first understood
// mc:Choice or else its mc:Fallback, and mc: attributes go. Streams the part
// through saxes (a strict XML parser) and writes it out again.
import { SaxesParser, type SaxesTagNS } from 'saxes';

export const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
export const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XMLNS = 'http://www.w3.org/2000/xmlns/';

/** The namespaces the reference validator treats as understood (its UNDERSTOOD set). */
export const UNDERSTOOD = new Set([
  'http://schemas.openxmlformats.org/presentationml/2006/main',
  'http://schemas.openxmlformats.org/drawingml/2006/main',
  'http://schemas.openxmlformats.org/drawingml/2006/chart',
  'http://schemas.openxmlformats.org/drawingml/2006/chartDrawing',
  'http://schemas.openxmlformats.org/drawingml/2006/diagram',
  'http://schemas.openxmlformats.org/drawingml/2006/picture',
  'http://schemas.openxmlformats.org/drawingml/2006/lockedCanvas',
  'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties',
  'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties',
  'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes',
  'http://schemas.openxmlformats.org/officeDocument/2006/sharedTypes',
  'http://schemas.openxmlformats.org/package/2006/metadata/core-properties',
  'http://schemas.openxmlformats.org/package/2006/content-types',
  'http://schemas.openxmlformats.org/package/2006/relationships',
  R,
  'http://purl.org/dc/elements/1.1/',
  'http://purl.org/dc/terms/',
  'http://www.w3.org/XML/1998/namespace',
  MC,
  'http://schemas.openxmlformats.org/officeDocument/2006/math',
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
  'http://schemas.openxmlformats.org/officeDocument/2006/bibliography',
  'http://schemas.openxmlformats.org/schemaLibrary/2006/main',
  'urn:schemas-microsoft-com:vml',
  'urn:schemas-microsoft-com:office:office',
  'urn:schemas-microsoft-com:office:word',
  'urn:schemas-microsoft-com:office:excel',
  'urn:schemas-microsoft-com:office:powerpoint',
  'http://www.w3.org/2001/XMLSchema-instance',
  'http://purl.org/dc/dcmitype/',
]);

export interface ReadPart {
  /** The part as the schema sees it (the input itself when it uses no Markup Compatibility). */
  xml: string;
  root: { uri: string; local: string };
  /** Attributes in the relationships namespace (r:id, r:embed...), which must name a relationship of the part. */
  relIds: { element: string; attribute: string; value: string; line: number }[];
  /** Markup Compatibility the part gets wrong (an undeclared prefix, mc:MustUnderstand of an unknown namespace). */
  mceErrors: string[];
}

type Action = 'emit' | 'unwrap' | 'skip' | 'alternate';
interface Frame {
  action: Action;
  /** Declarations on this element (prefix -> namespace). */
  declared: Record<string, string>;
  scope: Record<string, string>;
  ignorable: Set<string>;
  process: Set<string>;
  /** mc:AlternateContent: a branch was taken. */
  chosen?: boolean;
}

const escText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escAttr = (s: string) => escText(s).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');

/** Throws on XML that is not well-formed (saxes's message, with line and column). */
export function readPart(source: string): ReadPart {
  const usesMc = source.includes(MC);
  const parser = new SaxesParser({ xmlns: true, position: true });
  const out: string[] = [];
  const stack: Frame[] = [];
  const relIds: ReadPart['relIds'] = [];
  const mceErrors: string[] = [];
  let root: ReadPart['root'] | undefined;

  const names = (value: string | undefined, scope: Record<string, string>, what: string) => {
    const found = new Set<string>();
    for (const prefix of (value ?? '').split(/\s+/).filter(Boolean)) {
      const ns = scope[prefix];
      if (ns === undefined) mceErrors.push(`line ${parser.line}: mc:${what} names undeclared prefix '${prefix}'`);
      else found.add(ns);
    }
    return found;
  };
  const qnames = (value: string | undefined, scope: Record<string, string>) =>
    (value ?? '').split(/\s+/).filter(Boolean).flatMap((q) => {
      const [prefix, local] = q.includes(':') ? q.split(':') : ['', q];
      return scope[prefix!] ? [`${scope[prefix!]} ${local}`] : [];
    });

  parser.on('opentag', (tag: SaxesTagNS) => {
    const parent = stack.at(-1);
    root ??= { uri: tag.uri, local: tag.local };
    const declared = tag.ns ?? {};
    const scope = { ...(parent?.scope ?? { xml: 'http://www.w3.org/XML/1998/namespace' }), ...declared };
    for (const a of Object.values(tag.attributes)) if (a.uri === R) relIds.push({ element: tag.name, attribute: a.name, value: a.value, line: parser.line });
    if (!usesMc) return;
    const context = { ignorable: parent?.ignorable ?? new Set<string>(), process: parent?.process ?? new Set<string>() };
    let action: Action;
    if (parent?.action === 'skip') action = 'skip';
    else if (parent?.action === 'alternate') {
      const requires = tag.uri === MC && tag.local === 'Choice' ? names(tag.attributes.Requires?.value, scope, 'Choice/@Requires') : undefined;
      const takes = !parent.chosen && ((requires && requires.size > 0 && [...requires].every((ns) => UNDERSTOOD.has(ns))) || (tag.uri === MC && tag.local === 'Fallback'));
      if (takes) parent.chosen = true;
      action = takes ? 'unwrap' : 'skip';
      // A taken branch's children are read in the context of the AlternateContent's parent.
      Object.assign(context, { ignorable: parent.ignorable, process: parent.process });
    } else if (tag.uri === MC && tag.local === 'AlternateContent') action = 'alternate';
    else if (!UNDERSTOOD.has(tag.uri) && context.ignorable.has(tag.uri)) {
      action = context.process.has(`${tag.uri} ${tag.local}`) || context.process.has(`${tag.uri} *`) ? 'unwrap' : 'skip';
    } else action = 'emit';

    let { ignorable, process } = context;
    if (action === 'emit') {
      const attr = (local: string) => Object.values(tag.attributes).find((a) => a.uri === MC && a.local === local)?.value;
      const ign = attr('Ignorable');
      if (ign !== undefined) ignorable = new Set([...ignorable, ...names(ign, scope, 'Ignorable')]);
      const pc = attr('ProcessContent');
      if (pc !== undefined) process = new Set([...process, ...qnames(pc, scope)]);
      for (const ns of names(attr('MustUnderstand'), scope, 'MustUnderstand')) {
        if (!UNDERSTOOD.has(ns)) mceErrors.push(`line ${parser.line}: mc:MustUnderstand names non-understood namespace ${ns}`);
      }
      // Declarations of elements left out above this one are needed here.
      const inherited: Record<string, string> = {};
      for (let i = stack.length - 1; i >= 0 && stack[i]!.action !== 'emit'; i--) for (const [p, ns] of Object.entries(stack[i]!.declared)) if (!(p in inherited)) inherited[p] = ns;
      const attrs = Object.values(tag.attributes)
        .filter((a) => a.uri === XMLNS || !(a.uri === MC || (a.uri && !UNDERSTOOD.has(a.uri) && ignorable.has(a.uri))))
        .map((a) => ` ${a.name}="${escAttr(a.value)}"`);
      for (const [p, ns] of Object.entries(inherited)) if (!(p in declared)) attrs.push(` ${p ? `xmlns:${p}` : 'xmlns'}="${escAttr(ns)}"`);
      out.push(`<${tag.name}${attrs.join('')}>`);
    }
    stack.push({ action, declared, scope, ignorable, process });
  });
  parser.on('closetag', (tag) => {
    const frame = stack.pop();
    if (usesMc && frame?.action === 'emit') out.push(`</${tag.name}>`);
  });
  const text = (t: string) => {
    const frame = stack.at(-1);
    if (usesMc && (!frame || frame.action === 'emit' || frame.action === 'unwrap')) out.push(escText(t));
  };
  parser.on('text', text);
  parser.on('cdata', text);
  parser.on('xmldecl', (d) => usesMc && out.push(`<?xml version="${d.version ?? '1.0'}" encoding="UTF-8"${d.standalone ? ` standalone="${d.standalone}"` : ''}?>`));
  parser.on('error', (e) => {
    throw e;
  });
  parser.write(source).close();
  if (!root) throw new Error('no root element');
  return { xml: usesMc ? out.join('') : source, root, relIds, mceErrors };
}
