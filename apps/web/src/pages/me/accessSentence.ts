import type { TFunction } from 'i18next';
import type { OwnAccessEvent } from '../../api/useMePrivacy';
import { formatDate } from '../../components/format';

function known(t: TFunction, prefix: string, code: string, fallback: string): string {
  const key = `${prefix}.${code}`;
  const text = t(key);
  return text === key ? fallback : text;
}

/** "Henk Willems (Arbeidsdeskundige) bekeek uw bijzonder dossier op 23 nov 2026 — doel: …" */
export function accessSentence(event: OwnAccessEvent, t: TFunction, language: string): string {
  const role = known(t, 'roles', event.actorRole, event.actorRole);
  const describe = [role, event.actorOrganisation].filter(Boolean).join(', ');
  const who = event.byYou ? t('privacy.me.you') : `${event.actorName ?? t('privacy.me.someone')} (${describe})`;
  return t('privacy.me.sentence', {
    who,
    action: known(t, 'privacy.actions', event.action, t('privacy.actions.other')),
    resource: known(t, 'privacy.resources', event.resource, t('privacy.resources.other')),
    date: formatDate(event.at, language),
    purpose: known(t, 'privacy.purposes', event.purpose, event.purpose),
  });
}
