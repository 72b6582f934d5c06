import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  checkCertificateNumber,
  checkResidentId,
  checkUscc,
  isValidResidentId,
  maskId,
  residentIdCheckChar,
  usccCheckChar,
} from '@/utils/profile/certificates';

const TODAY = '2026-11-29';

describe('resident ID (GB 11643)', () => {
  it.each(['11010519491231002X', '360426199101010071', '120103198806018241'])('accepts the real vector %s', (id) => {
    expect(checkResidentId(id, TODAY)).toBeNull();
    expect(isValidResidentId(id, TODAY)).toBe(true);
  });

  it('rejects a wrong check digit', () => {
    expect(checkResidentId('360426199101010072', TODAY)).toBe('check-digit');
    expect(residentIdCheckChar('36042619910101007')).toBe('1');
  });

  it('computes X as the check character where the sum calls for it', () => {
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
  });

  it.each([
    ['3604261991010100711', 'length'],
    ['36042619910101007', 'length'],
    ['36042619910101007A', 'characters'],
    ['3604261991010 0071', 'characters'],
    ['990426199101010071', 'province'],
    ['710426199101010071', 'province'],
    ['360426199102300071', 'birth-date'],
    ['360426189901010071', 'birth-date'],
    ['360426202712010071', 'future-birth-date'],
  ] as const)('%s → %s', (id, problem) => {
    expect(checkResidentId(id, TODAY)).toBe(problem);
  });

  it('accepts the 港澳台 residence-permit prefixes 81/82/83', () => {
    for (const prefix of ['81', '82', '83']) {
      const first17 = `${prefix}000019900101001`;
      expect(checkResidentId(first17 + residentIdCheckChar(first17), TODAY)).toBeNull();
    }
  });

  it('treats a birth date of today as valid and tomorrow as future', () => {
    const born = (date: string) => {
      const first17 = `110105${date}002`;
      return first17 + residentIdCheckChar(first17);
    };
    expect(checkResidentId(born('20261129'), TODAY)).toBeNull();
    expect(checkResidentId(born('20261130'), TODAY)).toBe('future-birth-date');
  });

  it('validates every generated number whose check digit is computed, and rejects every other last character', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('11', '31', '44', '65', '82'),
        fc.stringMatching(/^\d{4}$/),
        fc.date({ min: new Date('1930-01-01T00:00:00Z'), max: new Date('2026-11-29T00:00:00Z'), noInvalidDate: true }),
        fc.stringMatching(/^\d{3}$/),
        fc.constantFrom(...'0123456789X'),
        (province, county, birth, sequence, wrongCandidate) => {
          const first17 = province + county + birth.toISOString().slice(0, 10).replaceAll('-', '') + sequence;
          const check = residentIdCheckChar(first17);
          expect(checkResidentId(first17 + check, TODAY)).toBeNull();
          if (wrongCandidate !== check) expect(checkResidentId(first17 + wrongCandidate, TODAY)).toBe('check-digit');
        },
      ),
    );
  });
});

describe('unified social credit code (GB 32100)', () => {
  it.each(['91110000101623741K', '911101066976941872', '91350100M000100Y43'])('accepts the real vector %s', (code) => {
    expect(checkUscc(code)).toBeNull();
  });

  it('reports a checksum mismatch (real codes like this exist, so callers make it a warning)', () => {
    expect(checkUscc('91310115MA1H8R7C6D')).toBe('check-character');
    expect(usccCheckChar('91310115MA1H8R7C6')).not.toBe('D');
  });

  it.each([
    ['91110000101623741', 'length'],
    ['91110000101623741KK', 'length'],
    ['9111000010162374IK', 'characters'],
    ['9111000010162374OK', 'characters'],
    ['91110000101623S41K', 'characters'],
    ['911100001016237V1K', 'characters'],
    ['911100001016237Z1K', 'characters'],
    ['91A10000101623741K', 'characters'],
    ['91110000101623741k', 'characters'],
  ] as const)('%s → %s', (code, problem) => {
    expect(checkUscc(code)).toBe(problem);
  });
});

describe('checkCertificateNumber', () => {
  const label = '「主体负责人 · 证件号码」';

  it('applies resident-ID rules to 居民身份证, asking to check all 18 characters rather than naming a last one', () => {
    const [finding] = checkCertificateNumber('居民身份证', '360426199101010072', label, TODAY);
    expect(finding?.severity).toBe('error');
    expect(finding?.message).toContain(label);
    expect(finding?.message).toContain('全部 18 位');
    expect(finding?.message).not.toContain('「1」');
  });

  it('makes a lowercase x a warning that says to use capital X', () => {
    const findings = checkCertificateNumber('居民身份证', '11010519491231002x', label, TODAY);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBe('warning');
    expect(findings[0]?.message).toContain('大写 X');
  });

  it('makes a USCC alphabet error an error and a checksum mismatch a warning', () => {
    expect(checkCertificateNumber('营业执照（个人或企业）', '9111000010162374IK', label, TODAY)[0]?.severity).toBe('error');
    expect(checkCertificateNumber('统一社会信用代码证书', '91310115MA1H8R7C6D', label, TODAY)[0]?.severity).toBe('warning');
    expect(checkCertificateNumber('营业执照', '91110000101623741K', label, TODAY)).toEqual([]);
  });

  it('only requires other certificate types to be filled', () => {
    expect(checkCertificateNumber('护照', 'E12345678', label, TODAY)).toEqual([]);
    expect(checkCertificateNumber('护照', ' ', label, TODAY)[0]?.message).toBe(`请填写${label}。`);
  });
});

describe('maskId', () => {
  it('keeps the first and last four characters', () => {
    expect(maskId('440305199001015419')).toBe('4403**********5419');
    expect(maskId('91110000101623741K')).toBe('9111**********741K');
  });

  it('hides all but the last two characters of short values', () => {
    expect(maskId('E1234567')).toBe('******67');
  });
});
