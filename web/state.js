// state.js — what the app knows about the signed-in user, shared by every page.

export const session = {
  /** The User object from POST /session or GET /me, or null when signed out. */
  user: null,
};

/** The org id of the user's first grant, or null. */
export function firstGrantOrg() {
  const g = session.user && Array.isArray(session.user.grants) ? session.user.grants[0] : null;
  return g ? g.org_id : null;
}

/** Whether the user holds one of these roles on any grant. */
export function hasRole(...roles) {
  const grants = (session.user && session.user.grants) || [];
  return grants.some((g) => roles.includes(g.role));
}

/** Whether the user is staff (holds any role other than citizen). */
export function isStaff() {
  const grants = (session.user && session.user.grants) || [];
  return grants.some((g) => g.role !== 'citizen');
}

/** Where a user lands after logging in: the queue of their main role, else the board. */
export function homeHash() {
  if (!session.user) return '#/login';
  if (hasRole('grid_worker')) return '#/events/mine';
  if (hasRole('operator')) return '#/events/intake';
  if (hasRole('handler')) return '#/events/dept';
  if (hasRole('citizen') && !isStaff()) return '#/events/mine';
  return '#/board';
}
