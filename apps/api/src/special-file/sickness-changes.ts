import { Injectable } from '@nestjs/common';

/**
 * Port: who follows a person's sickness events. The Poortwachter timeline registers itself here (it reads the
 * events through SicknessEventsService), so the special file tells it about a change without depending on it
 * (no folder cycle, as with the guard's ACCESS_DENIALS port). Only person ids cross; never a date.
 */
@Injectable()
export class SicknessChanges {
  private readonly followers: Array<(personId: string) => Promise<void>> = [];

  follow(follower: (personId: string) => Promise<void>): void {
    this.followers.push(follower);
  }

  /** After a change has committed: each follower in turn (the materialised milestones of the person's cases). */
  async changed(personId: string): Promise<void> {
    for (const follower of this.followers) await follower(personId);
  }
}
