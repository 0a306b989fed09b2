// i18n.js — every user-visible string of the web app, Chinese first (zh-CN is the default).
// t(key, ...args) looks a key up in the current language and fills {0}, {1}, ... placeholders.
// The language choice is kept in localStorage so it survives a reload.

const STORAGE_KEY = 'pingan.lang';

const DICT = {
  zh: {
    'app.name': '平安',
    'app.subtitle': '基层平安治理平台',
    'app.board_name': '我爱我家',
    'lang.zh': '中文',
    'lang.en': 'English',
    'lang.switch': '语言',

    'nav.board': '我爱我家',
    'nav.new': '发布',
    'nav.logout': '退出登录',

    'common.loading': '正在加载…',
    'common.none': '—',
    'common.cancel': '取消',
    'common.close': '关闭',
    'common.submit': '提交',
    'common.confirm': '确认',
    'common.back': '返回',
    'common.all': '全部',
    'common.dismiss': '关闭提示',
    'common.hours': '{0} 小时',
    'common.days_hours': '{0} 天 {1} 小时',
    'common.field': '字段：{0}',
    'common.required': '必填',
    'common.saving': '正在提交…',

    'login.title': '登录',
    'login.heading': '登录平安平台',
    'login.login': '登录名',
    'login.password': '密码',
    'login.submit': '登录',
    'login.busy': '正在登录…',
    'login.hint': '请使用单位分配的账号登录。',
    'login.expired': '登录已失效，请重新登录。',
    'login.logged_out': '您已安全退出。',

    'board.title': '我爱我家',
    'board.intro': '单位内部发现的问题都贴在这里，大家都能看到每件事怎么办的。',
    'board.count.open': '待处理',
    'board.count.in_progress': '处理中',
    'board.count.done_this_week': '本周办结',
    'board.count.avg_hours_to_done': '平均办结时长',
    'board.count.declined': '不采纳',
    'board.counts_label': '事项统计',
    'board.filters': '筛选',
    'board.filter.status': '状态',
    'board.filter.org': '单位',
    'board.filter.assignee_me': '指派给我',
    'board.filter.reporter_me': '我发布的',
    'board.filter.created_from': '发布日期从',
    'board.filter.created_to': '至',
    'board.filter.reset': '清除筛选',
    'board.new': '发布新事项',
    'board.col.code': '编号',
    'board.col.title': '标题',
    'board.col.status': '状态',
    'board.col.unit': '单位',
    'board.col.poster': '发布人',
    'board.col.assignee': '承办人',
    'board.col.created': '发布时间',
    'board.col.result': '办理结果',
    'board.empty': '暂无符合条件的事项。',
    'board.more': '加载更多',
    'board.more_busy': '正在加载…',
    'board.count_shown': '已显示 {0} 条',
    'board.table_label': '我爱我家事项列表',

    'case.title': '事项详情',
    'case.back': '返回我爱我家',
    'case.type.suggestion': '我爱我家',
    'case.field.code': '编号',
    'case.field.status': '状态',
    'case.field.type': '类型',
    'case.field.category': '类别',
    'case.field.priority': '优先级',
    'case.field.org': '所属单位',
    'case.field.reporter': '发布人',
    'case.field.assignee': '承办人',
    'case.field.address': '地点',
    'case.field.location': '坐标',
    'case.field.due_at': '办理期限',
    'case.field.created_at': '发布时间',
    'case.field.updated_at': '更新时间',
    'case.field.closed_at': '办结时间',
    'case.field.version': '版本',
    'case.field.body': '详细描述',
    'case.field.result': '办理结果',
    'case.field.previous_result': '上次办理结果（已重新打开）',
    'case.field.decline_reason': '不采纳理由',
    'case.field.reopened': '重新打开',
    'case.reopened_times': '{0} 次',
    'board.declined_prefix': '不采纳：',
    'case.no_body': '（无详细描述）',
    'case.actions': '办理',
    'case.no_actions': '您当前没有可执行的办理操作。',
    'case.timeline': '办理记录',
    'case.timeline_empty': '暂无记录。',
    'case.comment': '评论',
    'case.comment_placeholder': '写下您的意见或进展…',
    'case.comment_submit': '发表评论',
    'case.comment_empty': '请填写评论内容。',
    'case.comment_added': '评论已发表。',
    'case.action_done_msg': '“{0}”操作成功。',
    'case.stale': '该事项刚刚被其他人更新过，您看到的不是最新内容，操作未执行。已为您重新加载，请确认后再操作。',
    'case.not_allowed': '该操作当前不可执行，已重新加载事项。',
    'case.not_found': '事项不存在，或不在您的权限范围内。',

    'event.create': '发布',
    'event.comment': '评论',
    'event.update': '修改',
    'event.action': '办理',
    'event.assignee': '承办人：{0}',
    'event.result': '办理结果：{0}',
    'event.reason': '理由：{0}',
    'event.changed': '{0}：{1} → {2}',

    'action.accept': '受理并指派',
    'action.decline': '不采纳',
    'action.done': '办结',
    'action.reopen': '重新打开',
    'action.accept.title': '受理并指派承办人',
    'action.decline.title': '不采纳',
    'action.done.title': '办结',
    'action.reopen.title': '重新打开',
    'action.field.assignee': '承办人',
    'action.field.assignee_pick': '请选择承办人',
    'action.field.note': '备注（可选）',
    'action.field.reason': '理由',
    'action.field.result': '办理结果',
    'action.users_loading': '正在加载人员…',
    'action.users_empty': '该单位没有可指派的人员。',
    'action.need_assignee': '请选择承办人。',
    'action.need_reason': '请填写理由。',
    'action.need_result': '请填写办理结果。',
    'action.decline.confirm': '确定不采纳该事项吗？此操作不可撤销，理由将对单位全体可见。',
    'action.decline.confirm_btn': '确定不采纳',

    'new.title': '发布新事项',
    'new.intro': '发现问题就贴出来，单位领导会尽快受理并指派专人处理。',
    'new.field.title': '标题',
    'new.field.title_ph': '例如：三楼楼道灯坏了',
    'new.field.body': '详细描述',
    'new.field.body_ph': '在哪里、什么情况、有什么建议（可选）',
    'new.field.org': '单位',
    'new.field.priority': '优先级',
    'new.submit': '发布',
    'new.need_title': '请填写标题。',
    'new.posted': '发布成功。',
    'new.no_orgs': '您没有可发布事项的单位。',

    'status.open': '待处理',
    'status.in_progress': '处理中',
    'status.done': '已办结',
    'status.declined': '不采纳',

    'category.facility': '设施设备',
    'category.management': '内部管理',
    'category.service': '服务群众',
    'category.safety': '安全隐患',
    'category.welfare': '后勤福利',
    'category.other': '其他',

    'priority.low': '低',
    'priority.normal': '普通',
    'priority.high': '高',
    'priority.urgent': '紧急',

    'role.admin': '管理员',
    'role.leader': '领导',
    'role.officer': '民警',
    'role.auxiliary': '辅警',
    'role.grid_worker': '网格员',
    'role.operator': '受理员',
    'role.handler': '承办人员',
    'role.mediator': '调解员',
    'role.citizen': '群众',

    'err.title': '操作失败',
    'err.network': '无法连接服务器，请检查网络后重试。',
    'err.http': '服务器返回错误（HTTP {0}）。',
    'err.retry_after': '请在 {0} 秒后再试。',
    'err.code.invalid_credentials': '登录名或密码错误。',
    'err.code.rate_limited': '尝试次数过多，已暂时锁定。',
    'err.code.unauthorized': '未登录或登录已失效。',
    'err.code.forbidden': '您没有权限执行此操作。',
    'err.code.csrf_failed': '安全校验失败，请刷新页面后重试。',
    'err.code.not_found': '未找到，或不在您的权限范围内。',
    'err.code.stale_version': '内容已被他人更新。',
    'err.code.action_not_allowed': '该操作当前不允许。',
    'err.code.idempotency_key_reused': '重复提交的内容不一致。',
    'err.code.conflict': '与现有数据冲突。',
    'err.code.too_large': '提交内容过大。',
    'err.code.missing_field': '缺少必填项。',
    'err.code.invalid_value': '填写的内容不符合要求。',
    'err.code.invalid_type': '填写的内容格式不对。',
    'err.code.unknown_field': '提交了无法识别的字段。',
    'err.code.rate_limited_short': '请稍后再试。',

    'notfound.title': '页面不存在',
    'notfound.text': '您访问的页面不存在。',
  },

  en: {
    'app.name': 'Pingan',
    'app.subtitle': 'Grassroots safety governance',
    'app.board_name': 'Our Home board',
    'lang.zh': '中文',
    'lang.en': 'English',
    'lang.switch': 'Language',

    'nav.board': 'Our Home board',
    'nav.new': 'Post',
    'nav.logout': 'Log out',

    'common.loading': 'Loading…',
    'common.none': '—',
    'common.cancel': 'Cancel',
    'common.close': 'Close',
    'common.submit': 'Submit',
    'common.confirm': 'Confirm',
    'common.back': 'Back',
    'common.all': 'All',
    'common.dismiss': 'Dismiss',
    'common.hours': '{0} h',
    'common.days_hours': '{0} d {1} h',
    'common.field': 'Field: {0}',
    'common.required': 'required',
    'common.saving': 'Submitting…',

    'login.title': 'Log in',
    'login.heading': 'Log in to Pingan',
    'login.login': 'Login',
    'login.password': 'Password',
    'login.submit': 'Log in',
    'login.busy': 'Logging in…',
    'login.hint': 'Use the account issued by your unit.',
    'login.expired': 'Your session has ended. Please log in again.',
    'login.logged_out': 'You have logged out.',

    'board.title': 'Our Home board',
    'board.intro': 'Every problem found in the unit is posted here, and everyone can see how it was handled.',
    'board.count.open': 'Open',
    'board.count.in_progress': 'In progress',
    'board.count.done_this_week': 'Done this week',
    'board.count.avg_hours_to_done': 'Average time to done',
    'board.count.declined': 'Declined',
    'board.counts_label': 'Counts',
    'board.filters': 'Filters',
    'board.filter.status': 'Status',
    'board.filter.org': 'Unit',
    'board.filter.assignee_me': 'Assigned to me',
    'board.filter.reporter_me': 'Posted by me',
    'board.filter.created_from': 'Posted from',
    'board.filter.created_to': 'to',
    'board.filter.reset': 'Clear filters',
    'board.new': 'New post',
    'board.col.code': 'Code',
    'board.col.title': 'Title',
    'board.col.status': 'Status',
    'board.col.unit': 'Unit',
    'board.col.poster': 'Posted by',
    'board.col.assignee': 'Assignee',
    'board.col.created': 'Posted',
    'board.col.result': 'Result',
    'board.empty': 'No posts match these filters.',
    'board.more': 'Load more',
    'board.more_busy': 'Loading…',
    'board.count_shown': '{0} shown',
    'board.table_label': 'Posts on the Our Home board',

    'case.title': 'Case',
    'case.back': 'Back to the board',
    'case.type.suggestion': 'Our Home board',
    'case.field.code': 'Code',
    'case.field.status': 'Status',
    'case.field.type': 'Type',
    'case.field.category': 'Category',
    'case.field.priority': 'Priority',
    'case.field.org': 'Unit',
    'case.field.reporter': 'Posted by',
    'case.field.assignee': 'Assignee',
    'case.field.address': 'Place',
    'case.field.location': 'Coordinates',
    'case.field.due_at': 'Due',
    'case.field.created_at': 'Posted',
    'case.field.updated_at': 'Updated',
    'case.field.closed_at': 'Closed',
    'case.field.version': 'Version',
    'case.field.body': 'Description',
    'case.field.result': 'Result',
    'case.field.previous_result': 'Previous result (reopened)',
    'case.field.decline_reason': 'Reason for declining',
    'case.field.reopened': 'Reopened',
    'case.reopened_times': '{0} time(s)',
    'board.declined_prefix': 'Declined: ',
    'case.no_body': '(no description)',
    'case.actions': 'Actions',
    'case.no_actions': 'There is nothing you can do on this case right now.',
    'case.timeline': 'Timeline',
    'case.timeline_empty': 'No entries yet.',
    'case.comment': 'Comment',
    'case.comment_placeholder': 'Add a remark or progress note…',
    'case.comment_submit': 'Add comment',
    'case.comment_empty': 'Please write a comment first.',
    'case.comment_added': 'Comment added.',
    'case.action_done_msg': '“{0}” done.',
    'case.stale': 'Someone else has just updated this case, so your action was not applied. The case has been reloaded; please check it and try again.',
    'case.not_allowed': 'That action is not allowed now. The case has been reloaded.',
    'case.not_found': 'This case does not exist or is outside your scope.',

    'event.create': 'Posted',
    'event.comment': 'Comment',
    'event.update': 'Edited',
    'event.action': 'Action',
    'event.assignee': 'Assignee: {0}',
    'event.result': 'Result: {0}',
    'event.reason': 'Reason: {0}',
    'event.changed': '{0}: {1} → {2}',

    'action.accept': 'Accept & assign',
    'action.decline': 'Decline',
    'action.done': 'Mark done',
    'action.reopen': 'Reopen',
    'action.accept.title': 'Accept and assign',
    'action.decline.title': 'Decline',
    'action.done.title': 'Mark done',
    'action.reopen.title': 'Reopen',
    'action.field.assignee': 'Assignee',
    'action.field.assignee_pick': 'Choose an assignee',
    'action.field.note': 'Note (optional)',
    'action.field.reason': 'Reason',
    'action.field.result': 'Result',
    'action.users_loading': 'Loading people…',
    'action.users_empty': 'Nobody in this unit can be assigned.',
    'action.need_assignee': 'Please choose an assignee.',
    'action.need_reason': 'Please give a reason.',
    'action.need_result': 'Please describe the result.',
    'action.decline.confirm': 'Decline this post? This cannot be undone, and the reason will be visible to the whole unit.',
    'action.decline.confirm_btn': 'Decline',

    'new.title': 'New post',
    'new.intro': 'Post any problem you find; a leader will accept it and assign someone.',
    'new.field.title': 'Title',
    'new.field.title_ph': 'e.g. The stairwell light on the third floor is broken',
    'new.field.body': 'Description',
    'new.field.body_ph': 'Where, what, and any suggestion (optional)',
    'new.field.org': 'Unit',
    'new.field.priority': 'Priority',
    'new.submit': 'Post',
    'new.need_title': 'Please enter a title.',
    'new.posted': 'Posted.',
    'new.no_orgs': 'You have no unit to post in.',

    'status.open': 'Open',
    'status.in_progress': 'In progress',
    'status.done': 'Done',
    'status.declined': 'Declined',

    'category.facility': 'Facilities',
    'category.management': 'Management',
    'category.service': 'Public service',
    'category.safety': 'Safety',
    'category.welfare': 'Welfare',
    'category.other': 'Other',

    'priority.low': 'Low',
    'priority.normal': 'Normal',
    'priority.high': 'High',
    'priority.urgent': 'Urgent',

    'role.admin': 'Admin',
    'role.leader': 'Leader',
    'role.officer': 'Officer',
    'role.auxiliary': 'Auxiliary',
    'role.grid_worker': 'Grid worker',
    'role.operator': 'Operator',
    'role.handler': 'Handler',
    'role.mediator': 'Mediator',
    'role.citizen': 'Citizen',

    'err.title': 'Failed',
    'err.network': 'Cannot reach the server. Check the network and try again.',
    'err.http': 'The server answered with an error (HTTP {0}).',
    'err.retry_after': 'Try again in {0} seconds.',
    'err.code.invalid_credentials': 'Wrong login or password.',
    'err.code.rate_limited': 'Too many attempts; temporarily locked.',
    'err.code.unauthorized': 'Not logged in, or the session has ended.',
    'err.code.forbidden': 'You are not allowed to do this.',
    'err.code.csrf_failed': 'Security check failed; reload the page and try again.',
    'err.code.not_found': 'Not found, or outside your scope.',
    'err.code.stale_version': 'Someone else changed this.',
    'err.code.action_not_allowed': 'That action is not allowed now.',
    'err.code.idempotency_key_reused': 'A retried submission had different content.',
    'err.code.conflict': 'This conflicts with existing data.',
    'err.code.too_large': 'The submission is too large.',
    'err.code.missing_field': 'A required field is missing.',
    'err.code.invalid_value': 'A value is not valid.',
    'err.code.invalid_type': 'A value has the wrong format.',
    'err.code.unknown_field': 'An unknown field was sent.',
    'err.code.rate_limited_short': 'Please try again later.',

    'notfound.title': 'Page not found',
    'notfound.text': 'The page you asked for does not exist.',
  },
};

const LANGS = ['zh', 'en'];
let current = readStoredLang();

function readStoredLang() {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    if (LANGS.includes(v)) return v;
  } catch (_) { /* storage disabled: fall back to Chinese */ }
  return 'zh';
}

/** The current language code: 'zh' or 'en'. */
export function getLang() {
  return current;
}

/** Switch language, remember it, and update <html lang>. */
export function setLang(lang) {
  if (!LANGS.includes(lang)) return;
  current = lang;
  try { localStorage.setItem(STORAGE_KEY, lang); } catch (_) { /* ignore */ }
  applyDocumentLang();
}

/** Set <html lang> for the current language (screen readers, fonts, hyphenation). */
export function applyDocumentLang() {
  document.documentElement.lang = current === 'zh' ? 'zh-CN' : 'en';
}

/** Whether the dictionary has a key (used for optional labels such as error codes). */
export function has(key) {
  return Object.prototype.hasOwnProperty.call(DICT[current], key);
}

/** Translate key, filling {0}, {1}, ... from args. A missing key shows itself, to be noticed. */
export function t(key, ...args) {
  let s = DICT[current][key];
  if (s === undefined) s = DICT.zh[key];
  if (s === undefined) return key;
  return s.replace(/\{(\d+)\}/g, (m, i) => (args[i] === undefined ? m : String(args[i])));
}

/** Label of a workflow status, falling back to the raw code for an unknown one. */
export function statusLabel(code) {
  return has('status.' + code) ? t('status.' + code) : String(code);
}

/** Label of a workflow action. */
export function actionLabel(code) {
  return has('action.' + code) ? t('action.' + code) : String(code);
}

/** Label of a priority. */
export function priorityLabel(code) {
  return has('priority.' + code) ? t('priority.' + code) : String(code);
}

/** Label of a case category. */
export function categoryLabel(code) {
  return has('category.' + code) ? t('category.' + code) : String(code);
}

/** Label of a role. */
export function roleLabel(code) {
  return has('role.' + code) ? t('role.' + code) : String(code);
}

// Exported for a consistency check in tests: both languages must have the same keys.
export const _dict = DICT;
