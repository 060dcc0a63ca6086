import type { FieldContext, KeyRing } from '@spoor/crypto';
import {
  blindIndexColumnsOf,
  blindIndexField,
  encryptedColumnsOf,
  tableOf,
  type EncryptedColumnDefinition,
} from './encrypted-column';
import type { KeyRings } from './key-rings';

type EntityClass<T> = abstract new (...args: never[]) => T;

/**
 * The one way entities with encrypted columns are written and read: `seal` turns plaintext properties into
 * ciphertexts bound to table, column and row; `open` turns them back. Both return copies.
 */
export class EncryptedFields {
  constructor(private readonly rings: Partial<KeyRings>) {}

  private ring(definition: EncryptedColumnDefinition): KeyRing {
    return this.ringFor(definition.ring, `${definition.target.name}.${definition.property}`);
  }

  private ringFor(name: 'p' | 's', what = 'blind index'): KeyRing {
    const ring = name === 'p' ? this.rings.process : this.rings.special;
    if (!ring) throw new Error(`${what}: key ring ${name} is not available here`);
    return ring;
  }

  /** The blind index to look `value` up by, in `property`'s index column (e.g. `email`). */
  async blindIndex<T>(entityClass: EntityClass<T>, property: string, value: string): Promise<string> {
    const index = blindIndexColumnsOf(entityClass).find((d) => d.source === property);
    if (!index) throw new Error(`${entityClass.name}.${property} has no blind index`);
    return this.ringFor(index.ring).blindIndex(blindIndexField(entityClass, property), value);
  }

  private context(
    entityClass: EntityClass<unknown>,
    definition: EncryptedColumnDefinition,
    entity: Record<string, unknown>,
  ): FieldContext {
    const rowId = entity['id'];
    if (typeof rowId !== 'string' || !rowId) {
      throw new Error(`${entityClass.name}: set the id before sealing; ciphertexts are bound to their row`);
    }
    return { table: tableOf(entityClass), column: definition.column, rowId };
  }

  async seal<T extends object>(entityClass: EntityClass<T>, entity: T): Promise<T> {
    const copy = { ...entity } as Record<string, unknown>;
    for (const index of blindIndexColumnsOf(entityClass)) {
      const value = copy[index.source];
      if (typeof value === 'string') {
        copy[index.property] = await this.ringFor(index.ring).blindIndex(
          blindIndexField(entityClass, index.source),
          value,
        );
      } else if (value === null) {
        copy[index.property] = null;
      }
    }
    for (const definition of encryptedColumnsOf(entityClass)) {
      const value = copy[definition.property];
      if (value === null || value === undefined) continue;
      if (typeof value !== 'string') throw new TypeError(`${entityClass.name}.${definition.property} must be a string`);
      const subject = copy[definition.subject];
      if (typeof subject !== 'string')
        throw new Error(`${entityClass.name}.${definition.subject} (the data subject) is required`);
      copy[definition.property] = await this.ring(definition).encrypt(
        subject,
        value,
        this.context(entityClass, definition, copy),
      );
    }
    return Object.assign(Object.create(Object.getPrototypeOf(entity)), copy) as T;
  }

  async open<T extends object>(entityClass: EntityClass<T>, entity: T): Promise<T> {
    const copy = { ...entity } as Record<string, unknown>;
    for (const definition of encryptedColumnsOf(entityClass)) {
      const value = copy[definition.property];
      if (value === null || value === undefined) continue;
      copy[definition.property] = await this.ring(definition).decrypt(
        String(value),
        this.context(entityClass, definition, copy),
      );
    }
    return Object.assign(Object.create(Object.getPrototypeOf(entity)), copy) as T;
  }

  /**
   * Opens one sealed value of an entity's encrypted property, for SQL reads that join several tables and so
   * hold a column value without its entity. Table, column and ring come from the entity's @EncryptedColumn
   * definition: a table or column name is never typed by hand.
   */
  async openColumn<T>(
    entityClass: EntityClass<T>,
    property: keyof T & string,
    rowId: string,
    value: string,
  ): Promise<string> {
    const definition = encryptedColumnsOf(entityClass).find((d) => d.property === property);
    if (!definition) throw new Error(`${entityClass.name}.${property} is not an encrypted column`);
    return this.ring(definition).decrypt(value, { table: tableOf(entityClass), column: definition.column, rowId });
  }

  async openMany<T extends object>(entityClass: EntityClass<T>, entities: T[]): Promise<T[]> {
    return Promise.all(entities.map((entity) => this.open(entityClass, entity)));
  }
}
