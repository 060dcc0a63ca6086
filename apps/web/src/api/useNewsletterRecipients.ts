import { useQuery } from '@tanstack/react-query';
import type { NewsletterRecipientView, Paged } from '@spoor/domain';
import { apiFetch } from './client';
import { queryKeys } from './queryKeys';

export type NewsletterRecipient = NewsletterRecipientView;

/** The admin's newsletter mailing list: exactly the people with a current newsletter consent (logged read). */
export function useNewsletterRecipientsQuery() {
  return useQuery({
    queryKey: queryKeys.newsletter.recipients(),
    queryFn: ({ signal }) => apiFetch<Paged<NewsletterRecipient>>('/admin/newsletter-recipients', { signal }),
  });
}
