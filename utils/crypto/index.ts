/**
 * Encryption at rest with WebCrypto only (runs in browsers and in Node 20): PBKDF2-SHA256 turns a passphrase into an
 * AES-GCM-256 key; every sealed text gets a fresh random 96-bit IV. A passphrase is checked against a known "check"
 * record before anything else is touched, so a wrong one is reported and never damages data.
 */

/** OWASP 2023 recommendation for PBKDF2-HMAC-SHA256; lower counts are for tests only. */
export const DEFAULT_PBKDF2_ITERATIONS = 600_000;
/** Refuse absurd counts from a stored or imported header (a typo or a hostile file would hang the page). */
export const MAX_PBKDF2_ITERATIONS = 10_000_000;
export const MIN_PASSPHRASE_LENGTH = 8;

const SALT_BYTES = 16;
const IV_BYTES = 12;
const CHECK_PLAINTEXT = 'beian-helper key check v1';

export type KdfParams = { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
export type SealedBox = { iv: string; ciphertext: string };

export class WrongPassphraseError extends Error {
  constructor() {
    super('口令不正确，请重新输入。数据没有任何改动。');
    this.name = 'WrongPassphraseError';
  }
}

/** The ciphertext does not open with this key: it was altered, truncated or belongs elsewhere. */
export class DecryptionError extends Error {
  constructor() {
    super('加密数据无法解开：内容已损坏，或不是用当前口令加密的。');
    this.name = 'DecryptionError';
  }
}

export class WeakPassphraseError extends Error {
  constructor() {
    super(`口令至少需要 ${MIN_PASSPHRASE_LENGTH} 个字符，请设置一个更长的口令。`);
    this.name = 'WeakPassphraseError';
  }
}

export function assertUsablePassphrase(passphrase: string): void {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) throw new WeakPassphraseError();
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function newKdfParams(iterations: number = DEFAULT_PBKDF2_ITERATIONS): KdfParams {
  return { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(randomBytes(SALT_BYTES)) };
}

export function isSupportedKdf(kdf: KdfParams): boolean {
  return (
    kdf.name === 'PBKDF2' &&
    kdf.hash === 'SHA-256' &&
    Number.isInteger(kdf.iterations) &&
    kdf.iterations >= 1 &&
    kdf.iterations <= MAX_PBKDF2_ITERATIONS
  );
}

/** Derives the AES-GCM key. Extractable, because an unlocked key is kept (exported) in session storage. */
export async function deriveKey(passphrase: string, kdf: KdfParams): Promise<CryptoKey> {
  if (!isSupportedKdf(kdf)) throw new RangeError(`unsupported key derivation parameters: ${JSON.stringify(kdf)}`);
  const material = await crypto.subtle.importKey('raw', encoder.encode(passphrase), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', iterations: kdf.iterations, salt: fromBase64(kdf.salt) },
    material,
    { name: 'AES-GCM', length: 256 },
    true,
    ['encrypt', 'decrypt'],
  );
}

export async function exportKey(key: CryptoKey): Promise<string> {
  return toBase64(new Uint8Array(await crypto.subtle.exportKey('raw', key)));
}

export async function importKey(raw: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', fromBase64(raw), { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/** `context` is bound as associated data: a box sealed for one record does not open as another. */
export async function sealText(key: CryptoKey, plaintext: string, context = ''): Promise<SealedBox> {
  const iv = randomBytes(IV_BYTES);
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(context) },
    key,
    encoder.encode(plaintext),
  );
  return { iv: toBase64(iv), ciphertext: toBase64(new Uint8Array(ciphertext)) };
}

export async function openText(key: CryptoKey, box: SealedBox, context = ''): Promise<string> {
  try {
    const plaintext = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(box.iv), additionalData: encoder.encode(context) },
      key,
      fromBase64(box.ciphertext),
    );
    return decoder.decode(plaintext);
  } catch {
    throw new DecryptionError();
  }
}

export function isSealedBox(value: unknown): value is SealedBox {
  if (typeof value !== 'object' || value === null) return false;
  const box = value as Record<string, unknown>;
  return typeof box.iv === 'string' && typeof box.ciphertext === 'string';
}

const CHECK_CONTEXT = 'key-check';

/** A record of known content: opening it proves a key right before any real data is touched. */
export function createKeyCheck(key: CryptoKey): Promise<SealedBox> {
  return sealText(key, CHECK_PLAINTEXT, CHECK_CONTEXT);
}

export async function keyMatchesCheck(key: CryptoKey, check: SealedBox): Promise<boolean> {
  try {
    return (await openText(key, check, CHECK_CONTEXT)) === CHECK_PLAINTEXT;
  } catch {
    return false;
  }
}

/** Derives the key and proves it against the check record; throws WrongPassphraseError otherwise. */
export async function unlockKey(passphrase: string, kdf: KdfParams, check: SealedBox): Promise<CryptoKey> {
  const key = await deriveKey(passphrase, kdf);
  if (!(await keyMatchesCheck(key, check))) throw new WrongPassphraseError();
  return key;
}
