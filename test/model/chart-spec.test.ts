import { beforeAll, describe, expect, it } from 'vitest';
import { checkFile } from '../../src/check.js';
import { changeOf, chartSpec } from '../../src/model/chart-spec.js';
import { modelContext } from '../../src/model/context.js';
import type { BriefingData } from '../../src/schema/data.js';
import { DATA_FILE } from '../helpers/paths.js';

let data: BriefingData;
beforeAll(async () => {
  data = (await checkFile(DATA_FILE)).data;
});

describe('chart annotations', () => {
  it('marks growth to twice or more as a multiple, less as a signed per cent', () => {
    expect(changeOf(84, 321.7)).toBe('×3.83');
    expect(changeOf(9699, 34463)).toBe('×3.55');
    expect(changeOf(995, 399)).toBe('−59.9%');
    expect(changeOf(100, 150)).toBe('+50.0%');
    expect(changeOf(100, 100)).toBe('±0.0%');
    expect(changeOf(0, 5)).toBeUndefined();
  });

  it('computes the change of the reference charts from their data, and states it in the alt text', () => {
    const ctx = modelContext(data);
    const amount = chartSpec(ctx.chart('purchase_amount'), ctx);
    expect(amount.change).toBe('×3.83');
    expect(amount.highlight).toBe(1);
    expect(amount.alt).toContain('2021年较2015年：×3.83');
    // The figure follows the data, not a typed-in text.
    const edited = structuredClone(data);
    edited.metrics.find((m) => m.id === 'chunan_spending_2019')!.value = 500;
    const e = modelContext(edited);
    expect(chartSpec(e.chart('chunan_spending'), e).change).toBe('−49.7%');
    // Charts over categories other than years, and multi-series charts, carry no change.
    expect(chartSpec(ctx.chart('catalogue_levels'), ctx).change).toBeUndefined();
    expect(chartSpec(ctx.chart('market_shares'), ctx).change).toBeUndefined();
  });
});
