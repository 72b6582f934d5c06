import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { FillItemsSchema, FillOptionsSchema, FillRequestSchema } from '@/utils/console';
import { OrderSightingsSchema } from '@/utils/console/schemas';

describe('fill payload schemas', () => {
  it('accept profile paths with text, list and boolean values', () => {
    const request = {
      items: [
        { key: 'subject.name', value: '张三' },
        { key: 'subject.region', value: ['广东省', '深圳市', '南山区'] },
        { key: 'websites[1].sameAsPrincipal', value: false },
        { key: 'websites[0].principal.mobile', value: '13800138000' },
        { key: 'subject.legalRepresentative.certificateNumber', value: '440301199001011234' },
      ],
      overwrite: true,
    };
    expect(z.parse(FillRequestSchema, request)).toEqual(request);
    expect(z.parse(FillOptionsSchema, { overwrite: false })).toEqual({ overwrite: false });
  });

  it.each([
    ['a key that is not a profile path', [{ key: 'document.cookie', value: 'x' }]],
    ['a path too deep', [{ key: 'subject.a.b.c', value: 'x' }]],
    ['a number value', [{ key: 'subject.name', value: 1 }]],
    ['an object value', [{ key: 'subject.name', value: { toString: 'x' } }]],
    ['an oversized text', [{ key: 'subject.name', value: 'x'.repeat(2001) }]],
    ['too many items', Array.from({ length: 401 }, () => ({ key: 'subject.name', value: 'x' }))],
  ])('reject %s', (_, items) => {
    expect(z.safeParse(FillItemsSchema, items).success).toBe(false);
  });

  it('rejects a request without the overwrite flag', () => {
    expect(z.safeParse(FillRequestSchema, { items: [] }).success).toBe(false);
  });
});

describe('order sightings from the page', () => {
  const seen = { orderId: '30179108639935234', domain: 'example.com', filingType: '首次备案', stage: 'smsVerification', stageAt: null };

  it('accept a 500-row list read with stages', () => {
    const list = Array.from({ length: 500 }, () => seen);
    expect(z.parse(OrderSightingsSchema, list)).toHaveLength(500);
  });

  it.each([
    ['an order without a stage', [{ ...seen, stage: null }]],
    ['an unknown stage', [{ ...seen, stage: 'approvedTomorrow' }]],
    ['an order number that is not 17 digits', [{ ...seen, orderId: '3017' }]],
    ['more rows than any list shows', Array.from({ length: 1001 }, () => seen)],
  ])('reject %s', (_, sightings) => {
    expect(z.safeParse(OrderSightingsSchema, sightings).success).toBe(false);
  });
});
