/**
 * Payload checks for fill requests. The content script imports these, so they use `zod/mini`.
 */
import * as z from 'zod/mini';
import type { FillItem, FillOptions, FillRequest } from './types';

/** Profile paths as the adapter writes them: `subject.name`, `websites[1].principal.mobile`. */
const PROFILE_KEY = /^(subject|principal|websites\[\d{1,2}\])(\.[A-Za-z]+){1,2}$/;

export const FillItemSchema: z.ZodMiniType<FillItem> = z.object({
  key: z.string().check(z.regex(PROFILE_KEY), z.maxLength(80)),
  value: z.union([
    z.string().check(z.maxLength(2000)),
    z.array(z.string().check(z.maxLength(200))).check(z.maxLength(40)),
    z.boolean(),
  ]),
});

export const FillItemsSchema: z.ZodMiniType<FillItem[]> = z.array(FillItemSchema).check(z.maxLength(400));

export const FillOptionsSchema: z.ZodMiniType<FillOptions> = z.object({ overwrite: z.boolean() });

export const FillRequestSchema: z.ZodMiniType<FillRequest> = z.object({
  items: FillItemsSchema,
  overwrite: z.boolean(),
});
