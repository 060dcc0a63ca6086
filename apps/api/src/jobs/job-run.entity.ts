import { Column, Entity, PrimaryColumn } from 'typeorm';

/** When a daily job last ran: so that several API instances run it once a day between them. */
@Entity({ name: 'job_runs', schema: 'public' })
export class JobRun {
  @PrimaryColumn('varchar', { length: 64 }) name!: string;
  @Column('date', { name: 'last_run_on' }) lastRunOn!: string;
}
