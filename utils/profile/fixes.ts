/**
 * One-click fixes for the formatting the validators' messages already describe (spaces, +86, full-width digits,
 * lowercase x, http:// or a path or www. in a domain, surrounding spaces). Only formatting: a fix never guesses a
 * character, so a wrong digit is still the user's to find.
 */
import { registrableDomain } from './domain';

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

function mobileFix(value: string): string | null {
  const digits = value.replace(/[\s\-()（）]/g, '').replace(/^(\+86|0086|86)(?=1\d{10}$)/, '');
  return /^1\d{10}$/.test(digits) ? digits : null;
}

function domainFix(value: string): string | null {
  const host = value.trim().toLowerCase().replace(SCHEME, '').replace(/[/?#].*$/, '').replace(/:\d+$/, '').replace(/\.$/, '');
  if (host === '') return null;
  return registrableDomain(host) ?? host.replace(/^www\./, '');
}

/** The fixed value for the field at `path` (`principal.mobile`, `websites[0].domain`…), or null when none applies. */
export function formattingFix(path: string, value: string): string | null {
  const field = path.slice(path.lastIndexOf('.') + 1);
  // NFKC turns full-width digits and letters (１３８, ｘ) into their ASCII forms.
  const text = value.normalize('NFKC');
  let fixed: string | null;
  switch (field) {
    case 'mobile':
      fixed = mobileFix(text);
      break;
    case 'certificateNumber':
      fixed = text.replace(/\s/g, '').toUpperCase();
      break;
    case 'domain':
      fixed = domainFix(text);
      break;
    case 'homepageUrl':
      fixed = text.trim().replace(SCHEME, '');
      break;
    default:
      fixed = text.trim();
  }
  return fixed !== null && fixed !== '' && fixed !== value ? fixed : null;
}
