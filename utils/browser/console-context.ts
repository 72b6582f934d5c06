import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * The always-on console script's context, shared with the filing app that the background injects into the same
 * isolated world: one lifecycle for both (an extension update invalidates them together) and one copy of WXT's
 * context and location watcher in the page instead of two.
 */
const KEY = Symbol.for('beian-helper.console-context');
type Scope = { [KEY]?: ContentScriptContext };

export function shareConsoleContext(ctx: ContentScriptContext): void {
  (globalThis as Scope)[KEY] = ctx;
}

export function sharedConsoleContext(): ContentScriptContext | undefined {
  return (globalThis as Scope)[KEY];
}
