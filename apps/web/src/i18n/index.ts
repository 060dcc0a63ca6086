import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { nl } from './nl';
import { adminUsersEn, adminUsersNl } from './admin-users';
import { breakGlassEn, breakGlassNl } from './break-glass';
import { caseWorkEn, caseWorkNl } from './case-work';
import { documentsEn, documentsNl } from './documents';
import { apiErrorsEn, apiErrorsNl, fieldErrorsEn, fieldErrorsNl, fieldLabelsEn, fieldLabelsNl } from './errors';
import { fmlEn, fmlNl } from './fml';
import { poortwachterEn, poortwachterNl } from './poortwachter';
import { privacyEn, privacyNl } from './privacy';
import { processingRegisterEn, processingRegisterNl } from './processing-register';
import { rectificationEn, rectificationNl } from './rectification';
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
        adminUsers: adminUsersNl,
        breakGlass: breakGlassNl,
        caseWork: caseWorkNl,
        documents: documentsNl,
        fml: fmlNl,
        poortwachter: poortwachterNl,
        privacy: privacyNl,
        processingRegister: processingRegisterNl,
        rectification: rectificationNl,
        worklist: worklistNl,
        apiErrors: apiErrorsNl,
        fieldErrors: fieldErrorsNl,
        fieldLabels: fieldLabelsNl,
      },
    },
    en: {
      translation: {
        ...en,
        adminUsers: adminUsersEn,
        breakGlass: breakGlassEn,
        caseWork: caseWorkEn,
        documents: documentsEn,
        fml: fmlEn,
        poortwachter: poortwachterEn,
        privacy: privacyEn,
        processingRegister: processingRegisterEn,
        rectification: rectificationEn,
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
