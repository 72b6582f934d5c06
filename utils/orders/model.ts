/**
 * The stored shape of filing orders (zod classic: used by extension pages and the background, not the content script;
 * the reducers import only the types). Times are epoch milliseconds.
 */
import { z } from 'zod';
import { FILING_TYPE_IDS } from '@/utils/filing/filing-types';
import { STAGES } from './stages';
import { isPlainObject, type ListSpec } from '@/utils/storage/kept';

const Timestamp = z.number().int().nonnegative();

export const StageEntrySchema = z.object({
  stage: z.enum(STAGES),
  /** When the stage began: the time the page showed, the time the user gave, else when it was first seen. */
  at: Timestamp,
  /** observed: first seen (an estimate); page: a time the console showed; user: given or corrected by the user. */
  source: z.enum(['observed', 'page', 'user']),
});

/** One round of MIIT SMS verification; a returned and resubmitted order gets a new round. */
export const SmsRoundSchema = z.object({
  /** When this round was first noticed; identifies the round and never changes. */
  startedAt: Timestamp,
  /** When the SMS arrived: detection time by default, the user's time once given. */
  receivedAt: Timestamp,
  /** True once the user gave or confirmed the time on the SMS. */
  confirmed: z.boolean(),
  /** Detected long after the previous look at the order: the SMS may have come earlier. */
  mayBeLate: z.boolean(),
  /** The previous look at the order before detection (the earliest the SMS can have come), when known. */
  earliestPossibleAt: Timestamp.optional(),
  closed: z.object({ at: Timestamp, reason: z.enum(['verified', 'stageChanged']) }).optional(),
  /** Wrong-data answers (result 2) on MIIT's page in this round; MIIT returns the order on the 6th failed attempt. */
  failedTries: z.number().int().min(0).max(99).optional(),
  /** Verifiers (VerifierContact ids) MIIT answered "done, others pending" (result 31) for. */
  doneVerifiers: z.array(z.string().min(1).max(40)).max(20).optional(),
  /** MIIT's answers in this round: only the result code and when it was shown, nothing else of the page. */
  results: z.array(z.object({ code: z.number().int(), at: Timestamp })).max(50).optional(),
});

export const OrderSchema = z.object({
  /** Internal identity, stable for the life of the order (alarm names use it). */
  key: z.string().min(1),
  /** The console's 17-digit order number, once seen. */
  orderId: z.string().regex(/^\d{17}$/).optional(),
  domain: z.string().min(1).optional(),
  /** Site or subject name the user gave for an order added by hand (when it is not a domain). */
  name: z.string().min(1).max(100).optional(),
  /** Added by hand (filed in the mini program or on another computer), not first seen in the console. */
  addedByHand: z.boolean().optional(),
  filingType: z.enum(FILING_TYPE_IDS).optional(),
  profileId: z.string().min(1).optional(),
  /** Stage history in time order; the last entry is the current stage. */
  entries: z.array(StageEntrySchema).min(1),
  /** Latest time the order was seen on a console page or touched by the user. */
  lastObservedAt: Timestamp,
  sms: SmsRoundSchema.optional(),
});

export type StageEntry = z.infer<typeof StageEntrySchema>;
export type SmsRound = z.infer<typeof SmsRoundSchema>;
export type Order = z.infer<typeof OrderSchema>;

/** The order list as a store: records are identified by `key` (see `utils/storage/kept.ts`). */
export const ORDER_STORE: ListSpec<Order> = {
  label: '订单',
  version: 1,
  schema: OrderSchema,
  keyOf: (order) => order.key,
  rawKeyOf: (raw) => (isPlainObject(raw) && typeof raw.key === 'string' ? raw.key : null),
};
