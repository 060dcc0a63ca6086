import { Check, Column, getMetadataArgsStorage } from 'typeorm';
import type { RingName } from '@spoor/crypto';

export interface EncryptedColumnOptions {
  /** `p` process-file key ring, `s` special-file key ring. */
  ring: RingName;
  /** Property holding the id of the person whose data key encrypts this column. */
  subject: string;
  nullable?: boolean;
}

/** Any entity class. */
export type EntityClass = abstract new (...args: never[]) => unknown;

export interface EncryptedColumnDefinition extends EncryptedColumnOptions {
  target: EntityClass;
  property: string;
  column: string;
}

const registry: EncryptedColumnDefinition[] = [];

const snakeCase = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * A column whose value is stored only as a Spoor ciphertext (`sp1.<ring>.…`). The database refuses anything
 * else (CHECK constraint), so plaintext cannot slip in even past the application. Read and write such entities
 * through EncryptedFields (seal before save, open after load); the id must be set before sealing (UUID made
 * by the application), because the ciphertext is bound to its row.
 */
export function EncryptedColumn(options: EncryptedColumnOptions): PropertyDecorator {
  return (target, propertyKey) => {
    const property = String(propertyKey);
    const column = snakeCase(property);
    const owner = target.constructor as EntityClass;
    Column('text', { name: column, nullable: options.nullable ?? false })(target, propertyKey);
    const prefix = `sp1.${options.ring}.%`;
    const constraint = options.nullable
      ? `"${column}" IS NULL OR "${column}" LIKE '${prefix}'`
      : `"${column}" LIKE '${prefix}'`;
    Check(`${column}_encrypted`, constraint)(owner);
    registry.push({ ...options, target: owner, property, column });
  };
}

/** Encrypted columns of an entity class (and its parents). */
export function encryptedColumnsOf(entity: EntityClass): EncryptedColumnDefinition[] {
  return registry.filter((definition) => definition.target === entity || entity.prototype instanceof definition.target);
}

export function allEncryptedColumns(): EncryptedColumnDefinition[] {
  return [...registry];
}

/** `schema.table` of an entity class, as the ciphertext's associated data names it. */
export function tableOf(entity: EntityClass): string {
  const table = getMetadataArgsStorage().tables.find((t) => t.target === entity);
  if (!table?.name) throw new Error(`${entity.name} is not an entity with an explicit name`);
  return `${table.schema ?? 'public'}.${table.name}`;
}

export interface BlindIndexColumnOptions {
  ring: RingName;
  /** The encrypted property this column indexes (exact, normalised lookups). */
  source: string;
  /** Property holding the data subject's id: shredding that subject clears the index. */
  subject: string;
}

export interface BlindIndexColumnDefinition extends BlindIndexColumnOptions {
  target: EntityClass;
  property: string;
  column: string;
}

const blindIndexRegistry: BlindIndexColumnDefinition[] = [];

/**
 * A blind index (HMAC of the normalised plaintext) next to an encrypted column, for exact lookups without
 * decrypting the table. Filled by EncryptedFields.seal; indexed by PostgreSQL.
 */
export function BlindIndexColumn(options: BlindIndexColumnOptions): PropertyDecorator {
  return (target, propertyKey) => {
    const property = String(propertyKey);
    const column = snakeCase(property);
    Column('varchar', { name: column, length: 32, nullable: true })(target, propertyKey);
    blindIndexRegistry.push({ ...options, target: target.constructor as EntityClass, property, column });
  };
}

export function blindIndexColumnsOf(entity: EntityClass): BlindIndexColumnDefinition[] {
  return blindIndexRegistry.filter((d) => d.target === entity || entity.prototype instanceof d.target);
}

export function allBlindIndexColumns(): BlindIndexColumnDefinition[] {
  return [...blindIndexRegistry];
}

/** The HMAC domain of a blind index: table and source column, so equal e-mails in two tables do not match. */
export function blindIndexField(entity: EntityClass, source: string): string {
  return `${tableOf(entity)}.${snakeCase(source)}`;
}

export const columnNameOf = snakeCase;
