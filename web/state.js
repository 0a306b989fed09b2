// state.js — what the app knows about the signed-in user, shared by every page.

export const session = {
  /** The User object from POST /session or GET /me, or null when signed out. */
  user: null,
  /** The case types from GET /api/v1/types (statuses, actions, fields), loaded once after
   *  signing in; the labels of statuses and actions come from here (i18n.js statusLabel). */
  types: null,
};

/** The descriptor of a case type from GET /types, or null. */
export function typeDesc(type) {
  return ((session.types || []).find((x) => x.type === type)) || null;
}

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

/* The kinds of org unit a grant can be on (GET /me gives org_kind with each grant). */
const POLICE_KINDS = ['police_bureau', 'police_station', 'police_area'];
const PLACE_KINDS = ['province', 'city', 'county', 'township', 'community', 'grid'];

function grants() {
  return (session.user && Array.isArray(session.user.grants)) ? session.user.grants : [];
}

/** Whether some grant has one of `roles` (any role when empty) on an org of one of `kinds`. */
export function hasGrant(roles, kinds) {
  return grants().some((g) => (!roles.length || roles.includes(g.role)) && kinds.includes(g.org_kind));
}

/** What the user's grants call for, one flag per part of the app. Admins see everything. */
export function abilities() {
  const admin = hasRole('admin');
  const staffRoles = ['leader', 'officer', 'auxiliary', 'grid_worker', 'operator', 'handler', 'mediator'];
  return {
    // The station's internal 我爱我家 board: police staff (and admins).
    board: admin || hasGrant(staffRoles, POLICE_KINDS),
    // Lost and found (失物招领): officers, auxiliaries and leaders of a station (and admins).
    lostfound: admin || hasGrant(['leader', 'officer', 'auxiliary'], POLICE_KINDS),
    // Reporting a grid event: grid workers, citizens and the operators who register calls.
    report: hasRole('grid_worker', 'citizen', 'operator'),
    mine: hasRole('grid_worker', 'citizen'),
    verify: hasRole('grid_worker'),
    intake: admin || hasRole('operator'),
    escalated: admin || hasRole('operator'),
    dept: hasRole('handler'),
    // Supervision, the grid map and the indicators cover places (a township, a grid): empty for
    // a police station or a department, so only staff on a place see them.
    supervision: admin || hasGrant(['operator', 'leader'], PLACE_KINDS),
    map: admin || hasGrant(staffRoles, PLACE_KINDS),
    dashboard: admin || hasGrant(staffRoles, PLACE_KINDS),
    // the front desk (阳光坐席): station staff register visits; its numbers for leaders and officers
    deskVisit: hasGrant(['leader', 'officer', 'auxiliary'], POLICE_KINDS),
    deskStats: admin || hasGrant(['leader', 'officer'], POLICE_KINDS),
    // Governance (治理): the mediators' queue, the leaders' and platforms' risk register and
    // warnings, the appraisal for leaders.
    disputes: admin || hasGrant(['mediator', 'leader', 'operator'], PLACE_KINDS),
    risks: admin || hasGrant(['leader', 'operator', 'mediator'], PLACE_KINDS),
    warnings: admin || hasGrant(['leader', 'operator'], PLACE_KINDS),
    appraisal: admin || hasGrant(['leader'], PLACE_KINDS),
    // campaigns (专项整治): the places' leaders, platforms and grid workers who find the items
    campaigns: admin || hasGrant(['leader', 'operator', 'grid_worker'], PLACE_KINDS),
    // Patrol checks (排查): grid workers record them; the grid's community and township (leaders,
    // operators) read the list.
    patrolNew: hasGrant(['grid_worker'], PLACE_KINDS),
    patrols: admin || hasGrant(['grid_worker', 'leader', 'operator'], PLACE_KINDS),
    // The 阳光坐席 front desk: the station's officers, auxiliaries and leaders only.
    desk: hasGrant(['leader', 'officer', 'auxiliary'], ['police_station']),
    // Complaints (投诉): citizens see their own; staff who register or judge them see their units'.
    complaints: admin || hasRole('citizen', 'leader', 'officer', 'auxiliary', 'operator'),
    // A citizen's own lost reports (群众自行登记: 登记失物, 我的失物登记); the desk registers at 失物招领.
    myLost: hasRole('citizen'),
  };
}

/** Where a user lands after logging in: the list their main role acts on. */
export function homeHash() {
  if (!session.user) return '#/login';
  const a = abilities();
  if (a.dept) return '#/events/dept';
  if (hasRole('mediator') && !hasRole('admin', 'operator', 'grid_worker')) return '#/disputes';
  if (hasRole('leader') && a.risks && !a.board) return '#/risks';
  if (a.intake && !hasRole('admin')) return '#/events/intake';
  if (a.verify || a.mine) return '#/events/mine';
  if (a.board) return '#/board';
  if (a.intake) return '#/events/intake';
  if (a.map) return '#/map';
  return '#/notifications';
}
