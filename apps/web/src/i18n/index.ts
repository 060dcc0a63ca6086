import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { nl } from './nl';
import { caseWorkEn, caseWorkNl } from './case-work';
import { apiErrorsEn, apiErrorsNl, fieldErrorsEn, fieldErrorsNl, fieldLabelsEn, fieldLabelsNl } from './errors';
import { fmlEn, fmlNl } from './fml';
import { poortwachterEn, poortwachterNl } from './poortwachter';
import { privacyEn, privacyNl } from './privacy';
import { worklistEn, worklistNl } from './worklist';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'spoor.language';

function initialLanguage(): Language {
  const stored = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null;
  return stored === 'en' || stored === 'nl' ? stored : 'nl';
}

void i18n.use(initReactI18next).init({
  resources: {
    nl: {
      translation: {
        ...nl,
        caseWork: caseWorkNl,
        fml: fmlNl,
        poortwachter: poortwachterNl,
        privacy: privacyNl,
        worklist: worklistNl,
        apiErrors: apiErrorsNl,
        fieldErrors: fieldErrorsNl,
        fieldLabels: fieldLabelsNl,
      },
    },
    en: {
      translation: {
        ...en,
        caseWork: caseWorkEn,
        fml: fmlEn,
        poortwachter: poortwachterEn,
        privacy: privacyEn,
        worklist: worklistEn,
        apiErrors: apiErrorsEn,
        fieldErrors: fieldErrorsEn,
        fieldLabels: fieldLabelsEn,
      },
    },
  },
  lng: initialLanguage(),
  fallbackLng: 'nl',
  interpolation: { escapeValue: false },
});

i18n.on('languageChanged', (language) => {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  if (typeof localStorage !== 'undefined') localStorage.setItem(STORAGE_KEY, language);
});

if (typeof document !== 'undefined') document.documentElement.lang = i18n.language;

export default i18n;
