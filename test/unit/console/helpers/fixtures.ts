import { readFileSync } from 'node:fs';
import path from 'node:path';

const FIXTURES = path.resolve('test/fixtures/console');
const KNOWN_PREFIXES = /(^|\s)(tea|app-beian|qc)-/g;

export const FIXTURE_PREFIXES = ['tea', 'app-beian', 'qcloud-ba'] as const;

/** A saved console page, with its class prefix optionally rewritten (the ids such as #tea-overlay-root stay). */
export function fixtureHtml(name: string, prefix?: string): string {
  const html = readFileSync(path.join(FIXTURES, name), 'utf8');
  const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(html)?.[1] ?? html;
  if (!prefix) return body;
  return body.replace(/class="([^"]*)"/g, (_, cls: string) => `class="${cls.replace(KNOWN_PREFIXES, `$1${prefix}-`)}"`);
}

/** Puts a fixture into the test document at a console URL. */
export function loadFixture(name: string, opts: { prefix?: string; path?: string } = {}): void {
  const url = `https://console.cloud.tencent.com${opts.path ?? '/beian/manage/process/30179108639935234/form'}`;
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  document.body.innerHTML = fixtureHtml(name, opts.prefix);
}
