/**
 * The console adapter: everything the extension knows about the filing console's DOM. Imported by the content
 * script, so it stays small: no React, no classic zod, no large tables.
 */
export { createConsoleController, type ConsoleController, type ConsoleControllerOptions } from './controller';
export { FillItemSchema, FillItemsSchema, FillOptionsSchema, FillRequestSchema } from './schemas';
export type * from './types';

/** The filing app's routes: `/beian` and everything under it. */
export function isFilingPath(pathname: string): boolean {
  return /^\/beian(\/|$)/.test(pathname);
}
