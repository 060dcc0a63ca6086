/**
 * Types generated from the API's OpenAPI document (`npm run openapi:generate`), for clients that want the
 * document's view of the API. The hand-written response types live in @spoor/domain; `domain-agreement.ts`
 * proves at compile time that both say the same for the key operations, and `npm run openapi:check` fails
 * when this file and the API's document disagree.
 */
import type { paths } from './schema';

export type { components, operations, paths } from './schema';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

type JsonContent<Response> = Response extends { content: { 'application/json': infer Body } } ? Body : never;

/** The JSON body an operation answers with `Status`, e.g. `ResponseBody<'/api/cases/{id}', 'get'>`. */
export type ResponseBody<
  Path extends keyof paths,
  M extends Method & keyof paths[Path],
  Status extends number = 200,
> = paths[Path][M] extends {
  responses: infer Responses;
}
  ? Status extends keyof Responses
    ? JsonContent<Responses[Status]>
    : never
  : never;
