import { ERROR_CODES, FIELD_ERROR_CODES } from '@spoor/domain';
import i18n from './index';
import { apiErrorsEn, apiErrorsNl, fieldErrorsEn, fieldErrorsNl, fieldLabelsEn, fieldLabelsNl } from './errors';

/** The names between {{ }} in a text: both languages must fill in the same values. */
const placeholders = (text: string): string[] =>
  text
    .split('{{')
    .slice(1)
    .map((part) => part.split('}}')[0].split(',')[0].trim())
    .sort();

describe('error texts', () => {
  // The lists come from libs/domain at run time: a code added there fails here until both languages say it.
  it.each([
    ['ERROR_CODES', ERROR_CODES, apiErrorsNl, apiErrorsEn],
    ['FIELD_ERROR_CODES', FIELD_ERROR_CODES, fieldErrorsNl, fieldErrorsEn],
  ] as const)(
    'gives every one of %s a Dutch and an English text with the same placeholders',
    (_name, codes, dutch, english) => {
      const missing: string[] = [];
      for (const code of codes) {
        const nl = (dutch as Record<string, string | undefined>)[code]?.trim();
        const en = (english as Record<string, string | undefined>)[code]?.trim();
        if (!nl) missing.push(`${code} (nl)`);
        if (!en) missing.push(`${code} (en)`);
        if (nl && en)
          expect({ code, placeholders: placeholders(nl) }).toEqual({ code, placeholders: placeholders(en) });
      }
      expect(missing).toEqual([]);
      expect(Object.keys(dutch).sort()).toEqual([...codes].sort());
      expect(Object.keys(english).sort()).toEqual([...codes].sort());
    },
  );

  it('registers the texts with i18n, so a code is shown in the language the user chose', () => {
    for (const language of ['nl', 'en'] as const) {
      const t = i18n.getFixedT(language);
      for (const code of ERROR_CODES)
        expect(t(`apiErrors.${code}`, { caseReference: 'RI-2026-0001' })).not.toMatch(/^apiErrors\.|{{/);
      for (const code of FIELD_ERROR_CODES)
        expect(t(`fieldErrors.${code}`, { min: 2, max: 200 })).not.toMatch(/^fieldErrors\.|{{/);
    }
    expect(i18n.getFixedT('nl')('apiErrors.REPORT_VERSION_STALE')).toBe(apiErrorsNl.REPORT_VERSION_STALE);
    expect(i18n.getFixedT('en')('fieldErrors.TOO_SHORT', { min: 12 })).toBe('Enter at least 12 characters');
  });

  it('addresses the Dutch reader as "u", never "je"', () => {
    for (const text of [...Object.values(apiErrorsNl), ...Object.values(fieldErrorsNl)])
      expect(text).not.toMatch(/\b(je|jij|jouw)\b/i);
  });

  it('names the same fields in both languages', () => {
    expect(Object.keys(fieldLabelsEn).sort()).toEqual(Object.keys(fieldLabelsNl).sort());
    for (const label of [...Object.values(fieldLabelsNl), ...Object.values(fieldLabelsEn)])
      expect(label.trim()).not.toBe('');
  });
});
