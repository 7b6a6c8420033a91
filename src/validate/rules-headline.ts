// The opening figures: comparisons that compare two achieved figures of one
// unit (never a figure with itself, never a target), and key figures that exist.
import type { PathSegment } from '../load/yaml-file.js';
import { isPlanned } from '../schema/kinds.js';
import type { RuleContext } from './rules.js';

export function checkHeadline({ data, metrics, charts, ref, error }: RuleContext): void {
  data.headline.forEach((h, i) => {
    const at = (field: string): PathSegment[] => ['headline', i, field];
    ref(metrics, 'metric', h.from, at('from'));
    ref(metrics, 'metric', h.to, at('to'));
    if (h.chart !== undefined) ref(charts, 'chart', h.chart, at('chart'));
    const from = metrics.get(h.from);
    const to = metrics.get(h.to);
    if (h.from === h.to) error(at('to'), `compares "${h.to}" with itself`, 'a comparison shows two figures: then and now, or one stage and the next');
    else if (from && to && from.unit !== to.unit) error(at('to'), `"${h.to}" is in ${to.unit} but "${h.from}" is in ${from.unit}`, 'compare figures of one unit');
    for (const [field, m] of [['from', from], ['to', to]] as const) {
      if (m && isPlanned(m)) {
        error(at(field), `"${m.id}" is a ${m.kind} (kind: ${m.kind}), not an achieved figure: a comparison shows achieved figures`, `show a ${m.kind} as a key figure (key_figures), where it is marked as one`);
      } else if (m && m.value === undefined) error(at(field), `"${m.id}" is given in words (text): it has no value to compare`);
    }
    if (h.multiple === undefined) return;
    ref(metrics, 'metric', h.multiple, at('multiple'));
    const multiple = metrics.get(h.multiple);
    const ratio = multiple?.derived?.ratio;
    if (multiple && (!ratio || ratio[0] !== h.to || ratio[1] !== h.from)) {
      error(at('multiple'), `"${h.multiple}" is not derived as ratio [${h.to}, ${h.from}]`, 'set derived.ratio on that metric so the multiple is checked');
    }
  });
  const seen = new Set<string>();
  data.key_figures.forEach((id, i) => {
    ref(metrics, 'metric', id, ['key_figures', i]);
    if (seen.has(id)) error(['key_figures', i], `"${id}" is named twice`);
    seen.add(id);
  });
}
