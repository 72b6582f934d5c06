/** Reading labels and short texts regardless of full-width characters, spacing and required-field markers. */

/** Width-folds (full-width colon, brackets, letters → ASCII) and drops all whitespace. */
export function squash(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/**
 * A label as a person reads it: no whitespace, no trailing colon or required star, no "(选填)"-style markers.
 * Other bracketed parts stay (服务名称（网站） keeps its qualifier for display).
 */
export function normaliseLabel(text: string): string {
  return squash(text)
    .replace(/\*/g, '')
    .replace(/\((选填|可选|非必填|必填|optional)\)/gi, '')
    .replace(/[:?？]+$/, '')
    .replace(/^[:]+/, '');
}
