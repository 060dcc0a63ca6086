import { AbilityProvider as CaslAbilityProvider, useAbility as useCaslAbility } from '@casl/react';
import { defineAbilityFor, type AppAbility, type SessionUser } from '@spoor/domain';
import { useMemo, type ReactNode } from 'react';

/**
 * The same ability definitions as the API: the web hides what the API would refuse anyway. `<Can>` from
 * @casl/react reads the ability provided here.
 */
export { Can } from '@casl/react';

export function AbilityProvider({ user, children }: { user: SessionUser; children: ReactNode }) {
  const ability = useMemo(
    () =>
      defineAbilityFor({
        id: user.id,
        role: user.role,
        organisationId: user.organisationId ?? null,
        personId: user.personId ?? null,
      }),
    [user],
  );
  return <CaslAbilityProvider value={ability}>{children}</CaslAbilityProvider>;
}

export const useAbility = (): AppAbility => useCaslAbility<AppAbility>();
