import { downloadTextFile } from '@/components/profiles/download';
import type { PageStructure } from '@/utils/console/types';

/** Saves a page structure as the JSON file users attach to bug reports (named after the step or the page kind). */
export function saveStructureFile(structure: PageStructure, name: string): void {
  const stamp = new Date().toISOString().slice(0, 10);
  downloadTextFile(`beian-console-structure-${name}-${stamp}.json`, `${JSON.stringify(structure, null, 2)}\n`);
}
