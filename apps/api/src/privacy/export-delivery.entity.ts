import type { ExportManifestEntry } from '@spoor/domain';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * An export answering an access or portability request, delivered to the person in their own portal. The row
 * holds no content: the export is generated at download time in the person's own session (so there is no
 * second copy of their health data to protect, expire or erase), and the manifest holds counts and sizes only.
 */
@Entity({ name: 'export_deliveries', schema: 'public' })
@Index('export_deliveries_request', ['privacyRequestId'], { unique: true })
@Index('export_deliveries_person', ['personId'])
export class ExportDelivery {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'privacy_request_id' }) privacyRequestId!: string;
  @Column('uuid', { name: 'person_id' }) personId!: string;
  @Column('timestamptz', { name: 'prepared_at' }) preparedAt!: Date;
  @Column('uuid', { name: 'prepared_by' }) preparedBy!: string;
  /** Null while the person has no portal account ("awaiting account"). */
  @Column('timestamptz', { name: 'available_at', nullable: true }) availableAt!: Date | null;
  @Column('timestamptz', { name: 'expires_at', nullable: true }) expiresAt!: Date | null;
  @Column('timestamptz', { name: 'downloaded_at', nullable: true }) downloadedAt!: Date | null;
  @Column('timestamptz', { name: 'last_downloaded_at', nullable: true }) lastDownloadedAt!: Date | null;
  @Column('integer', { name: 'download_count', default: 0 }) downloadCount!: number;
  /** Sections, counts and sizes at delivery: never a value. */
  @Column('jsonb') manifest!: ExportManifestEntry[];
}
