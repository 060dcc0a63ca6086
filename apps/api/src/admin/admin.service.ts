import { randomUUID } from 'node:crypto';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { requiresSecondFactor } from '@spoor/domain';
import { authenticator } from 'otplib';
import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service';
import { CaseAccessService } from '../cases/case-access.service';
import { apiError, invalidInput } from '../platform/http/api-error';
import type { AuthenticatedUser } from '../security/authenticated-user';
import { systemActor } from '../security/system-actor';
import { PROCESS_FIELDS } from '../platform/crypto/crypto.module';
import type { EncryptedFields } from '../platform/crypto/encrypted-fields';
import { InvitationsService } from '../invitations/invitations.service';
import { User } from '../users/user.entity';
import { Organisation } from '../organisations/organisation.entity';
import type {
  AssignDto,
  CreateOrganisationDto,
  CreateUserDto,
  UpdateOrganisationDto,
  UpdateUserDto,
} from './admin.dto';

/** The functioneel beheerder's work: accounts, organisation membership, case assignments. No case content. */
@Injectable()
export class AdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PROCESS_FIELDS) private readonly fields: EncryptedFields,
    private readonly invitations: InvitationsService,
    private readonly accessLog: AccessLogService,
    private readonly caseAccess: CaseAccessService,
  ) {}

  private view(user: User) {
    return {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      organisationId: user.organisationId,
      personId: user.personId,
      disabled: user.disabledAt !== null,
      secondFactorEnrolled: user.mfaEnrolledAt !== null,
      passwordSet: user.passwordHash !== null,
      createdAt: user.createdAt,
    };
  }

  async listUsers() {
    const users = await this.fields.openMany(
      User,
      await this.dataSource.getRepository(User).find({ order: { createdAt: 'ASC' } }),
    );
    return { items: users.map((user) => this.view(user)), total: users.length };
  }

  private organisationView(organisation: Organisation) {
    return {
      id: organisation.id,
      name: organisation.name,
      kvkNumber: organisation.kvkNumber,
      contactName: organisation.contactName,
      contactEmail: organisation.contactEmail,
      contactPhone: organisation.contactPhone,
      createdAt: organisation.createdAt,
      updatedAt: organisation.updatedAt,
    };
  }

  /** All client organisations with their contact (decrypted); the field names of contacts go into the access event. */
  async listOrganisations() {
    const rows = await this.dataSource.getRepository(Organisation).find({ order: { name: 'ASC' } });
    const items = (await this.fields.openMany(Organisation, rows)).map((organisation) =>
      this.organisationView(organisation),
    );
    return { items, total: items.length };
  }

  async createOrganisation(actor: AuthenticatedUser, input: CreateOrganisationDto, request: Request) {
    await this.assertKvkFree(input.kvkNumber);
    const organisation = Object.assign(new Organisation(), {
      id: randomUUID(),
      name: input.name,
      kvkNumber: input.kvkNumber,
      contactName: input.contactName ?? null,
      contactEmail: input.contactEmail?.toLowerCase() ?? null,
      contactPhone: input.contactPhone ?? null,
    });
    const sealed = await this.fields.seal(Organisation, organisation);
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(Organisation).insert(sealed).catch(kvkConflict);
      await this.accessLog.record(
        actor,
        request,
        {
          action: 'create',
          outcome: 'allowed',
          resource: 'organisation',
          resourceId: organisation.id,
          fields: sentFields(input),
        },
        manager,
      );
    });
    return this.organisation(organisation.id);
  }

  async updateOrganisation(actor: AuthenticatedUser, id: string, input: UpdateOrganisationDto, request: Request) {
    if (sentFields(input).length === 0)
      throw apiError(HttpStatus.BAD_REQUEST, 'NOTHING_TO_CHANGE', [
        'send at least one of name, kvkNumber, contactName, contactEmail, contactPhone',
      ]);
    const existing = await this.dataSource.getRepository(Organisation).findOneBy({ id });
    if (!existing) throw apiError(HttpStatus.NOT_FOUND, 'NOT_FOUND', 'Organisation not found');
    const changes: Partial<Organisation> = {};
    if (input.name !== undefined) changes.name = input.name;
    if (input.kvkNumber !== undefined && input.kvkNumber !== existing.kvkNumber) {
      await this.assertKvkFree(input.kvkNumber);
      changes.kvkNumber = input.kvkNumber;
    }
    if (input.contactName !== undefined) changes.contactName = input.contactName;
    if (input.contactEmail !== undefined) changes.contactEmail = input.contactEmail?.toLowerCase() ?? null;
    if (input.contactPhone !== undefined) changes.contactPhone = input.contactPhone;
    const sealed = await this.fields.seal(Organisation, Object.assign(new Organisation(), { id, ...changes }));
    const stored: Partial<Organisation> = { ...changes };
    for (const key of ['contactName', 'contactEmail', 'contactPhone'] as const)
      if (key in changes) stored[key] = sealed[key];
    await this.dataSource.transaction(async (manager) => {
      if (Object.keys(stored).length > 0)
        await manager.getRepository(Organisation).update({ id }, stored).catch(kvkConflict);
      await this.accessLog.record(
        actor,
        request,
        {
          action: 'update',
          outcome: 'allowed',
          resource: 'organisation',
          resourceId: id,
          fields: Object.keys(changes),
        },
        manager,
      );
    });
    return this.organisation(id);
  }

  private async organisation(id: string) {
    const found = await this.dataSource.getRepository(Organisation).findOneByOrFail({ id });
    return this.organisationView(await this.fields.open(Organisation, found));
  }

  private async assertKvkFree(kvkNumber: string): Promise<void> {
    const [taken] = await this.dataSource.query('SELECT 1 FROM public.organisations WHERE kvk_number = $1', [
      kvkNumber,
    ]);
    if (taken)
      throw apiError(HttpStatus.CONFLICT, 'KVK_NUMBER_TAKEN', 'kvkNumber is already in use by another organisation');
  }

  async createUser(actor: AuthenticatedUser, input: CreateUserDto, request: Request) {
    const user = await this.insertUser(actor, input, request);
    await this.invitations.issue(user, 'invite');
    return this.view(
      await this.fields.open(User, await this.dataSource.getRepository(User).findOneByOrFail({ id: user.id })),
    );
  }

  /**
   * The first admin of a production installation (`npm run admin:create`): created as every account is, but
   * refused (null) while an active admin exists, and its one-time link (password and second-factor
   * enrolment) is returned for the operator to hand over instead of e-mailed.
   */
  async createFirstAdmin(input: { email: string; displayName: string }): Promise<{ link: string } | null> {
    const [{ admins }] = await this.dataSource.query(
      "SELECT count(*)::int AS admins FROM public.users WHERE role = 'admin' AND disabled_at IS NULL",
    );
    if (admins > 0) return null;
    const { user: actor, request } = systemActor('admin', 'cli-admin-create');
    const user = await this.insertUser(actor, { ...input, role: 'admin' }, request);
    return { link: await this.invitations.createLink(user, 'invite') };
  }

  /** The one way an account is created: checked, sealed, and stored with its access event. */
  private async insertUser(actor: AuthenticatedUser, input: CreateUserDto, request: Request): Promise<User> {
    const index = await this.fields.blindIndex(User, 'email', input.email);
    if (await this.dataSource.getRepository(User).findOneBy({ emailIndex: index }))
      throw apiError(HttpStatus.CONFLICT, 'EMAIL_TAKEN', 'email is already in use');
    if (input.organisationId) {
      const [organisation] = await this.dataSource.query('SELECT id FROM public.organisations WHERE id = $1', [
        input.organisationId,
      ]);
      if (!organisation)
        throw invalidInput({
          field: 'organisationId',
          code: 'UNKNOWN_REFERENCE',
          message: 'organisationId does not name an organisation',
        });
    }
    if (input.personId) {
      const [person] = await this.dataSource.query('SELECT id FROM public.people WHERE id = $1 AND erased_at IS NULL', [
        input.personId,
      ]);
      if (!person)
        throw invalidInput({
          field: 'personId',
          code: 'UNKNOWN_REFERENCE',
          message: 'personId does not name a person',
        });
      const [account] = await this.dataSource.query('SELECT 1 FROM public.users WHERE person_id = $1', [
        input.personId,
      ]);
      if (account) throw personHasAccount();
    }
    const user = Object.assign(new User(), {
      id: randomUUID(),
      role: input.role,
      email: input.email.trim().toLowerCase(),
      displayName: input.displayName.trim(),
      passwordHash: null,
      // Staff enrol this secret from the invitation page (QR code); until then they cannot log in.
      totpSecret: requiresSecondFactor(input.role) ? authenticator.generateSecret() : null,
      totpLastStep: null,
      mfaEnrolledAt: null,
      organisationId: input.role === 'client' ? (input.organisationId ?? null) : null,
      personId: input.role === 'participant' ? (input.personId ?? null) : null,
      disabledAt: null,
    });
    const sealed = await this.fields.seal(User, user);
    await this.dataSource.transaction(async (manager) => {
      // Two admins inviting the same address or person at once: the unique indexes decide, answered as 409.
      await manager.getRepository(User).insert(sealed).catch(accountConflict);
      await this.accessLog.record(
        actor,
        request,
        {
          action: 'create',
          outcome: 'allowed',
          resource: 'user',
          resourceId: user.id,
          personIds: user.personId ? [user.personId] : [],
          fields: ['email', 'displayName', 'role'],
        },
        manager,
      );
    });
    return user;
  }

  /**
   * Role, disabled and organisation of an account. Rules: nobody disables or demotes themselves (another admin
   * does it), and no change leaves the installation without an active admin — checked under a lock on the
   * admin rows, so two admins demoting each other at once cannot both succeed. A participant's account
   * belongs to its person: it never takes another role, and no other account becomes a participant's (its
   * e-mail, password and history belong to someone else) — disable it and invite a new account instead.
   * A role change or disabling ends every session of the account at once, in the same transaction as the
   * change and its access event. Becoming staff needs a second factor: a new secret, enrolled from an e-mailed
   * link; leaving staff drops the secret.
   */
  async updateUser(actor: AuthenticatedUser, id: string, input: UpdateUserDto, request: Request) {
    if (sentFields(input).length === 0)
      throw apiError(HttpStatus.BAD_REQUEST, 'NOTHING_TO_CHANGE', [
        'send at least one of role, disabled, organisationId',
      ]);
    const existing = await this.dataSource.getRepository(User).findOneBy({ id });
    if (!existing) throw apiError(HttpStatus.NOT_FOUND, 'NOT_FOUND', 'User not found');
    const role = input.role ?? existing.role;
    const roleChanged = role !== existing.role;
    if (id === actor.id && (input.disabled || role !== 'admin')) {
      throw apiError(
        HttpStatus.CONFLICT,
        'OWN_ACCOUNT_PROTECTED',
        'you cannot disable yourself or take away your own admin role',
      );
    }
    if (roleChanged && (role === 'participant' || existing.role === 'participant'))
      throw apiError(
        HttpStatus.CONFLICT,
        'PARTICIPANT_ROLE_FIXED',
        "a participant's account keeps its role and no other account becomes a participant's: invite a new account",
      );
    if (input.organisationId !== undefined) {
      if (role !== 'client')
        throw invalidInput({
          field: 'organisationId',
          code: 'NOT_ALLOWED_HERE',
          message: 'organisationId is only for a client',
        });
      const [organisation] = await this.dataSource.query('SELECT id FROM public.organisations WHERE id = $1', [
        input.organisationId,
      ]);
      if (!organisation)
        throw invalidInput({
          field: 'organisationId',
          code: 'UNKNOWN_REFERENCE',
          message: 'organisationId does not name an organisation',
        });
    }
    const organisationId = role === 'client' ? (input.organisationId ?? existing.organisationId) : null;
    if (role === 'client' && !organisationId)
      throw invalidInput({
        field: 'organisationId',
        code: 'REQUIRED',
        message: 'organisationId is required for a client',
      });

    const changes: Partial<User> = {};
    const changed: string[] = [];
    if (roleChanged) {
      changes.role = role;
      changed.push('role');
    }
    if (input.disabled !== undefined && input.disabled !== (existing.disabledAt !== null)) {
      changes.disabledAt = input.disabled ? new Date() : null;
      changed.push('disabled');
    }
    if (organisationId !== existing.organisationId) {
      changes.organisationId = organisationId;
      changed.push('organisationId');
    }
    const becomesStaff = roleChanged && requiresSecondFactor(role) && !requiresSecondFactor(existing.role);
    const leavesStaff = roleChanged && !requiresSecondFactor(role) && requiresSecondFactor(existing.role);
    if (becomesStaff || leavesStaff) {
      const secret = becomesStaff ? authenticator.generateSecret() : null;
      const sealed = await this.fields.seal(User, Object.assign(new User(), { id, totpSecret: secret }));
      Object.assign(changes, { totpSecret: sealed.totpSecret, mfaEnrolledAt: null, totpLastStep: null });
      changed.push('secondFactor');
    }
    const endsSessions = roleChanged || input.disabled === true;
    const removesAdmin = existing.role === 'admin' && (roleChanged || input.disabled === true);

    await this.dataSource.transaction(async (manager) => {
      if (removesAdmin) {
        // Locks every active admin row: concurrent changes to admins run one after the other and see each other.
        const admins: Array<{ id: string }> = await manager.query(
          "SELECT id FROM public.users WHERE role = 'admin' AND disabled_at IS NULL ORDER BY id FOR UPDATE",
        );
        if (!admins.some((admin) => admin.id !== id))
          throw apiError(HttpStatus.CONFLICT, 'LAST_ADMIN', 'at least one active admin must remain');
      }
      if (Object.keys(changes).length > 0) await manager.getRepository(User).update({ id }, changes);
      // Ended at once, not left to the guard: the old cookie is dead everywhere (also on other instances).
      if (endsSessions) await manager.query('DELETE FROM public.sessions WHERE user_id = $1', [id]);
      await this.accessLog.record(
        actor,
        request,
        {
          action: 'update',
          outcome: 'allowed',
          resource: 'user',
          resourceId: id,
          personIds: existing.personId ? [existing.personId] : [],
          fields: changed,
        },
        manager,
      );
    });
    const updated = await this.fields.open(User, await this.dataSource.getRepository(User).findOneByOrFail({ id }));
    // Staff log in with a second factor: someone who already has a password enrols it from this link (an
    // invitation not yet accepted enrols it itself, as it reads the account's role when opened).
    if (becomesStaff && updated.passwordHash !== null && updated.disabledAt === null)
      await this.invitations.issue(updated, 'reset_mfa');
    return this.view(updated);
  }

  /** A lost phone: a new secret, no login until the user enrols it from the e-mailed link. */
  async resetSecondFactor(actor: AuthenticatedUser, id: string, request: Request) {
    const existing = await this.dataSource.getRepository(User).findOneBy({ id });
    if (!existing) throw apiError(HttpStatus.NOT_FOUND, 'NOT_FOUND', 'User not found');
    if (!requiresSecondFactor(existing.role))
      throw apiError(HttpStatus.CONFLICT, 'ROLE_HAS_NO_SECOND_FACTOR', 'this role has no second factor');
    const secret = authenticator.generateSecret();
    const sealed = await this.fields.seal(User, Object.assign(new User(), { id, totpSecret: secret }));
    await this.dataSource.transaction(async (manager) => {
      await manager
        .getRepository(User)
        .update({ id }, { totpSecret: sealed.totpSecret, mfaEnrolledAt: null, totpLastStep: null });
      await manager.query('DELETE FROM public.sessions WHERE user_id = $1', [id]);
      await this.accessLog.record(
        actor,
        request,
        { action: 'update', outcome: 'allowed', resource: 'user', resourceId: id, fields: ['secondFactor'] },
        manager,
      );
    });
    await this.invitations.issue(
      await this.fields.open(User, await this.dataSource.getRepository(User).findOneByOrFail({ id })),
      'reset_mfa',
    );
    return { id, secondFactorEnrolled: false };
  }

  /** Assigns (or unassigns) the coach or labour expert of a case, keeping the history. */
  async assign(actor: AuthenticatedUser, caseId: string, input: AssignDto, request: Request) {
    const { row: found } = await this.caseAccess.reach(actor, caseId, 'assign');
    if (input.userId) {
      const [user] = await this.dataSource.query('SELECT role, disabled_at FROM public.users WHERE id = $1', [
        input.userId,
      ]);
      if (!user || user.role !== input.role || user.disabled_at)
        throw invalidInput({
          field: 'userId',
          code: 'UNKNOWN_REFERENCE',
          message: `userId must name an active ${input.role}`,
        });
    }
    const column = input.role === 'coach' ? 'coach_id' : 'labour_expert_id';
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE public.case_assignments SET unassigned_at = now() WHERE case_id = $1 AND role = $2 AND unassigned_at IS NULL`,
        [caseId, input.role],
      );
      if (input.userId) {
        await manager.query(
          'INSERT INTO public.case_assignments (id, case_id, user_id, role, assigned_at, assigned_by) VALUES ($1, $2, $3, $4, now(), $5)',
          [randomUUID(), caseId, input.userId, input.role, actor.id],
        );
      }
      await manager.query(
        `UPDATE public.cases SET ${column} = $2, version = version + 1, updated_at = now() WHERE id = $1`,
        [caseId, input.userId],
      );
      await this.accessLog.record(
        actor,
        request,
        {
          action: 'update',
          outcome: 'allowed',
          resource: 'case_assignment',
          caseId,
          personIds: [found.person_id],
          fields: [input.role],
        },
        manager,
      );
    });
    return this.assignmentsOf(caseId);
  }

  /** The assignment history of a case the admin may assign (404 otherwise), with its person for the access event. */
  async assignments(user: AuthenticatedUser, caseId: string) {
    const { row } = await this.caseAccess.reach(user, caseId, 'assign');
    return { ...(await this.assignmentsOf(caseId)), personId: row.person_id };
  }

  private async assignmentsOf(caseId: string) {
    const rows = await this.dataSource.query(
      `SELECT a.id, a.role, a.user_id, u.display_name, a.assigned_at, a.unassigned_at, a.assigned_by
         FROM public.case_assignments a JOIN public.users u ON u.id = a.user_id WHERE a.case_id = $1 ORDER BY a.assigned_at, a.id`,
      [caseId],
    );
    const items = await Promise.all(
      rows.map(
        async (row: {
          id: string;
          role: string;
          user_id: string;
          display_name: string;
          assigned_at: Date;
          unassigned_at: Date | null;
          assigned_by: string | null;
        }) => ({
          id: row.id,
          role: row.role,
          userId: row.user_id,
          userName: await this.fields.openColumn(User, 'displayName', row.user_id, row.display_name),
          assignedAt: row.assigned_at,
          unassignedAt: row.unassigned_at,
          assignedBy: row.assigned_by,
        }),
      ),
    );
    return { items, total: items.length };
  }
}

const personHasAccount = () =>
  apiError(HttpStatus.CONFLICT, 'PERSON_HAS_ACCOUNT', 'this person already has an account (one per person)');

/** A unique index refused the account: its e-mail address or its person is taken (409, never a 500). */
function accountConflict(error: unknown): never {
  const { code, constraint } = error as { code?: string; constraint?: string };
  if (code === '23505' && constraint === 'users_person') throw personHasAccount();
  if (code === '23505') throw apiError(HttpStatus.CONFLICT, 'EMAIL_TAKEN', 'email is already in use');
  throw error;
}

/** Two admins registering the same KvK number at once: the unique constraint decides, answered as 409. */
function kvkConflict(error: unknown): never {
  if ((error as { code?: string }).code === '23505')
    throw apiError(HttpStatus.CONFLICT, 'KVK_NUMBER_TAKEN', 'kvkNumber is already in use by another organisation');
  throw error;
}

/** The fields a request body actually carried (a DTO instance may hold the others as undefined). */
function sentFields(input: object): string[] {
  return Object.entries(input)
    .filter(([, value]) => value !== undefined)
    .map(([key]) => key);
}
