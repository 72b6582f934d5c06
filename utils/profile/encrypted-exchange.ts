/**
 * Encrypted export: the whole version-1 exchange file sealed with a passphrase, in an envelope
 * `{"format":"beian-helper.profiles.encrypted","version":1,"kdf":{…},"iv":"…","ciphertext":"…"}`.
 * The KDF header travels with the file, so the file opens anywhere with the passphrase alone.
 */
import { z } from 'zod';
import {
  DEFAULT_PBKDF2_ITERATIONS,
  DecryptionError,
  WrongPassphraseError,
  assertUsablePassphrase,
  deriveKey,
  isSupportedKdf,
  newKdfParams,
  openText,
  sealText,
} from '@/utils/crypto';
import { ENCRYPTED_EXCHANGE_FORMAT } from './exchange';

export const ENCRYPTED_EXCHANGE_VERSION = 1;
/** Bound into the ciphertext: an envelope cannot be passed off as another kind of sealed data. */
const ENVELOPE_CONTEXT = ENCRYPTED_EXCHANGE_FORMAT;

const EnvelopeSchema = z.object({
  format: z.literal(ENCRYPTED_EXCHANGE_FORMAT),
  version: z.int(),
  kdf: z.object({ name: z.literal('PBKDF2'), hash: z.literal('SHA-256'), iterations: z.int(), salt: z.base64() }),
  iv: z.base64(),
  ciphertext: z.base64(),
});

export type EncryptedEnvelope = z.infer<typeof EnvelopeSchema>;

export class EnvelopeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EnvelopeError';
  }
}

/** True when the text looks like an encrypted export (so the UI should ask for the passphrase). */
export function isEncryptedExchangeText(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === ENCRYPTED_EXCHANGE_FORMAT;
  } catch {
    return false;
  }
}

export async function encryptExchangeText(
  plainText: string,
  passphrase: string,
  options: { iterations?: number } = {},
): Promise<string> {
  assertUsablePassphrase(passphrase);
  const kdf = newKdfParams(options.iterations ?? DEFAULT_PBKDF2_ITERATIONS);
  const box = await sealText(await deriveKey(passphrase, kdf), plainText, ENVELOPE_CONTEXT);
  const envelope: EncryptedEnvelope = { format: ENCRYPTED_EXCHANGE_FORMAT, version: ENCRYPTED_EXCHANGE_VERSION, kdf, ...box };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

/**
 * The exchange-file text inside an envelope. Throws EnvelopeError for a damaged or unsupported envelope and
 * WrongPassphraseError when the passphrase does not open it (AES-GCM cannot tell that apart from altered content).
 */
export async function decryptExchangeText(envelopeText: string, passphrase: string): Promise<string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(envelopeText.replace(/^\uFEFF/, ''));
  } catch {
    throw new EnvelopeError('加密文件不是有效的 JSON，可能已被截断或改动。');
  }
  const envelope = EnvelopeSchema.safeParse(parsed);
  if (!envelope.success) throw new EnvelopeError('加密文件的结构不完整或已损坏（缺少 kdf、iv 或 ciphertext）。');
  if (envelope.data.version > ENCRYPTED_EXCHANGE_VERSION) {
    throw new EnvelopeError(
      `加密文件的格式版本为 ${envelope.data.version}，当前只支持到版本 ${ENCRYPTED_EXCHANGE_VERSION}，请先升级备案助手。`,
    );
  }
  if (!isSupportedKdf(envelope.data.kdf)) throw new EnvelopeError('加密文件的密钥派生参数不受支持（迭代次数异常）。');
  const key = await deriveKey(passphrase, envelope.data.kdf);
  try {
    return await openText(key, envelope.data, ENVELOPE_CONTEXT);
  } catch (error) {
    if (error instanceof DecryptionError) throw new WrongPassphraseError();
    throw error;
  }
}
