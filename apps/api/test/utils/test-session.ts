import type { NestExpressApplication } from '@nestjs/platform-express';
import { authenticator } from 'otplib';
import request from 'supertest';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../src/seed/demo-seed';

/** A logged-in HTTP client: cookies kept, CSRF header sent on writes. */
export interface TestClient {
  agent: ReturnType<typeof request.agent>;
  csrf: string;
  get(path: string): request.Test;
  post(path: string, body?: object): request.Test;
  patch(path: string, body?: object): request.Test;
  put(path: string, body?: object): request.Test;
  delete(path: string): request.Test;
}

const usedSteps = new Map<string, number>();

/** A TOTP code not used before for this account: RFC 6238 codes are accepted once. */
export function freshTotp(email: string, secret = DEMO_TOTP_SECRET): string {
  const now = Math.floor(Date.now() / 30_000);
  const step = Math.max(now, (usedSteps.get(email) ?? -1) + 1);
  if (step > now + 1) throw new Error('no fresh TOTP code in the accepted window; wait for the next 30 s step');
  usedSteps.set(email, step);
  return authenticator.clone({ epoch: step * 30_000 }).generate(secret);
}

export function csrfFrom(response: request.Response): string | undefined {
  const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  const csrf = cookies.find((c) => c.startsWith('csrf_token='));
  return csrf ? decodeURIComponent(csrf.split(';')[0].slice('csrf_token='.length)) : undefined;
}

export async function loginAs(
  app: NestExpressApplication,
  email: string,
  password = DEMO_PASSWORD,
): Promise<TestClient> {
  const agent = request.agent(app.getHttpServer());
  const login = await agent.post('/api/auth/login').send({ email, password });
  if (login.status !== 200) throw new Error(`login as ${email} failed: ${login.status}`);
  let csrf = csrfFrom(login) as string;
  if (login.body.mfaRequired) {
    const mfa = await agent
      .post('/api/auth/mfa')
      .set('X-CSRF-Token', csrf)
      .send({ code: freshTotp(email) });
    if (mfa.status !== 200) throw new Error(`second factor for ${email} failed: ${mfa.status}`);
    csrf = csrfFrom(mfa) as string;
  }
  return {
    agent,
    csrf,
    get: (path) => agent.get(path),
    post: (path, body) =>
      agent
        .post(path)
        .set('X-CSRF-Token', csrf)
        .send(body ?? {}),
    patch: (path, body) =>
      agent
        .patch(path)
        .set('X-CSRF-Token', csrf)
        .send(body ?? {}),
    put: (path, body) =>
      agent
        .put(path)
        .set('X-CSRF-Token', csrf)
        .send(body ?? {}),
    delete: (path) => agent.delete(path).set('X-CSRF-Token', csrf),
  };
}
