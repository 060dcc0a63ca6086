import type { RectifiableField } from '@spoor/domain';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A correction of personalia made under a rectification request (art. 16 AVG): which fields, by whom, when.
 * Names of fields only: the old values are gone (overwritten under the person's key) and the new ones live in
 * `people` alone. Completing the request asks for at least one of these, or a reason why nothing changed.
 */
@Entity({ name: 'rectification_corrections', schema: 'public' })
@Index('rectification_corrections_request', ['privacyRequestId'])
export class RectificationCorrection {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'privacy_request_id' }) privacyRequestId!: string;
  @Column('uuid', { name: 'person_id' }) personId!: string;
  @Column('varchar', { length: 16, array: true }) fields!: RectifiableField[];
  @Column('uuid', { name: 'corrected_by' }) correctedBy!: string;
  @Column('timestamptz', { name: 'corrected_at' }) correctedAt!: Date;
}
