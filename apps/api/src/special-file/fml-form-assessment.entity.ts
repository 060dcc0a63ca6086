import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { EncryptedColumn } from '../platform/crypto/encrypted-column';

/**
 * An FML (Functionele Mogelijkhedenlijst) as the form: item by item, with the conclusion on duurzaam benutbare
 * mogelijkheden and the duurbelastbaarheid (libs/domain/src/fml). The rubriek-level FMLs stored before stay in
 * `special.fml_assessments` and are read migrated (`level: 'rubriek_only'`).
 */
@Entity({ name: 'fml_form_assessments', schema: 'special' })
@Check('fml_form_assessments_form_version', `"form_version" IN ('fml-2015')`)
@Index('fml_form_assessments_case', ['caseId', 'assessedOn'])
export class FmlFormAssessment {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  @Column('uuid', { name: 'person_id' })
  personId!: string;

  @Column('date', { name: 'assessed_on' })
  assessedOn!: string;

  /** The form's version tag, so a later revision of the form can coexist with what is stored. */
  @Column('varchar', { name: 'form_version', length: 20 })
  formVersion!: 'fml-2015';

  /** JSON of the FmlAssessment (libs/domain/src/fml), encrypted as one value. */
  @EncryptedColumn({ ring: 's', subject: 'personId' })
  assessment!: string;

  @Column('uuid', { name: 'created_by' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
