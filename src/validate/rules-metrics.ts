// One figure against the rules of its kind: a share within 0-100 %, a count
// not negative unless it is a change, a rank a position, a range in order, a
// figure in words with no number fields, a stated ratio that its inputs give.
import { kindOf } from '../schema/kinds.js';
import { NEVER_NEGATIVE, knownUnit } from '../schema/units.js';
import { decimalsOf, type Metric, type RuleContext } from './rules.js';

const NUMBER_FIELDS = ['upper', 'decimals', 'approx', 'derived'] as const;

export function checkMetric(m: Metric, i: number, ctx: RuleContext): void {
  const { error } = ctx;
  const at = (field: string) => ['metrics', i, field];
  if (m.value === undefined && m.text === undefined) {
    return error(at('value'), 'required field is missing (expected number)', 'or, for a figure the source gives only in words (几十家), text: 几十家');
  }
  if (m.value !== undefined && m.text !== undefined) {
    return error(at('text'), 'a figure has a value or a text in words, not both', 'keep value for a figure in digits, text for one in words only (几十家)');
  }
  const kind = kindOf(m);
  if (m.target_by !== undefined && kind !== 'target' && kind !== 'plan') error(at('target_by'), `target_by is for a target or plan, but the figure is ${m.kind ? `kind ${m.kind}` : 'not one'}`, 'add kind: target (or plan)');
  if (m.month !== undefined && m.year === undefined) error(at('month'), 'a month needs its year', 'write year: 2021 and month: 4 for 2021年4月');
  if (m.value === undefined) {
    for (const f of NUMBER_FIELDS) if (m[f] !== undefined) error(at(f), `${f} describes a number, but the figure is given in words (text)`, `remove ${f}, or give value instead of text`);
    return;
  }
  const v = m.value;
  const unit = knownUnit(m.unit);
  // unit_en names what is counted; the 万 or 亿 of the unit is worked out (2万座 is 20,000 toilets).
  if (m.unit_en !== undefined && /^(万|亿)/.test(m.unit) && /10,?000|ten thousand|100 million|hundred million/i.test(m.unit_en)) {
    error(at('unit_en'), `"${m.unit_en}" repeats the ${m.unit[0]} of ${m.unit}: English would say it twice`, `write only what is counted (unit_en: ${m.unit_en.replace(/^.*?(10,?000|ten thousand|100 million|hundred million)\s*/i, '')}); 2${m.unit} is then ${m.unit[0] === '万' ? '20,000' : '200 million'} ${m.unit_en.replace(/^.*?(10,?000|ten thousand|100 million|hundred million)\s*/i, '')}`);
  }
  if (kind === 'share') {
    if (m.unit !== '%') error(at('unit'), `a share is in %, not ${m.unit}`, 'a count or amount is kind amount (the default)');
    for (const [f, n] of [['value', v], ['upper', m.upper]] as const) {
      if (n !== undefined && (n < 0 || n > 100)) error(at(f), `a share must be between 0 and 100 %, got ${n}`, 'a change or growth rate (下降2.3%, 增长120%) is kind: change');
    }
  } else if (kind !== 'change' && unit && NEVER_NEGATIVE.includes(unit.kind) && v < 0) {
    error(at('value'), `a count or amount cannot be negative, got ${v} ${m.unit}`, 'a fall (下降5个, 减少2.3亿元) is kind: change with a negative value');
  }
  if (kind === 'rank' && (!Number.isInteger(v) || v < 1)) error(at('value'), `a rank is a position of 1 or more, got ${v}`, '居全国第二位 is value 2; 首位 is 1');
  if (m.upper !== undefined && m.upper <= v) error(at('upper'), `a range's upper bound must be above its value: ${v} to ${m.upper}`, '2～3年 is value 2, upper 3');
  if (m.decimals !== undefined && m.decimals < decimalsOf(v)) {
    error(at('decimals'), `${v} has ${decimalsOf(v)} decimals but decimals is ${m.decimals}`);
  }
  if (m.derived) checkRatio(m, i, ctx);
}

function checkRatio(m: Metric, i: number, { metrics, ref, error }: RuleContext): void {
  const [numId, denId] = m.derived!.ratio;
  ref(metrics, 'metric', numId, ['metrics', i, 'derived', 'ratio', 0]);
  ref(metrics, 'metric', denId, ['metrics', i, 'derived', 'ratio', 1]);
  const num = metrics.get(numId);
  const den = metrics.get(denId);
  if (!num || !den) return;
  for (const [k, input] of [num, den].entries()) {
    if (input.value === undefined) return error(['metrics', i, 'derived', 'ratio', k], `"${input.id}" is given in words, with no value to compute with`);
  }
  if (den.value === 0) return error(['metrics', i, 'derived'], `cannot divide by "${denId}", which is 0`);
  const value = m.value!;
  const decimals = decimalsOf(value);
  const computed = num.value! / den.value!;
  const rounded = Number(computed.toFixed(decimals));
  if (Math.abs(rounded - value) > 1e-9) {
    error(
      ['metrics', i, 'value'],
      `stated ${value} ${m.unit} but ${num.value} / ${den.value} = ${computed.toFixed(decimals + 2)} (${rounded} to ${decimals} decimals)`,
      `check ${m.id}, ${numId} and ${denId} against the source`,
    );
  }
}
