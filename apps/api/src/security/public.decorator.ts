import { SetMetadata } from '@nestjs/common';

export const PUBLIC_ROUTE = 'spoor:public-route';

/**
 * Marks a route that needs no session. The reason is required so a reviewer sees why the route is open;
 * every other route will need a session and a permission (step 4 adds the guard that enforces it).
 */
export const Public = (reason: string) => SetMetadata(PUBLIC_ROUTE, reason);
