import { RequestMethod, type INestApplication } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import type { RouteAccess } from '../platform/http/openapi';
import { CSRF_EXEMPT } from './access.guard';
import { AUTHENTICATED_ONLY } from './policy.decorator';
import { PUBLIC_ROUTE } from './public.decorator';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * What the AccessGuard requires of each route (session, CSRF header, a policy), read from the metadata the
 * guard itself reads, so the OpenAPI document states exactly what is enforced.
 */
export function routeAccess(app: INestApplication, prefix: string): RouteAccess[] {
  const discovery = app.get(DiscoveryService);
  const scanner = app.get(MetadataScanner);
  const reflector = app.get(Reflector);
  const routes: RouteAccess[] = [];
  for (const { instance, metatype } of discovery.getControllers()) {
    if (!instance || !metatype) continue;
    const controllerPath = String(Reflect.getMetadata(PATH_METADATA, metatype) ?? '');
    const prototype = Object.getPrototypeOf(instance) as Record<string, object>;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[name];
      const path: unknown = Reflect.getMetadata(PATH_METADATA, handler);
      if (path === undefined) continue;
      const targets = [handler as () => void, metatype];
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
      const open = Boolean(reflector.getAllAndOverride<string>(PUBLIC_ROUTE, targets));
      routes.push({
        method,
        path: `/${[prefix, controllerPath, String(path)].map(trimSlashes).filter(Boolean).join('/')}`,
        session: !open,
        csrf: !SAFE_METHODS.has(method) && !reflector.getAllAndOverride<boolean>(CSRF_EXEMPT, targets),
        policy: !open && !reflector.getAllAndOverride<string>(AUTHENTICATED_ONLY, targets),
      });
    }
  }
  return routes;
}

function trimSlashes(part: string): string {
  return part.replace(/^\/+|\/+$/g, '');
}
