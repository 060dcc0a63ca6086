import { Inject, Injectable, Module } from '@nestjs/common';
import { LazyModuleLoader, ModulesContainer } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { DataSource } from 'typeorm';
import { createTestApp } from '../../test/utils/test-app';
import { createTestDatabase, type TestDatabase } from '../../test/utils/test-database';
import { HealthDataService } from './health-data.service';
import { SpecialFileModule } from './special-file.module';
import { SPECIAL_DATABASE_OPTIONS, SPECIAL_DATA_SOURCE, SPECIAL_FIELDS, SPECIAL_KEY_RING } from './special-file.tokens';

const PRIVATE_TOKENS = [SPECIAL_DATABASE_OPTIONS, SPECIAL_DATA_SOURCE, SPECIAL_KEY_RING, SPECIAL_FIELDS];

/**
 * Segregation in the module graph: the `spoor_special` connection, the special key ring and the field helper
 * over it (and the pool's options) exist only inside SpecialFileModule, and Nest refuses to hand them to any
 * other module.
 * (PostgreSQL's grants are proved in platform/database/segregation.integration-spec.ts.)
 */
describe('special-file module segregation', () => {
  let db: TestDatabase;
  let app: NestExpressApplication;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createTestApp(db.urls);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('provides the special pool options, connection, key ring and fields in the special-file module only', () => {
    const modules = [...app.get(ModulesContainer).values()];
    const holders = PRIVATE_TOKENS.map((token) => ({
      token: String(token),
      modules: modules.filter((m) => m.providers.has(token)).map((m) => m.metatype.name),
    }));
    expect(holders).toEqual(PRIVATE_TOKENS.map((token) => ({ token: String(token), modules: ['SpecialFileModule'] })));
    const exporting = modules
      .filter((m) => PRIVATE_TOKENS.some((token) => m.exports.has(token)))
      .map((m) => m.metatype.name);
    expect(exporting).toEqual([]);
  });

  it('lets no provider or controller outside the special-file module inject them', () => {
    const modules = [...app.get(ModulesContainer).values()].filter((m) => m.metatype !== SpecialFileModule);
    const classes = modules
      .flatMap((m) => [...m.providers.values(), ...m.controllers.values()])
      .map((wrapper) => wrapper.metatype);
    const injecting = classes.filter((metatype): metatype is NonNullable<typeof metatype> => {
      if (typeof metatype !== 'function') return false;
      const explicit: Array<{ param: unknown }> = Reflect.getMetadata('self:paramtypes', metatype) ?? [];
      return explicit.some(({ param }) => PRIVATE_TOKENS.includes(param as symbol));
    });
    expect(classes.length).toBeGreaterThan(20);
    expect(injecting.map((metatype) => metatype.name)).toEqual([]);
  });

  it('refuses to compile a module that asks for the special connection (the special-file module is global, its exports narrow)', async () => {
    @Injectable()
    class Intruder {
      constructor(@Inject(SPECIAL_DATA_SOURCE) readonly special: DataSource) {}
    }
    @Module({ providers: [Intruder] })
    class IntruderModule {}

    // Loaded into the running application, where every global module (SpecialFileModule among them) is visible.
    await expect(app.get(LazyModuleLoader).load(() => IntruderModule)).rejects.toThrow(
      /Nest can't resolve dependencies of the Intruder/,
    );
  });

  it('hands every other module the narrow services only', () => {
    const special = [...app.get(ModulesContainer).values()].find((m) => m.metatype === SpecialFileModule);
    expect(special?.isGlobal).toBe(true);
    const exported = [...(special?.exports ?? [])]
      .map((token) => (typeof token === 'function' ? token.name : String(token)))
      .sort();
    expect(exported).toEqual([
      'AssessmentCoverageService',
      'HealthDataService',
      'HealthDocumentsService',
      // A port: person ids in, no data out (the Poortwachter timeline follows sickness changes through it).
      'SicknessChanges',
      'SicknessEventsService',
      'SpecialFileService',
      // The active extensions of a person's waiting period, dates and weeks only (for the timeline's end).
      'WaitingPeriodExtensionsService',
    ]);
  });

  it('loads a module that asks for an exported narrow service (the loader itself works)', async () => {
    @Injectable()
    class Probe {
      constructor(readonly healthData: HealthDataService) {}
    }
    @Module({ providers: [Probe] })
    class ProbeModule {}

    const loaded = await app.get(LazyModuleLoader).load(() => ProbeModule);
    expect(loaded.get(Probe).healthData).toBeInstanceOf(HealthDataService);
  });

  it('refuses the special key ring the same way', async () => {
    @Injectable()
    class RingThief {
      constructor(@Inject(SPECIAL_KEY_RING) readonly ring: unknown) {}
    }
    @Module({ providers: [RingThief] })
    class RingThiefModule {}

    await expect(app.get(LazyModuleLoader).load(() => RingThiefModule)).rejects.toThrow(
      /Nest can't resolve dependencies of the RingThief/,
    );
  });
});
