import { Writable } from 'node:stream';
import pino from 'pino';
import { REDACT_PATHS, developmentConsole, withoutRouteListing } from './logger.module';

/** The development console as `npm start` wires it (redaction, the route-listing hook, pino-pretty), into a buffer. */
function developmentLogger() {
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  const logger = pino(
    { redact: { paths: REDACT_PATHS, censor: '[redacted]' }, hooks: { logMethod: withoutRouteListing } },
    developmentConsole(sink),
  );
  const text = () => chunks.join('');
  /** pino-pretty formats asynchronously: wait until the last line written has come through. */
  const until = async (marker: string) => {
    for (let i = 0; i < 100 && !text().includes(marker); i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(text()).toContain(marker);
    return text();
  };
  return { logger, until };
}

describe('development console logging', () => {
  it('prints readable lines with method, path, status and request id, and no JSON', async () => {
    const { logger, until } = developmentLogger();
    logger.info({ context: 'NestApplication' }, 'Nest application successfully started');
    logger.info(
      { req: { id: 'req-12345678', method: 'GET', path: '/api/cases' }, res: { statusCode: 200 }, responseTime: 12 },
      'request completed',
    );
    const text = await until('request completed');
    expect(text).toMatch(/INFO: \[NestApplication\] Nest application successfully started\n/);
    expect(text).toMatch(/INFO: request completed GET \/api\/cases → 200 12 ms \(request req-12345678\)\n/);
    expect(text).not.toContain('{"level"');
  });

  it("leaves out Nest's route listing, and nothing else", async () => {
    const { logger, until } = developmentLogger();
    logger.info({ context: 'RoutesResolver' }, 'CasesController {/api/cases}:');
    logger.info({ context: 'RouterExplorer' }, 'Mapped {/api/cases, GET} route');
    logger.info({ context: 'InstanceLoader' }, 'CasesModule dependencies initialized');
    logger.info('Mapped as a plain message');
    const text = await until('Mapped as a plain message');
    expect(text).not.toContain('CasesController');
    expect(text).not.toContain('Mapped {');
    expect(text).toContain('[InstanceLoader] CasesModule dependencies initialized');
  });

  it('shows personal data no more than the JSON log does: redacted', async () => {
    const { logger, until } = developmentLogger();
    logger.warn({ context: 'Probe', person: { lastName: 'Jansen', email: 'jansen@example.nl' } }, 'refused');
    const text = await until('refused');
    expect(text).not.toContain('Jansen');
    expect(text).not.toContain('jansen@example.nl');
    expect(text).toContain('[redacted]');
  });
});
