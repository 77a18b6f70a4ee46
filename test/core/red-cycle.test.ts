import { describe, expect, it } from 'vitest';
import { pendingSuspension, redActionsIn, redNext } from '../../src/core/lists/red-cycle';

describe('the red list life cycle', () => {
  it('moves proposed → active → suspended → active and refuses the rest with a stable code', () => {
    expect(redNext('proposed', 'approve')).toEqual({ ok: true, value: 'active' });
    expect(redNext('active', 'suspend')).toEqual({ ok: true, value: 'suspended' });
    expect(redNext('suspended', 'reinstate')).toEqual({ ok: true, value: 'active' });
    expect(redNext('suspended', 'remove')).toEqual({ ok: true, value: 'removed' });
    expect(redNext('proposed', 'suspend')).toMatchObject({ ok: false, error: { code: 'E_LIST_TRANSITION' } });
    expect(redNext('removed', 'reinstate')).toMatchObject({ ok: false, error: { code: 'E_LIST_TRANSITION' } });
    expect(redNext('draft', 'approve')).toMatchObject({ ok: false, error: { code: 'E_LIST_TRANSITION' } });
    expect(redActionsIn('active')).toEqual(['suspend', 'remove']);
    expect(redActionsIn('rejected')).toEqual([]);
  });

  it('keeps a suspension proposal pending until a reviewer suspends, reinstates or removes', () => {
    const proposed = { event: 'suspension-proposed', id: 3 };
    expect(pendingSuspension('active', [{ event: 'propose' }, { event: 'approve' }, proposed, { event: 'suspension-proposed', id: 4 }])).toBe(proposed);
    expect(pendingSuspension('active', [{ event: 'approve' }, proposed, { event: 'suspend' }, { event: 'reinstate' }])).toBeNull();
    expect(pendingSuspension('suspended', [{ event: 'approve' }, proposed])).toBeNull();
    expect(pendingSuspension('active', [{ event: 'approve' }])).toBeNull();
  });
});
