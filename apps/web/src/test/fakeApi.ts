/** A stand-in for the API in component tests: answers fetch by "METHOD /path" and records every call. */
export interface FetchCall {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

export interface FakeResponse {
  status: number;
  body?: unknown;
}

/** One answer, or several given in turn (the last one repeats). */
export type FakeRoutes = Record<string, FakeResponse | FakeResponse[]>;

export function fakeApi(routes: FakeRoutes): FetchCall[] {
  const calls: FetchCall[] = [];
  const queues = new Map(
    Object.entries(routes).map(([key, value]) => [key, Array.isArray(value) ? [...value] : [value]]),
  );
  global.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const method = init?.method ?? 'GET';
    const url = String(input);
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    calls.push({ method, url, headers: (init?.headers ?? {}) as Record<string, string>, body });
    const queue = queues.get(`${method} ${url.split('?')[0]}`);
    const answer = (queue && queue.length > 1 ? queue.shift() : queue?.[0]) ?? {
      status: 404,
      body: { statusCode: 404, code: 'NOT_FOUND', message: `no fake for ${method} ${url}`, error: 'Not Found' },
    };
    // jsdom has no Response: the few members apiFetch reads.
    return {
      ok: answer.status >= 200 && answer.status < 300,
      status: answer.status,
      statusText: '',
      text: async () => (answer.body === undefined ? '' : JSON.stringify(answer.body)),
    } as Response;
  }) as typeof fetch;
  return calls;
}
