import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ACCESS_PURPOSES, isKnownAccessResource } from '@spoor/domain';
import { ROLE_PURPOSE } from './access-log.service';

/** Every `key: '…'` the API writes into an access event (the column-type map is not one). */
function logged(key: 'resource' | 'purpose', directory: string, found = new Set<string>()): Set<string> {
  for (const name of readdirSync(directory)) {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) logged(key, path, found);
    else if (name.endsWith('.ts') && !name.includes('spec') && name !== 'access-log.service.ts')
      for (const match of readFileSync(path, 'utf8').matchAll(new RegExp(`\\b${key}: '([a-z_]+)'`, 'g')))
        found.add(match[1]);
  }
  return found;
}

describe('the kinds of data behind access events', () => {
  it('places every resource the API logs, so the viewer never says "other" for our own events', () => {
    const resources = [...logged('resource', join(__dirname, '..'))];
    expect(resources.length).toBeGreaterThan(30);
    expect(resources.filter((resource) => !isKnownAccessResource(resource))).toEqual([]);
  });

  it('lists every purpose the API gives an access event, so each has words on the screens', () => {
    const purposes = [...logged('purpose', join(__dirname, '..')), ...Object.values(ROLE_PURPOSE)];
    expect(purposes.length).toBeGreaterThan(10);
    expect(purposes.filter((purpose) => !(ACCESS_PURPOSES as readonly string[]).includes(purpose))).toEqual([]);
  });
});
