import { QueryClient } from '@tanstack/react-query';
import { forgetSession, queryKeys } from './queryKeys';

describe('query keys', () => {
  it('puts everything of one case under that case, so invalidating the case refreshes its page', () => {
    const caseKey = queryKeys.cases.detail('c1');
    for (const key of [
      queryKeys.caseWork.assignments('c1'),
      queryKeys.caseWork.milestones('c1'),
      queryKeys.caseWork.reports('c1'),
      queryKeys.caseWork.activities('c1'),
      queryKeys.specialFile.ofCase('c1'),
    ]) {
      expect(key.slice(0, caseKey.length)).toEqual(caseKey);
    }
    expect(queryKeys.cases.list({ page: 1, pageSize: 50 })[0]).toBe(queryKeys.cases.lists()[0]);
  });

  it('forgets everything but the auth queries when the session ends', () => {
    const client = new QueryClient();
    client.setQueryData(queryKeys.auth.me(), { id: 'u1' });
    client.setQueryData(queryKeys.auth.csrf(), { ok: true });
    client.setQueryData(queryKeys.cases.detail('c1'), { id: 'c1' });
    client.setQueryData(queryKeys.specialFile.ofCase('c1'), { scope: 'full' });
    client.setQueryData(queryKeys.me.disclosures(), { items: [] });

    forgetSession(client);

    expect(client.getQueryData(queryKeys.auth.me())).toBeNull();
    expect(client.getQueryData(queryKeys.auth.csrf())).toEqual({ ok: true });
    expect(
      client
        .getQueryCache()
        .getAll()
        .map((query) => query.queryKey[0]),
    ).toEqual(['auth', 'auth']);
  });
});
