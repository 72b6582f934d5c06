/**
 * Payloads between the panel, the background and the MIIT content script. The content script imports these, so they
 * use `zod/mini`.
 */
import * as z from 'zod/mini';
import { MIIT_RESULT_CODES, type MiitResultCode } from './results';

const OrderKey = z.string().check(z.minLength(1), z.maxLength(120));
const VerifierId = z.string().check(z.regex(/^(subject|site:\d{1,2})$/));

export interface MiitFillRequest {
  orderKey: string;
  verifierId: string;
  mobile: string;
  idLast6: string;
}

/** 填入<role>: the chosen order and verifier, and the two values MIIT asks for (never the SMS code). */
export const MiitFillRequestSchema: z.ZodMiniType<MiitFillRequest> = z.object({
  orderKey: OrderKey,
  verifierId: VerifierId,
  mobile: z.string().check(z.regex(/^\+?[\d-]{5,20}$/)),
  idLast6: z.string().check(z.regex(/^[0-9A-Za-z]{6}$/)),
});

/** The order the panel on MIIT's page works on (null: none chosen); answers shown by MIIT are counted for it. */
export const MiitChoiceSchema: z.ZodMiniType<{ orderKey: string | null }> = z.object({ orderKey: z.nullable(OrderKey) });

export interface MiitAnswerMessage {
  code: MiitResultCode;
  orderKey: string;
  verifierId: string | null;
}

export const MiitAnswerSchema: z.ZodMiniType<MiitAnswerMessage> = z.object({
  code: z.literal(MIIT_RESULT_CODES),
  orderKey: OrderKey,
  verifierId: z.nullable(VerifierId),
});
