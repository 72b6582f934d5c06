/**
 * Shapes of an applicant profile and of the exchange file (shared/reference/profile-format.md, version 1).
 *
 * The schema checks structure only: keys and their types. Whether a value is good enough to file (check digits,
 * expiry, phone formats…) is `validateProfile`'s job, so a profile with a bad ID number still loads and can be edited.
 * The same definitions are built twice: stripping unknown keys (the data we keep) and strict (to report the unknown
 * keys the format says to warn about).
 */
import { z } from 'zod';

export const EXCHANGE_FORMAT = 'beian-helper.profiles';
export const EXCHANGE_VERSION = 1;

/** Ids become storage keys, so they are kept to characters that are safe there. */
export const PROFILE_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

export const SUBJECT_TYPES = ['personal', 'enterprise'] as const;

function defineSchemas(object: typeof z.object) {
  const person = object({
    name: z.string(),
    certificateType: z.string(),
    certificateNumber: z.string(),
    certificateValidFrom: z.string(),
    certificateValidTo: z.string(),
    mobile: z.string(),
    emergencyPhone: z.string(),
    email: z.string(),
    officePhone: z.string().optional(),
  });
  const legalRepresentative = object({
    name: z.string(),
    certificateType: z.string(),
    certificateNumber: z.string(),
  });
  const subject = object({
    type: z.enum(SUBJECT_TYPES),
    province: z.string(),
    city: z.string(),
    district: z.string().optional(),
    name: z.string(),
    certificateType: z.string(),
    certificateNumber: z.string(),
    certificateAddress: z.string(),
    mailingAddress: z.string(),
    investor: z.string().optional(),
    remark: z.string().optional(),
    legalRepresentative: legalRepresentative.nullable().optional(),
  });
  const website = object({
    name: z.string(),
    domain: z.string(),
    homepageUrl: z.string().optional(),
    serviceContent: z.array(z.string()),
    languages: z.array(z.string()),
    preApprovals: z.array(z.string()),
    remark: z.string(),
    principal: person.nullable(),
  });
  const fields = {
    label: z.string(),
    subject,
    principal: person,
    websites: z.array(website).min(1),
    // Kept verbatim for the pre-flight checklist; its content is not this module's business.
    checklist: z.record(z.string(), z.unknown()).optional(),
  };
  const exchangeProfile = object({ id: z.string().optional(), ...fields });
  const storedProfile = object({ id: z.string().regex(PROFILE_ID_PATTERN), ...fields });
  return { person, subject, website, exchangeProfile, storedProfile };
}

const stripping = defineSchemas(z.object);
/** Same shapes, but unknown keys become `unrecognized_keys` issues (reported as warnings on import). */
export const strictSchemas = defineSchemas(z.strictObject as typeof z.object);

export const PersonSchema = stripping.person;
export const SubjectSchema = stripping.subject;
export const WebsiteSchema = stripping.website;
/** A profile as the extension keeps it: `id` is required. */
export const ProfileSchema = stripping.storedProfile;
/** A profile inside an exchange file: `id` may be missing (a new one is generated on import). */
export const ExchangeProfileSchema = stripping.exchangeProfile;

export type Person = z.infer<typeof PersonSchema>;
export type Subject = z.infer<typeof SubjectSchema>;
export type SubjectType = Subject['type'];
export type Website = z.infer<typeof WebsiteSchema>;
export type Profile = z.infer<typeof ProfileSchema>;
export type ExchangeProfile = z.infer<typeof ExchangeProfileSchema>;

/** A finding: `path` is relative to the profile (`principal.mobile`) or absolute in a file (`profiles[0].principal.mobile`). */
export type Issue = { path: string; message: string };
export type Findings = { errors: Issue[]; warnings: Issue[] };
