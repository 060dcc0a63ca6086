import { ACCESS_DATA_KINDS, ACCESS_PURPOSES, ACCESS_RESOURCES } from '@spoor/domain';
import i18n from './index';

/** Every resource the API logs and every kind of data has words in both languages: no code on a screen. */
describe.each(['nl', 'en'])('access-log words in %s', (language) => {
  const missing = (keys: string[]) => keys.filter((key) => !i18n.exists(key, { lng: language }));

  it('names every resource', () => {
    expect(missing(ACCESS_RESOURCES.map((resource) => `privacy.accessLog.resources.${resource}`))).toEqual([]);
  });

  it('names every kind of data', () => {
    expect(missing(ACCESS_DATA_KINDS.map((kind) => `privacy.accessLog.dataKinds.${kind}`))).toEqual([]);
  });

  it('names every purpose', () => {
    expect(missing(ACCESS_PURPOSES.map((purpose) => `privacy.purposes.${purpose}`))).toEqual([]);
  });
});
