/**
 * The console adapter: everything the extension knows about the filing console's DOM. The filing-app script injected
 * into the page imports the controller directly (no schema in the page); extension contexts use the schemas here.
 */
export { createConsoleController, type ConsoleController, type ConsoleControllerOptions } from './controller';
export { FillItemSchema, FillItemsSchema, FillOptionsSchema, FillRequestSchema } from './schemas';
export type * from './types';
export { isFilingPath } from './paths';
