/**
 * Where the unlocked vault key lives for this browser session.
 *
 * Preferred: `storage.session` (in memory, forgotten on restart, hidden from content scripts). Firefox gives the docked
 * panel frame content-script APIs, so it has no `storage.session`: such a context asks the background, which keeps the
 * key in its own session storage — or, in a browser whose background has none either, in the background's memory
 * only (a restart of the background then relocks the vault). The key is never written to `storage.local`.
 *
 * Extension pages learn of lock and unlock through `local:vaultEpoch`, a counter with no secret in it, because a
 * context without `storage.session` cannot watch that area.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import { hasCapability } from './capabilities';
import { checkSender, onMessage, sendMessage } from './messaging';
import { parsePayload } from './message-schemas';

export interface VaultSession {
  /** The unlocked key, exported raw (base64); null when locked. */
  key: string | null;
  /** Epoch milliseconds of the last activity, for auto-lock. */
  lastActivity: number | null;
}

const SESSION_KEYS = { key: 'vaultKey', lastActivity: 'vaultActivity' } as const;
const LOCKED: VaultSession = { key: null, lastActivity: null };

export const VaultSessionPatchSchema = z.object({
  key: z.optional(z.nullable(z.string().check(z.maxLength(200)))),
  lastActivity: z.optional(z.nullable(z.number())),
});
export type VaultSessionPatch = z.infer<typeof VaultSessionPatchSchema>;

/** Bumped on every lock and unlock so that every context can watch the vault without reading its secret. */
export const vaultEpochItem = storage.defineItem<number>('local:vaultEpoch', { fallback: 0 });

/** Set in the background once it serves other contexts; only there may the memory fallback hold the key. */
let servedHere = false;
let memory: VaultSession = LOCKED;

function sessionArea() {
  return hasCapability('storage.session') ? browser.storage.session : null;
}

async function readHere(): Promise<VaultSession> {
  const area = sessionArea();
  if (!area) return memory;
  const stored = await area.get([SESSION_KEYS.key, SESSION_KEYS.lastActivity]);
  const key = stored[SESSION_KEYS.key];
  const lastActivity = stored[SESSION_KEYS.lastActivity];
  return { key: typeof key === 'string' ? key : null, lastActivity: typeof lastActivity === 'number' ? lastActivity : null };
}

/** Writes only the fields the patch names, so an activity report racing a lock can never bring the key back. */
async function patchHere(patch: VaultSessionPatch): Promise<void> {
  const before = await readHere();
  const area = sessionArea();
  if (patch.key === null) {
    if (area) await area.remove([SESSION_KEYS.key, SESSION_KEYS.lastActivity]);
    else memory = LOCKED;
  } else {
    const fields: Partial<VaultSession> = {};
    if (patch.key !== undefined) fields.key = patch.key;
    if (patch.lastActivity !== undefined) fields.lastActivity = patch.lastActivity;
    if (area) {
      await area.set(Object.fromEntries(Object.entries(fields).map(([name, value]) => [SESSION_KEYS[name as keyof VaultSession], value])));
    } else {
      memory = { ...memory, ...fields };
    }
  }
  const after = patch.key === undefined ? before.key : patch.key;
  if (after !== before.key) await vaultEpochItem.setValue(((await vaultEpochItem.getValue()) ?? 0) + 1);
}

/** True when this context keeps the session itself rather than asking the background. */
function keepsItHere(): boolean {
  return servedHere || sessionArea() !== null;
}

export async function readVaultSession(): Promise<VaultSession> {
  if (keepsItHere()) return readHere();
  return sendMessage('vault:session', { op: 'read' });
}

export async function patchVaultSession(patch: VaultSessionPatch): Promise<void> {
  if (keepsItHere()) return patchHere(patch);
  await sendMessage('vault:session', { op: 'patch', patch });
}

const VaultSessionRequestSchema = z.union([
  z.object({ op: z.literal('read') }),
  z.object({ op: z.literal('patch'), patch: VaultSessionPatchSchema }),
]);

/** Background: answers the vault session for extension pages that cannot keep it themselves. */
export function serveVaultSession(): () => void {
  servedHere = true;
  const off = onMessage('vault:session', async ({ data, sender }) => {
    checkSender(sender, 'extension-page');
    const request = parsePayload(VaultSessionRequestSchema, data);
    if (request.op === 'read') return readHere();
    await patchHere(request.patch);
    return readHere();
  });
  return () => {
    servedHere = false;
    off();
  };
}
