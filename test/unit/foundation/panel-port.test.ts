/** The panel's port to the background: it reconnects when the background drops it, and not when the panel itself goes. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { listenToOwnTab } from '@/utils/browser/panel-port';

/** A port whose disconnect the test fires, as the browser would. */
function fakePort() {
  const onDisconnect: (() => void)[] = [];
  const port = {
    name: 'bh-panel',
    onMessage: { addListener: vi.fn() },
    onDisconnect: { addListener: (listener: () => void) => onDisconnect.push(listener) },
    disconnect: vi.fn(),
  };
  return { port: port as unknown as Browser.runtime.Port, drop: () => onDisconnect.forEach((listener) => listener()) };
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('listenToOwnTab', () => {
  it('reconnects after the background drops the port and asks for what it may have missed', async () => {
    vi.useFakeTimers();
    const ports = [fakePort(), fakePort()];
    const connect = vi.spyOn(fakeBrowser.runtime, 'connect').mockImplementation(() => ports[connect.mock.calls.length - 1]!.port);
    const onReconnect = vi.fn();
    const stop = listenToOwnTab(() => undefined, onReconnect);
    ports[0]!.drop();
    await vi.advanceTimersByTimeAsync(600);
    expect(connect).toHaveBeenCalledTimes(2);
    expect(onReconnect).toHaveBeenCalledOnce();
    stop();
  });

  it('stays quiet when its own frame is going away and can no longer set a timer (Firefox)', () => {
    const { port, drop } = fakePort();
    vi.spyOn(fakeBrowser.runtime, 'connect').mockImplementation(() => port);
    listenToOwnTab(() => undefined, () => undefined);
    vi.spyOn(globalThis, 'setTimeout').mockImplementation(() => {
      throw Object.assign(new Error('Component not initialized'), { name: 'NS_ERROR_NOT_INITIALIZED' });
    });
    expect(drop).not.toThrow();
  });
});
