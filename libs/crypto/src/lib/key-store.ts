export type DataKeyPurpose = 'data' | 'blind_index';

export interface StoredDataKey {
  id: string;
  /** The person (or user) the key belongs to; null for a ring-wide key (blind index). */
  subjectId: string | null;
  purpose: DataKeyPurpose;
  kekId: string | null;
  wrappedKey: string | null;
  destroyedAt: Date | null;
}

/** Persistence of wrapped data keys, one table per key ring. */
export interface KeyStore {
  find(id: string): Promise<StoredDataKey | undefined>;
  findActive(subjectId: string | null, purpose: DataKeyPurpose): Promise<StoredDataKey | undefined>;
  /** Inserts unless the subject already has an active key of that purpose (then false: use that one). */
  insert(key: {
    id: string;
    subjectId: string | null;
    purpose: DataKeyPurpose;
    kekId: string;
    wrappedKey: string;
  }): Promise<boolean>;
  /** Compare-and-set: replaces the wrapping only while the key is still under `fromKekId` and not destroyed. */
  rewrap(id: string, fromKekId: string, toKekId: string, wrappedKey: string): Promise<boolean>;
  /** Active keys not wrapped under `kekId`, in id order, after `afterId` (keyset paging). */
  listNotUnder(kekId: string, limit: number, afterId?: string): Promise<StoredDataKey[]>;
  /** How many active keys are not wrapped under `kekId`. */
  countNotUnder(kekId: string): Promise<number>;
  /** Destroys (tombstones) every key of the subject; returns the destroyed ids. */
  destroySubject(subjectId: string): Promise<string[]>;
  countByKek(): Promise<Array<{ kekId: string | null; count: number; destroyed: boolean }>>;
}

/** A function that runs one SQL statement and returns its rows (pg Pool, TypeORM DataSource or QueryRunner). */
export type SqlRunner = (sql: string, parameters?: unknown[]) => Promise<Array<Record<string, unknown>>>;

interface Row {
  id: string;
  subject_id: string | null;
  purpose: DataKeyPurpose;
  kek_id: string | null;
  wrapped_key: string | null;
  destroyed_at: Date | null;
}

const toKey = (row: Row): StoredDataKey => ({
  id: row.id,
  subjectId: row.subject_id,
  purpose: row.purpose,
  kekId: row.kek_id,
  wrappedKey: row.wrapped_key,
  destroyedAt: row.destroyed_at,
});

const COLUMNS = 'id, subject_id, purpose, kek_id, wrapped_key, destroyed_at';

/** KeyStore on PostgreSQL; `table` is schema-qualified: `public.data_keys` or `special.data_keys`. */
export class PgKeyStore implements KeyStore {
  constructor(
    private readonly run: SqlRunner,
    private readonly table: 'public.data_keys' | 'special.data_keys',
  ) {}

  async find(id: string): Promise<StoredDataKey | undefined> {
    const rows = (await this.run(`SELECT ${COLUMNS} FROM ${this.table} WHERE id = $1`, [id])) as unknown as Row[];
    return rows[0] && toKey(rows[0]);
  }

  async findActive(subjectId: string | null, purpose: DataKeyPurpose): Promise<StoredDataKey | undefined> {
    const rows = (await this.run(
      `SELECT ${COLUMNS} FROM ${this.table}
        WHERE subject_id IS NOT DISTINCT FROM $1 AND purpose = $2 AND destroyed_at IS NULL`,
      [subjectId, purpose],
    )) as unknown as Row[];
    return rows[0] && toKey(rows[0]);
  }

  async insert(key: {
    id: string;
    subjectId: string | null;
    purpose: DataKeyPurpose;
    kekId: string;
    wrappedKey: string;
  }): Promise<boolean> {
    const rows = await this.run(
      `INSERT INTO ${this.table} (id, subject_id, purpose, kek_id, wrapped_key)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING id`,
      [key.id, key.subjectId, key.purpose, key.kekId, key.wrappedKey],
    );
    return rows.length === 1;
  }

  async rewrap(id: string, fromKekId: string, toKekId: string, wrappedKey: string): Promise<boolean> {
    const rows = await this.run(
      `UPDATE ${this.table} SET kek_id = $3, wrapped_key = $4, rewrapped_at = now()
        WHERE id = $1 AND kek_id = $2 AND destroyed_at IS NULL RETURNING id`,
      [id, fromKekId, toKekId, wrappedKey],
    );
    return rows.length === 1;
  }

  async listNotUnder(kekId: string, limit: number, afterId?: string): Promise<StoredDataKey[]> {
    const rows = (await this.run(
      `SELECT ${COLUMNS} FROM ${this.table}
        WHERE destroyed_at IS NULL AND kek_id <> $1 AND ($3::uuid IS NULL OR id > $3::uuid) ORDER BY id LIMIT $2`,
      [kekId, limit, afterId ?? null],
    )) as unknown as Row[];
    return rows.map(toKey);
  }

  async countNotUnder(kekId: string): Promise<number> {
    const rows = await this.run(
      `SELECT count(*)::int AS count FROM ${this.table} WHERE destroyed_at IS NULL AND kek_id <> $1`,
      [kekId],
    );
    return Number(rows[0]?.['count'] ?? 0);
  }

  async destroySubject(subjectId: string): Promise<string[]> {
    const rows = await this.run(
      `UPDATE ${this.table} SET wrapped_key = NULL, kek_id = NULL, destroyed_at = now()
        WHERE subject_id = $1 AND destroyed_at IS NULL RETURNING id`,
      [subjectId],
    );
    return rows.map((row) => String(row['id']));
  }

  async countByKek(): Promise<Array<{ kekId: string | null; count: number; destroyed: boolean }>> {
    const rows = await this.run(
      `SELECT kek_id, destroyed_at IS NOT NULL AS destroyed, count(*)::int AS count
         FROM ${this.table} GROUP BY 1, 2 ORDER BY 1, 2`,
    );
    return rows.map((row) => ({
      kekId: (row['kek_id'] as string | null) ?? null,
      count: Number(row['count']),
      destroyed: Boolean(row['destroyed']),
    }));
  }
}
