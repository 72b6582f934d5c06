import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PBKDF2_ITERATIONS,
  DecryptionError,
  WeakPassphraseError,
  WrongPassphraseError,
  assertUsablePassphrase,
  createKeyCheck,
  deriveKey,
  exportKey,
  fromBase64,
  importKey,
  keyMatchesCheck,
  newKdfParams,
  openText,
  sealText,
  toBase64,
  unlockKey,
} from '@/utils/crypto';

// Low iteration count for speed; the production default is asserted separately.
const FAST = 1_000;

describe('WebCrypto vault primitives', () => {
  it('defaults to at least 600,000 PBKDF2 iterations and a fresh 16-byte salt', () => {
    expect(DEFAULT_PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    const a = newKdfParams();
    const b = newKdfParams();
    expect(a.iterations).toBe(DEFAULT_PBKDF2_ITERATIONS);
    expect(fromBase64(a.salt)).toHaveLength(16);
    expect(a.salt).not.toBe(b.salt);
  });

  it('round-trips text, including Chinese, and uses a fresh IV each time', async () => {
    const key = await deriveKey('正确的口令 horse battery', newKdfParams(FAST));
    const first = await sealText(key, '张三 13800138000', 'profile:a');
    const second = await sealText(key, '张三 13800138000', 'profile:a');
    expect(first.iv).not.toBe(second.iv);
    expect(first.ciphertext).not.toBe(second.ciphertext);
    expect(fromBase64(first.iv)).toHaveLength(12);
    expect(await openText(key, first, 'profile:a')).toBe('张三 13800138000');
  });

  it('derives the same key from the same passphrase and salt, and a different one otherwise', async () => {
    const kdf = newKdfParams(FAST);
    const box = await sealText(await deriveKey('passphrase-one', kdf), 'secret');
    expect(await openText(await deriveKey('passphrase-one', kdf), box)).toBe('secret');
    await expect(openText(await deriveKey('passphrase-two', kdf), box)).rejects.toBeInstanceOf(DecryptionError);
    await expect(openText(await deriveKey('passphrase-one', newKdfParams(FAST)), box)).rejects.toBeInstanceOf(DecryptionError);
  });

  it('refuses a box opened under another context or with altered ciphertext', async () => {
    const key = await deriveKey('passphrase-one', newKdfParams(FAST));
    const box = await sealText(key, 'secret', 'profile:a');
    await expect(openText(key, box, 'profile:b')).rejects.toBeInstanceOf(DecryptionError);
    const bytes = fromBase64(box.ciphertext);
    bytes[0] = bytes[0]! ^ 1;
    await expect(openText(key, { ...box, ciphertext: toBase64(bytes) }, 'profile:a')).rejects.toBeInstanceOf(DecryptionError);
  });

  it('exports and re-imports the raw key (how an unlocked key survives in session storage)', async () => {
    const key = await deriveKey('passphrase-one', newKdfParams(FAST));
    const raw = await exportKey(key);
    expect(fromBase64(raw)).toHaveLength(32);
    const box = await sealText(key, 'secret');
    expect(await openText(await importKey(raw), box)).toBe('secret');
  });

  it('proves a passphrase with the check record and reports a wrong one in Chinese', async () => {
    const kdf = newKdfParams(FAST);
    const check = await createKeyCheck(await deriveKey('passphrase-one', kdf));
    expect(await keyMatchesCheck(await deriveKey('passphrase-one', kdf), check)).toBe(true);
    expect(await keyMatchesCheck(await deriveKey('passphrase-two', kdf), check)).toBe(false);
    await expect(unlockKey('passphrase-one', kdf, check)).resolves.toBeDefined();
    const failure = unlockKey('passphrase-two', kdf, check);
    await expect(failure).rejects.toBeInstanceOf(WrongPassphraseError);
    await expect(failure).rejects.toThrow('口令不正确');
  });

  it('refuses passphrases shorter than 8 characters (counting Chinese characters as one each)', () => {
    expect(() => assertUsablePassphrase('1234567')).toThrow(WeakPassphraseError);
    expect(() => assertUsablePassphrase('备案助手的口令八字')).not.toThrow();
  });

  it('refuses absurd iteration counts before deriving', async () => {
    await expect(deriveKey('passphrase-one', { ...newKdfParams(FAST), iterations: 0 })).rejects.toThrow(RangeError);
    await expect(deriveKey('passphrase-one', { ...newKdfParams(FAST), iterations: 50_000_000 })).rejects.toThrow(RangeError);
  });

  it('encodes base64 of large buffers without overflowing the call stack', () => {
    const bytes = new Uint8Array(200_000).map((_, index) => index % 251);
    const encoded = toBase64(bytes);
    expect(encoded).toBe(Buffer.from(bytes).toString('base64'));
    expect(Buffer.from(fromBase64(encoded)).equals(Buffer.from(bytes))).toBe(true);
  });
});
