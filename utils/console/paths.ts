/** The filing app's routes: `/beian` and everything under it. Tiny on purpose: the always-on script imports it. */
export function isFilingPath(pathname: string): boolean {
  return /^\/beian(\/|$)/.test(pathname);
}
