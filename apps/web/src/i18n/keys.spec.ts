import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import i18n from './index';

/** Every component source (not tests, not the dictionaries themselves). */
function sources(directory: string, found: string[] = []): string[] {
  for (const name of readdirSync(directory)) {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'i18n' && name !== 'test') sources(path, found);
    } else if (/\.tsx?$/.test(name) && !/\.spec\.tsx?$/.test(name)) found.push(path);
  }
  return found;
}

const files = sources(join(__dirname, '..')).map((path) => ({ path, text: readFileSync(path, 'utf8') }));

/** `t('a.b')`, `t("a.b")`: keys written out in full. */
const literalKeys = [
  ...new Set(files.flatMap(({ text }) => [...text.matchAll(/\bt\(\s*['"]([A-Za-z0-9_.]+)['"]/g)].map((m) => m[1]))),
];
/** `` t(`a.b.${code}`) ``: the part before the code must be a group of words. */
const templatePrefixes = [
  ...new Set(files.flatMap(({ text }) => [...text.matchAll(/\bt\(\s*`([A-Za-z0-9_.]+)\.\$\{/g)].map((m) => m[1]))),
];

describe.each(['nl', 'en'])('translation keys used by the components, in %s', (language) => {
  const exists = (key: string) =>
    ['', '_one', '_other'].some((suffix) => i18n.exists(`${key}${suffix}`, { lng: language }));

  it('finds every key written out in full', () => {
    expect(literalKeys.length).toBeGreaterThan(500);
    expect(literalKeys.filter((key) => !exists(key))).toEqual([]);
  });

  it('finds a group of words behind every key that ends in a code', () => {
    expect(templatePrefixes.length).toBeGreaterThan(10);
    const missing = templatePrefixes.filter((prefix) => {
      const group = i18n.getResource(language, 'translation', prefix) as unknown;
      return typeof group !== 'object' || group === null;
    });
    expect(missing).toEqual([]);
  });
});

/** The agencies' own privacy statements address the reader as "u"; so does every Dutch screen. */
describe('one form of address in Dutch', () => {
  function strings(value: unknown, path: string, out: Array<[string, string]>) {
    if (typeof value === 'string') out.push([path, value]);
    else if (value && typeof value === 'object')
      for (const [key, inner] of Object.entries(value)) strings(inner, path ? `${path}.${key}` : key, out);
    return out;
  }

  it('never says je, jij, jouw or jullie', () => {
    const dutch = strings(i18n.getResourceBundle('nl', 'translation'), '', []);
    expect(dutch.length).toBeGreaterThan(500);
    expect(dutch.filter(([, text]) => /\b(je|jij|jou|jouw|jullie)\b/i.test(text)).map(([path]) => path)).toEqual([]);
  });
});
