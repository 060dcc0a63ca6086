import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A disclosure (AVG art. 15(1)(c)): personal data given to a recipient outside the agency — a released client
 * summary to the employer, contact details to the survey bureau — with the fields, the legal basis and when.
 */
@Entity({ name: 'disclosures', schema: 'public' })
@Index('disclosures_person', ['personId', 'disclosedAt'])
export class Disclosure {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'person_id' }) personId!: string;
  @Column('uuid', { name: 'case_id', nullable: true }) caseId!: string | null;
  @Column('varchar', { length: 200 }) recipient!: string;
  @Column('text', { array: true }) fields!: string[];
  @Column('varchar', { name: 'legal_basis', length: 200 }) legalBasis!: string;
  @Column('timestamptz', { name: 'disclosed_at', default: () => 'now()' }) disclosedAt!: Date;
  @Column('uuid', { name: 'disclosed_by' }) disclosedBy!: string;
}
