/**
 * Checks a page snapshot pushed by the content script before the panel uses it (panel only: classic zod is fine here).
 */
import { z } from 'zod';
import { STAGES } from '@/utils/orders/stages';
import type { PageSnapshot } from './types';

const Text = z.string().max(2000);
const FieldValueSchema = z.union([Text, z.array(Text).max(200), z.boolean(), z.null()]);

const FieldSnapshotSchema = z.object({
  key: z.string().max(120).nullable(),
  role: z.enum(['profile', 'sms-code', 'upload', 'console', 'unknown']),
  label: Text,
  section: Text.nullable(),
  kind: z.enum(['text', 'textarea', 'select', 'cascader', 'radio', 'checkbox', 'checkbox-group', 'date', 'validity', 'upload', 'readonly']),
  value: FieldValueSchema,
  options: z.array(Text).max(500),
  required: z.boolean(),
  disabled: z.boolean(),
  addon: Text.nullable(),
  userChanged: z.boolean().optional(),
});

export const PageSnapshotSchema: z.ZodType<PageSnapshot> = z.object({
  path: Text,
  pageKind: z.enum(['wizard', 'order', 'order-list', 'other']),
  order: z
    .object({
      orderId: z.string().regex(/^\d{17}$/).nullable(),
      stage: z.enum(STAGES).nullable(),
      statusTexts: z.array(Text).max(20),
    })
    .nullable(),
  step: z.enum(['verify', 'subject', 'website', 'material', 'review']).nullable(),
  stepTitle: Text.nullable(),
  stepTitles: z.array(Text).max(20),
  headings: z.array(Text).max(100),
  fields: z.array(FieldSnapshotSchema).max(1000),
  siteCount: z.number().int().min(0).max(100),
  canAddSite: z.boolean(),
  uploads: z.array(Text).max(100),
  needsUser: z.array(Text).max(200),
  diagnostics: z.object({ unknownLabels: z.array(Text).max(200), missingExpected: z.array(Text).max(200), drift: z.boolean() }),
});
