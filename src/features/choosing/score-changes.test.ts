import { beforeEach, describe, expect, it } from 'vitest';
import { changesSince, forgetScoreChanges, recordScoreChange } from './score-changes.ts';

beforeEach(forgetScoreChanges);

describe('score changes', () => {
  it('lead back to the nearest kept revision with every client changed since', () => {
    recordScoreChange('w', '', '1:10', 'atlas');
    recordScoreChange('w', '1:10', '2:11', 'boreas');
    recordScoreChange('w', '2:11', '3:12', 'atlas');
    expect(changesSince('w', '3:12', (revision) => revision === '1:10')).toEqual({
      from: '1:10',
      organizationIds: ['atlas', 'boreas'],
    });
    expect(changesSince('w', '3:12', (revision) => revision === '')).toEqual({
      from: '',
      organizationIds: ['atlas', 'boreas'],
    });
  });

  it('break at a revision this process did not write, or in another firm', () => {
    recordScoreChange('w', '1:10', '2:11', 'atlas');
    // revision 3 came from elsewhere (another process, a restored backup)
    recordScoreChange('w', '3:14', '4:15', 'boreas');
    expect(changesSince('w', '4:15', (revision) => revision === '1:10')).toBeNull();
    expect(changesSince('v', '2:11', () => true)).toBeNull();
  });

  it('give up after the steps allowed', () => {
    for (let revision = 1; revision <= 10; revision++)
      recordScoreChange('w', `${revision - 1}:0`, `${revision}:0`, `client ${revision}`);
    expect(changesSince('w', '10:0', (revision) => revision === '0:0', 5)).toBeNull();
    expect(
      changesSince('w', '10:0', (revision) => revision === '0:0', 10)?.organizationIds,
    ).toHaveLength(10);
  });
});
