/**
 * Payload schemas for the messages extension contexts receive (background, panel). Kept apart from messaging.ts so that
 * the scripts injected into pages carry no zod: what a page produces is validated where it is received.
 */
import * as z from 'zod/mini';
import { RejectedMessageError } from './messaging';

export const EmptySchema = z.optional(z.union([z.undefined(), z.null()]));
export const DockPatchSchema = z.object({
  collapsed: z.optional(z.boolean()),
  width: z.optional(z.number().check(z.int(), z.minimum(200), z.maximum(2000))),
});
export const DockStateSchema = z.object({
  collapsed: z.boolean(),
  width: z.number().check(z.int(), z.minimum(200), z.maximum(2000)),
});

/** Parses a payload with its schema, turning failure into a rejection with a readable reason. */
export function parsePayload<T>(schema: z.ZodMiniType<T>, data: unknown): T {
  const result = z.safeParse(schema, data);
  if (!result.success) throw new RejectedMessageError(`拒绝：消息内容格式不正确（${result.error.issues[0]?.message ?? ''}）`);
  return result.data;
}
