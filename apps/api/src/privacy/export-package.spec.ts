import { createHash } from 'node:crypto';
import { PassThrough, Readable } from 'node:stream';
import type { ExportedCase, PersonalDataExport } from '@spoor/domain';
import { binaryBody, zipEntries } from '../../test/utils/zip-entries';
import { buildExportPackage, documentsOf } from './export-package';
import { escapeHtml } from './export-summary-html';

const DOC_A = '11111111-1111-4111-8111-111111111111';
const DOC_B = '22222222-2222-4222-8222-222222222222';

function exportWith(overrides: Partial<PersonalDataExport> = {}, caseOverrides: Partial<ExportedCase> = {}) {
  const data: PersonalDataExport = {
    format: 'spoor-export/v2',
    exportedAt: '2026-12-07T10:00:00.000Z',
    personalia: {
      firstName: 'Jan',
      lastName: '<script>alert(1)</script>',
      birthDate: '1980-01-02',
      address: 'Voorbeeldstraat 1 & 2',
      email: 'jan@example.test',
      phone: null,
    },
    cases: [
      {
        id: 'c1',
        reference: 'RI-2026-0001',
        type: 'reintegration_track1',
        status: 'completed',
        organisationName: 'Acme "Logistiek"',
        progressReports: [],
        clientSummaries: [],
        activities: [
          { id: 'a1', kind: 'coaching_session', occurredOn: '2026-11-02', durationMinutes: 60, createdAt: 'x' },
        ],
        processDocuments: [
          {
            id: DOC_A,
            kind: 'cv',
            filename: '../../etc/passwd',
            contentType: 'application/pdf',
            sizeBytes: 5,
            href: '/api/documents/a/content',
          },
          {
            id: DOC_B,
            kind: 'other',
            filename: 'plan.pdf',
            contentType: 'application/pdf',
            sizeBytes: 3,
            href: '/api/documents/b/content',
          },
        ],
        specialFile: null,
        ...caseOverrides,
      },
    ],
    accessLog: [
      {
        at: '2026-12-01T09:00:00.000Z',
        actorName: 'Henk <b>Willems</b>',
        actorRole: 'labour_expert',
        actorOrganisation: null,
        byYou: false,
        action: 'read',
        resource: 'special_file',
        caseReference: 'RI-2026-0001',
        fields: ['fml'],
        purpose: 'occupational_assessment',
        breakGlass: false,
      },
    ],
    disclosures: [],
    consents: [],
    privacyRequests: [],
    documents: 'in the package',
    ...overrides,
  };
  return data;
}

const collect = (stream: Readable) =>
  new Promise<Buffer>((resolve, reject) =>
    binaryBody(stream, (error, body) => (error ? reject(error) : resolve(body))),
  );

describe('the export package (ZIP)', () => {
  it('streams: the ZIP starts before a document has ended, and opens each document only when it reaches it', async () => {
    const data = exportWith();
    const first = new PassThrough();
    const opened: string[] = [];
    const output = buildExportPackage(data, documentsOf(data), async (id) => {
      opened.push(id);
      return id === DOC_A ? first : Readable.from([Buffer.from('abc')]);
    });
    const chunks: Buffer[] = [];
    output.on('data', (chunk: Buffer) => chunks.push(chunk));
    first.write(Buffer.from('hel'));
    // The package is already flowing while the first document is still open: nothing waits for the whole.
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    expect(Buffer.concat(chunks).subarray(0, 4)).toEqual(Buffer.from('PK\u0003\u0004', 'latin1'));
    expect(output.readableEnded).toBe(false);
    expect(opened).toEqual([DOC_A]);
    first.end(Buffer.from('lo'));
    await new Promise((resolve) => output.on('end', resolve));
    expect(opened).toEqual([DOC_A, DOC_B]);
    const entries = await zipEntries(Buffer.concat(chunks));
    expect([...entries.keys()]).toEqual([
      `documenten/RI-2026-0001/procesdossier/11111111-_.._etc_passwd`,
      `documenten/RI-2026-0001/procesdossier/22222222-plan.pdf`,
      'gegevens.json',
      'overzicht.html',
    ]);
    const json = JSON.parse(entries.get('gegevens.json')?.toString('utf8') ?? '{}');
    expect(json.files).toEqual([
      expect.objectContaining({
        documentId: DOC_A,
        file: 'process',
        sha256: createHash('sha256').update('hello').digest('hex'),
      }),
      expect.objectContaining({ documentId: DOC_B, sha256: createHash('sha256').update('abc').digest('hex') }),
    ]);
    expect(entries.get(json.files[0].path)?.toString()).toBe('hello');
  });

  it('fails the stream when a document fails, has another size than recorded, or does not open', async () => {
    const data = exportWith();
    const broken = buildExportPackage(data, documentsOf(data), async (id) => {
      if (id === DOC_A) return Readable.from([Buffer.from('hello')]);
      const failing = new PassThrough();
      setImmediate(() => failing.destroy(new Error('integrity')));
      return failing;
    });
    await expect(collect(broken)).rejects.toThrow();
    const short = buildExportPackage(data, documentsOf(data), async () => Readable.from([Buffer.from('hi')]));
    await expect(collect(short)).rejects.toThrow();
    const refused = buildExportPackage(data, documentsOf(data), async () => {
      throw new Error('not found');
    });
    await expect(collect(refused)).rejects.toThrow();
  });

  it('writes a Dutch, self-contained, escaped summary', async () => {
    const data = exportWith({}, { processDocuments: [] });
    const entries = await zipEntries(await collect(buildExportPackage(data, [], async () => Readable.from([]))));
    const html = entries.get('overzicht.html')?.toString('utf8') ?? '';
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('Uw gegevens bij Spoor');
    expect(html).toContain('Wie uw gegevens heeft ingezien');
    expect(html).toContain('coachgesprek');
    expect(html).toContain('Henk &lt;b&gt;Willems&lt;/b&gt;');
    expect(html).toContain('arbeidsdeskundige');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Acme &quot;Logistiek&quot;');
    expect(html).not.toContain('<script');
    // Nothing loads from elsewhere: no scripts, images, style sheets or fonts, and a CSP that forbids them.
    expect(html).not.toMatch(/<(script|img|link|iframe|object)\b/i);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toContain(`default-src 'none'`);
  });

  it('escapes every character HTML gives a meaning', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
