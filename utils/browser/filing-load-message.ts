/**
 * The always-on console script's one message (part of the message map in messaging.ts): the console entered the filing
 * app, load its part into this frame. It goes through `runtime.sendMessage` without the messaging library, which would
 * double that script's size; the library's listener ignores it (it has no timestamp), and the background's panel relay
 * answers it after checking the sender.
 */
export const FILING_LOAD_MESSAGE = { type: 'filing:load' } as const;

export function isFilingLoadMessage(message: unknown): boolean {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === FILING_LOAD_MESSAGE.type &&
    !('timestamp' in message)
  );
}
