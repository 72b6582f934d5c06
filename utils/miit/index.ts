/**
 * The MIIT adapter: everything the extension knows about MIIT's SMS verification page. Imported by the MIIT content
 * script, so it stays small: no React, no zod, no order or profile code.
 */
export { fieldOfLabel, MIIT_FIELD_LABELS, MIIT_TAB_LABELS, tabOfLabel, type MiitField, type MiitTab } from './labels';
export { activeTab, fillVerifier, findFields, watchResults, type MiitFillReport, type MiitResult, type VerifierValues } from './page';
export { classifyMiitMessage, isMiitResultCode, MIIT_RESULT_CODES, type MiitResultCode } from './results';

/** MIIT's ICP system; the SMS page is the hash route #/Integrated/index. */
export const MIIT_ORIGIN = 'https://beian.miit.gov.cn';

/** Whether a URL is MIIT's integrated service page, where 短信核验 and 短信重发 live. */
export function isMiitVerifyUrl(url: URL): boolean {
  return url.origin === MIIT_ORIGIN && /^#\/Integrated(\/|$)/i.test(url.hash);
}
