import { ActionIcon, Alert, Badge, Button, Group, Menu, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { requiresSecondFactor, type Role } from '@spoor/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useReleaseSecondFactorMutation,
  useResetSecondFactorMutation,
  useUpdateUserMutation,
  useUsersQuery,
  type AdminUser,
} from '../api/useAdminUsers';
import { useMeQuery } from '../api/useAuth';
import { apiErrorText } from '../components/apiMessages';
import { ChangeRoleModal } from '../components/ChangeRoleModal';
import { NewUserModal } from '../components/NewUserModal';
import { Loading } from '../components/Loading';

const ROLE_COLOURS: Record<Role, string> = {
  admin: 'grape',
  privacy_officer: 'indigo',
  coach: 'teal',
  labour_expert: 'cyan',
  client: 'orange',
  participant: 'gray',
};

type Status = 'active' | 'invited' | 'disabled';
const STATUS_COLOURS: Record<Status, string> = { active: 'teal', invited: 'blue', disabled: 'gray' };

function statusOf(user: AdminUser): Status {
  if (user.disabled) return 'disabled';
  return user.passwordSet ? 'active' : 'invited';
}

interface Feedback {
  colour: 'teal' | 'red';
  message: string;
}

type PendingAction = { kind: 'disable' | 'reset'; user: AdminUser };

/**
 * The functioneel beheerder's accounts: invite (a participant by choosing their person), change a role, disable
 * or enable, and reset a lost second factor.
 */
export function AdminUsersPage() {
  const { t } = useTranslation();
  const me = useMeQuery();
  const users = useUsersQuery();
  const update = useUpdateUserMutation();
  const resetSecondFactor = useResetSecondFactorMutation();
  const releaseSecondFactor = useReleaseSecondFactorMutation();
  const [creating, setCreating] = useState(false);
  const [changingRole, setChangingRole] = useState<AdminUser | null>(null);
  const [pending, setPending] = useState<PendingAction | null>(null);
  const [feedback, setFeedback] = useState<Feedback | null>(null);

  const failed = (error: Error) =>
    setFeedback({ colour: 'red', message: apiErrorText(error, t, { OWN_ACCOUNT_PROTECTED: 'users.self' }) });

  const enable = (user: AdminUser) => {
    setFeedback(null);
    update.mutate(
      { id: user.id, disabled: false },
      {
        onSuccess: () => setFeedback({ colour: 'teal', message: t('users.enabledDone', { name: user.displayName }) }),
        onError: failed,
      },
    );
  };

  // Harmless and undoable by the owner's next wrong codes: no confirmation step.
  const release = (user: AdminUser) => {
    setFeedback(null);
    releaseSecondFactor.mutate(user.id, {
      onSuccess: () => setFeedback({ colour: 'teal', message: t('users.releaseDone', { name: user.displayName }) }),
      onError: failed,
    });
  };

  const confirm = () => {
    if (!pending) return;
    const { kind, user } = pending;
    const done = (message: string) => {
      setPending(null);
      setFeedback({ colour: 'teal', message });
    };
    const onError = (error: Error) => {
      setPending(null);
      failed(error);
    };
    setFeedback(null);
    if (kind === 'disable') {
      update.mutate(
        { id: user.id, disabled: true },
        { onSuccess: () => done(t('users.disabledDone', { name: user.displayName })), onError },
      );
    } else {
      resetSecondFactor.mutate(user.id, {
        onSuccess: () => done(t('users.resetDone', { name: user.displayName })),
        onError,
      });
    }
  };

  const items = users.data?.items ?? [];
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Group gap="sm" align="baseline">
          <Title order={2}>{t('users.title')}</Title>
          {users.data && <Text c="dimmed">{t('users.total', { count: users.data.total })}</Text>}
        </Group>
        <Button
          onClick={() => {
            setFeedback(null);
            setCreating(true);
          }}
        >
          {t('users.new')}
        </Button>
      </Group>
      {feedback && (
        <Alert
          color={feedback.colour}
          role={feedback.colour === 'red' ? 'alert' : 'status'}
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setFeedback(null)}
        >
          {feedback.message}
        </Alert>
      )}
      {users.isPending && <Loading />}
      {users.isError && (
        <Alert color="red" role="alert">
          {t('users.loadError')}
        </Alert>
      )}
      {users.data && (
        <Table.ScrollContainer minWidth={900}>
          <Table striped verticalSpacing="xs" aria-label={t('users.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('users.name')}</Table.Th>
                <Table.Th>{t('users.email')}</Table.Th>
                <Table.Th>{t('users.role')}</Table.Th>
                <Table.Th>{t('users.status')}</Table.Th>
                <Table.Th>{t('users.secondFactor')}</Table.Th>
                <Table.Th>{t('users.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((user) => {
                const status = statusOf(user);
                const self = user.id === me.data?.id;
                const staff = requiresSecondFactor(user.role);
                const canReset = staff && !user.disabled;
                const busy =
                  (update.isPending && update.variables?.id === user.id) ||
                  (resetSecondFactor.isPending && resetSecondFactor.variables === user.id) ||
                  (releaseSecondFactor.isPending && releaseSecondFactor.variables === user.id);
                return (
                  <Table.Tr key={user.id}>
                    <Table.Td>
                      {user.displayName}
                      {self && (
                        <Text span c="dimmed" size="sm">
                          {' '}
                          ({t('users.you')})
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{user.email}</Table.Td>
                    <Table.Td>
                      <Badge color={ROLE_COLOURS[user.role]} variant="light" tt="none" miw="max-content">
                        {t(`roles.${user.role}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Badge color={STATUS_COLOURS[status]} variant="dot" tt="none" miw="max-content">
                        {t(`users.statuses.${status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {staff ? (
                        <Text size="sm" c={user.secondFactorEnrolled ? undefined : 'orange.8'}>
                          {user.secondFactorEnrolled ? t('users.enrolled') : t('users.notEnrolled')}
                        </Text>
                      ) : (
                        <Text size="sm" c="dimmed">
                          {t('users.notApplicable')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {(!self || canReset) && (
                        <Menu position="bottom-end" withinPortal>
                          <Menu.Target>
                            <ActionIcon
                              variant="default"
                              aria-label={t('users.actionsFor', { name: user.displayName })}
                              loading={busy}
                            >
                              <span aria-hidden="true">⋯</span>
                            </ActionIcon>
                          </Menu.Target>
                          <Menu.Dropdown>
                            {/* A participant's account keeps its role (one person, one account). */}
                            {!self && user.role !== 'participant' && (
                              <Menu.Item
                                onClick={() => {
                                  setFeedback(null);
                                  setChangingRole(user);
                                }}
                              >
                                {t('adminUsers.role.change')}
                              </Menu.Item>
                            )}
                            {!self &&
                              (user.disabled ? (
                                <Menu.Item onClick={() => enable(user)}>{t('users.enable')}</Menu.Item>
                              ) : (
                                <Menu.Item color="red" onClick={() => setPending({ kind: 'disable', user })}>
                                  {t('users.disable')}
                                </Menu.Item>
                              ))}
                            {/* Someone logged in has no locked second factor: not offered for the own account. */}
                            {canReset && !self && (
                              <Menu.Item onClick={() => release(user)}>{t('users.releaseSecondFactor')}</Menu.Item>
                            )}
                            {canReset && (
                              <Menu.Item onClick={() => setPending({ kind: 'reset', user })}>
                                {t('users.resetSecondFactor')}
                              </Menu.Item>
                            )}
                          </Menu.Dropdown>
                        </Menu>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal
        opened={pending !== null}
        onClose={() => setPending(null)}
        title={pending && t(pending.kind === 'disable' ? 'users.confirm.disableTitle' : 'users.confirm.resetTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {pending && (
          <Stack gap="md">
            <Text size="sm">
              {t(pending.kind === 'disable' ? 'users.confirm.disableText' : 'users.confirm.resetText', {
                name: pending.user.displayName,
              })}
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setPending(null)}>
                {t('users.confirm.cancel')}
              </Button>
              <Button color="red" loading={update.isPending || resetSecondFactor.isPending} onClick={confirm}>
                {t('users.confirm.confirm')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
      <ChangeRoleModal
        user={changingRole}
        onClose={() => setChangingRole(null)}
        onChanged={(changed) => {
          setChangingRole(null);
          setFeedback({
            colour: 'teal',
            message: t('adminUsers.role.done', { name: changed.displayName, role: t(`roles.${changed.role}`) }),
          });
        }}
      />
      <NewUserModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(user) => {
          setCreating(false);
          setFeedback({ colour: 'teal', message: t('users.created', { email: user.email }) });
        }}
      />
    </Stack>
  );
}
