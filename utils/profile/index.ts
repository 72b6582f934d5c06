/** Applicant profiles: schema, validators, exchange format v1 and the storage record model (all pure). */
export {
  EXCHANGE_FORMAT,
  EXCHANGE_VERSION,
  ExchangeProfileSchema,
  PROFILE_ID_PATTERN,
  PersonSchema,
  ProfileSchema,
  SUBJECT_TYPES,
  SubjectSchema,
  WebsiteSchema,
  type ExchangeProfile,
  type Findings,
  type Issue,
  type Person,
  type Profile,
  type Subject,
  type SubjectType,
  type Website,
} from './schema';
export { validateProfile, type ValidateOptions } from './validate';
export {
  ENCRYPTED_EXCHANGE_FORMAT,
  checkExchangeFile,
  newProfileId,
  parseExchangeFile,
  readExchangeFile,
  serializeExchangeFile,
  type ReadResult,
} from './exchange';
export {
  EnvelopeError,
  decryptExchangeText,
  encryptExchangeText,
  isEncryptedExchangeText,
} from './encrypted-exchange';
export {
  checkCertificateNumber,
  checkResidentId,
  checkUscc,
  isValidResidentId,
  maskId,
  residentIdCheckChar,
  usccCheckChar,
  type Finding,
  type ResidentIdProblem,
  type UsccProblem,
} from './certificates';
export { checkEmail, checkEmergencyPhone, checkMobile, checkValidity, isEmail, isLandline, isMainlandMobile } from './contact';
export { analyzeDomain, checkDomain, checkHomepageUrl, registrableDomain, type DomainAnalysis, type TldStatus } from './domain';
export { NO_EXPIRY, isIsoDate } from './dates';
export { diffProfiles, type FieldChange } from './diff';
export { fieldLabel, formatPath } from './labels';
export { mergeFindings, profileTitle, sharedValueFindings } from './shared-values';
export { formattingFix } from './fixes';
