/** Site-name and purpose checker (icp-rules.md §2–§4): pure TypeScript, usable in the panel, options page and Node. */
export type { FindingField, NameCheckInput, NameFinding, Severity, SubjectType, Verdict } from './types';
export { checkSiteName, verdictOf } from './engine';
export { normaliseProvince, PERSONAL_SITE_PLEDGE, PLEDGE_PROVINCES, PROVINCES, type Province } from './provinces';
