import { describe, expect, it } from 'vitest';
import { createConsoleController } from '@/utils/console';
import { PageSnapshotSchema } from '@/utils/console/snapshot-schema';
import { loadFixture } from './helpers/fixtures';

describe('the panel’s check of pushed snapshots', () => {
  it('accepts what the adapter reports on every wizard step', () => {
    for (const name of ['verify-personal.html', 'subject-enterprise.html', 'website-enterprise.html', 'material.html']) {
      loadFixture(name);
      const snapshot = createConsoleController(document).snapshot();
      expect(PageSnapshotSchema.safeParse(snapshot).success, name).toBe(true);
    }
  });

  it('rejects a payload that is not a snapshot', () => {
    loadFixture('verify-personal.html');
    const snapshot = createConsoleController(document).snapshot();
    expect(PageSnapshotSchema.safeParse({ ...snapshot, fields: 'all of them' }).success).toBe(false);
    expect(PageSnapshotSchema.safeParse({ ...snapshot, step: 'payment' }).success).toBe(false);
    expect(PageSnapshotSchema.safeParse(null).success).toBe(false);
  });
});
