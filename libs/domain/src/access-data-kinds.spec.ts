import { accessDataKinds, isKnownAccessResource } from './access-data-kinds';

describe('accessDataKinds', () => {
  it("says a coach's case list touched identity, contact details, status and assignment — not the field codes", () => {
    expect(
      accessDataKinds('case', ['id', 'reference', 'status', 'personName', 'personEmail', 'personPhone', 'coachName']),
    ).toEqual(['identity', 'contact', 'case_status', 'assignment']);
  });

  it('says a case read of only contact fields touched contact details, nothing more', () => {
    expect(accessDataKinds('case', ['personEmail', 'personPhone'])).toEqual(['contact']);
  });

  it('places every part of the special file under health', () => {
    for (const resource of ['special_file', 'fml_assessment', 'ad_report', 'uwv_decision', 'sickness_event'])
      expect(accessDataKinds(resource, ['assessment'])).toEqual(['health']);
  });

  it('keeps the resource when the event names no fields', () => {
    expect(accessDataKinds('progress_report', [])).toEqual(['progress_reports']);
  });

  it('says "other" for a resource it does not know, rather than guessing', () => {
    expect(isKnownAccessResource('tea_break')).toBe(false);
    expect(accessDataKinds('tea_break', ['cups'])).toEqual(['other']);
  });
});
