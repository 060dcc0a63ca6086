import { useQuery } from '@tanstack/react-query';
import type { ProcessingRegister } from '@spoor/domain';
import { apiFetch } from './client';
import { queryKeys } from './queryKeys';

/** `GET /privacy/register`: the art. 30 register, rendered by the API from the rules the code enforces. */
export function useProcessingRegisterQuery() {
  return useQuery({
    queryKey: queryKeys.processingRegister(),
    queryFn: ({ signal }) => apiFetch<ProcessingRegister>('/privacy/register', { signal }),
  });
}
