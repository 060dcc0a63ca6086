import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_TOTP_SECRET, demoSecondFactorReplayExemption } from '../seed/demo-secret';

describe('the TOTP replay exemption belongs to the demo configuration, not to auth', () => {
  it('auth knows no published secret: nothing under src/auth names it', () => {
    const files = readdirSync(__dirname, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const naming = files.filter((file) => {
      const text = readFileSync(join(__dirname, file), 'utf8');
      return text.includes(DEMO_TOTP_SECRET) || /DEMO_TOTP_SECRET|demo-secret/.test(text);
    });
    // Tests of auth may log in as demo staff; the service code may not know the secret.
    expect(naming.filter((file) => !/spec\.ts$/.test(file))).toEqual([]);
  });

  it('exempts the demo secret outside production only', () => {
    expect([...demoSecondFactorReplayExemption('development')]).toEqual([DEMO_TOTP_SECRET]);
    expect([...demoSecondFactorReplayExemption('test')]).toEqual([]);
    expect([...demoSecondFactorReplayExemption('production')]).toEqual([]);
  });
});
