import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { ACCESS_LOGGED, NO_PERSONAL_DATA, type AccessLogDeclaration } from '../../src/access-log/access-log.decorator';
import { CSRF_EXEMPT } from '../../src/security/access.guard';
import { AUTHENTICATED_ONLY, POLICY, type PolicyDeclaration } from '../../src/security/policy.decorator';
import { PUBLIC_ROUTE } from '../../src/security/public.decorator';

export interface RouteEntry {
  method: string;
  /** e.g. `/api/cases/:id/progress-reports` */
  path: string;
  policy: PolicyDeclaration | undefined;
  publicReason: string | undefined;
  anyUser: string | undefined;
  csrfExempt: boolean;
  accessLog: AccessLogDeclaration | undefined;
  noPersonalData: string | undefined;
}

/** Every route of the running app with its declarations, read from the same metadata the guard reads. */
export function routeInventory(app: INestApplicationContext): RouteEntry[] {
  const discovery = app.get(DiscoveryService);
  const scanner = app.get(MetadataScanner);
  const reflector = app.get(Reflector);
  const found: RouteEntry[] = [];
  for (const wrapper of discovery.getControllers()) {
    const { instance, metatype } = wrapper;
    if (!instance || !metatype) continue;
    const prefix = String(Reflect.getMetadata(PATH_METADATA, metatype) ?? '');
    const prototype = Object.getPrototypeOf(instance);
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[name];
      const path = Reflect.getMetadata(PATH_METADATA, handler);
      if (path === undefined) continue;
      const targets = [handler, metatype];
      found.push({
        method: RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod],
        path: `/api/${[prefix, path].filter((p) => p && p !== '/').join('/')}`,
        policy: reflector.getAllAndOverride<PolicyDeclaration>(POLICY, targets),
        publicReason: reflector.getAllAndOverride<string>(PUBLIC_ROUTE, targets),
        anyUser: reflector.getAllAndOverride<string>(AUTHENTICATED_ONLY, targets),
        csrfExempt: Boolean(reflector.getAllAndOverride<boolean>(CSRF_EXEMPT, targets)),
        accessLog: reflector.get<AccessLogDeclaration>(ACCESS_LOGGED, handler),
        noPersonalData: reflector.get<string>(NO_PERSONAL_DATA, handler),
      });
    }
  }
  return found.sort((a, b) => `${a.method} ${a.path}`.localeCompare(`${b.method} ${b.path}`));
}
