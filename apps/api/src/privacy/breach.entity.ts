import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';
import { EncryptedColumn } from '../platform/crypto/encrypted-column';

/**
 * A personal-data breach (AVG art. 33/34) with the fields the Autoriteit Persoonsgegevens asks for. Free text
 * may describe people, so it is encrypted (under the breach's own key).
 */
@Entity({ name: 'breaches', schema: 'public' })
export class Breach {
  @PrimaryColumn('uuid') id!: string;
  @Column('timestamptz', { name: 'discovered_at' }) discoveredAt!: Date;
  @Column('timestamptz', { name: 'notify_authority_by' }) notifyAuthorityBy!: Date;
  @EncryptedColumn({ ring: 'p', subject: 'id' }) nature!: string;
  @Column('text', { name: 'categories_of_people', array: true, default: () => "'{}'" }) categoriesOfPeople!: string[];
  @Column('int', { name: 'approximate_people', nullable: true }) approximatePeople!: number | null;
  @Column('text', { name: 'categories_of_records', array: true, default: () => "'{}'" }) categoriesOfRecords!: string[];
  @Column('int', { name: 'approximate_records', nullable: true }) approximateRecords!: number | null;
  @EncryptedColumn({ ring: 'p', subject: 'id', nullable: true }) likelyConsequences!: string | null;
  @EncryptedColumn({ ring: 'p', subject: 'id', nullable: true }) measures!: string | null;
  @EncryptedColumn({ ring: 'p', subject: 'id', nullable: true }) contact!: string | null;
  @Column('timestamptz', { name: 'authority_notified_at', nullable: true }) authorityNotifiedAt!: Date | null;
  @Column('timestamptz', { name: 'people_notified_at', nullable: true }) peopleNotifiedAt!: Date | null;
  @Column('uuid', { name: 'registered_by' }) registeredBy!: string;
  /** Phased reporting: every change, when and by whom, with the fields it touched. */
  @Column('jsonb', { default: () => "'[]'" }) updates!: Array<{ at: string; by: string; fields: string[] }>;
  @VersionColumn() version!: number;
}
