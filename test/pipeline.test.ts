import { describe, expect, it } from 'vitest';
import { packageDate } from '../src/pipeline.js';
import type { BriefingData } from '../src/schema/data.js';

const data = { meta: { date: '2023-03-10' } } as BriefingData;

describe('packageDate', () => {
  it('is the data\'s date at 00:00 UTC by default', () => {
    expect(packageDate(data).toISOString()).toBe('2023-03-10T00:00:00.000Z');
  });

  it('is SOURCE_DATE_EPOCH when given as seconds', () => {
    expect(packageDate(data, '86400').toISOString()).toBe('1970-01-02T00:00:00.000Z');
  });

  it('ignores a SOURCE_DATE_EPOCH that is not a number', () => {
    expect(packageDate(data, 'yesterday').toISOString()).toBe('2023-03-10T00:00:00.000Z');
    expect(packageDate(data, '').toISOString()).toBe('2023-03-10T00:00:00.000Z');
  });
});
