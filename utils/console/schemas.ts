/**
 * Payload checks for fill requests and order observations. The content script imports these, so they use `zod/mini`.
 */
import * as z from 'zod/mini';
import { STAGES } from '@/utils/orders/stages';
import type { FillItem, FillOptions, FillRequest, OrderSighting } from './types';

/** Profile paths as the adapter writes them: `subject.name`, `websites[1].principal.mobile`. */
const PROFILE_KEY = /^(subject|principal|websites\[\d{1,2}\])(\.[A-Za-z]+){1,2}$/;

export const FillItemSchema: z.ZodMiniType<FillItem> = z.object({
  key: z.string().check(z.regex(PROFILE_KEY), z.maxLength(80)),
  value: z.union([
    z.string().check(z.maxLength(2000)),
    z.array(z.string().check(z.maxLength(200))).check(z.maxLength(40)),
    z.boolean(),
  ]),
  label: z.optional(z.string().check(z.maxLength(120))),
});

export const FillItemsSchema: z.ZodMiniType<FillItem[]> = z.array(FillItemSchema).check(z.maxLength(400));

export const FillOptionsSchema: z.ZodMiniType<FillOptions> = z.object({ overwrite: z.boolean() });

export const FillRequestSchema: z.ZodMiniType<FillRequest> = z.object({
  items: FillItemsSchema,
  overwrite: z.boolean(),
});

const Text = (max: number) => z.string().check(z.maxLength(max));

/**
 * The orders the content script saw with a stage (`page:orders`). The cap is far above what a paged list shows at once
 * (the bench reads 500 rows) yet keeps a page from flooding the order store.
 */
export const OrderSightingsSchema: z.ZodMiniType<OrderSighting[]> = z
  .array(
    z.object({
      orderId: z.nullable(z.string().check(z.regex(/^\d{17}$/))),
      domain: z.nullable(Text(260)),
      filingType: z.nullable(Text(60)),
      stage: z.enum(STAGES),
      stageAt: z.nullable(z.number().check(z.int(), z.nonnegative())),
    }),
  )
  .check(z.maxLength(1000));
