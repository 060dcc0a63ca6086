import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';

/** A small, real PDF (one A4 page of text) for demo documents. */
export async function demoPdf(title: string, lines: string[]): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(title);
  pdf.setProducer('Spoor demo data');
  pdf.setCreationDate(new Date('2026-01-01T00:00:00Z'));
  pdf.setModificationDate(new Date('2026-01-01T00:00:00Z'));
  const page = pdf.addPage([595, 842]);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  page.drawText(title, { x: 56, y: 770, size: 18, font: bold, color: rgb(0.05, 0.35, 0.35) });
  lines.forEach((line, index) => page.drawText(line, { x: 56, y: 730 - index * 18, size: 11, font }));
  page.drawText('Demodocument — geen echte persoon', { x: 56, y: 56, size: 8, font, color: rgb(0.5, 0.5, 0.5) });
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}
