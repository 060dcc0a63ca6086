import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FileBlobStore } from '@spoor/crypto';
import type { DataSource } from 'typeorm';
import { DOCUMENT_STORE } from '../platform/crypto/crypto.module';
import { HealthDataService } from '../special-file/health-data.service';

/**
 * Stored documents no row references: a crash between storing the file and committing its row. They are
 * unreadable ciphertext; removed after an hour's grace.
 */
@Injectable()
export class DocumentSweepService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(DOCUMENT_STORE) private readonly documents: FileBlobStore,
    private readonly specialFile: HealthDataService,
  ) {}

  /** Removes the orphans; returns how many. */
  async sweep(): Promise<number> {
    return this.documents.sweepOrphans(async (blobId) => {
      const [process] = await this.dataSource.query('SELECT 1 FROM public.process_documents WHERE blob_id = $1', [
        blobId,
      ]);
      if (process) return true;
      return this.specialFile.referencesBlob(blobId);
    });
  }
}
