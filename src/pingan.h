/* pingan.h — the one error enum and every input limit of the application.
 *
 * Every fallible function returns pa_err. Where an error goes back to an HTTP client it also
 * carries a struct pa_error with the snake_case code, a human message and the offending field.
 */
#ifndef PINGAN_H
#define PINGAN_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#define PINGAN_VERSION "0.1.0"

typedef enum {
	PA_OK = 0,
	PA_ERR_NOMEM,      /* allocation or arena cap reached */
	PA_ERR_IO,         /* file system */
	PA_ERR_DB,         /* database failure (500) */
	PA_ERR_MALFORMED,  /* 400: unparsable input */
	PA_ERR_UNAUTH,     /* 401 */
	PA_ERR_FORBIDDEN,  /* 403 */
	PA_ERR_NOT_FOUND,  /* 404: absent or outside scope */
	PA_ERR_CONFLICT,   /* 409: illegal transition, stale version, duplicate */
	PA_ERR_TOO_LARGE,  /* 413 */
	PA_ERR_MEDIA,      /* 415 */
	PA_ERR_INVALID,    /* 422: validation */
	PA_ERR_RATE,       /* 429 */
	PA_ERR_INTERNAL,   /* 500: a bug or an impossible state */
} pa_err;

/* An error as the client sees it. code is a static snake_case string. The message is kept in
 * both languages: message in English (logs, English callers) and message_zh in Chinese (中文),
 * formatted from the translation of the English format (src/util/msg_zh.c); message_zh is empty
 * when the format has no translation yet, and pa_error_message() then answers the English. */
struct pa_error {
	pa_err err;
	const char *code;
	char message[256];
	char message_zh[384];   /* UTF-8: a Chinese character takes 3 bytes */
	char field[64];
	int retry_after;        /* seconds, for PA_ERR_RATE */
	void *extra;            /* json_t * merged into the error object, owned here */
};

void pa_error_set(struct pa_error *e, pa_err err, const char *code, const char *field,
    const char *fmt, ...) __attribute__((format(printf, 5, 6)));
void pa_error_setv(struct pa_error *e, pa_err err, const char *code, const char *field,
    const char *fmt, va_list ap) __attribute__((format(printf, 5, 0)));
/* Moves src into e (both messages, extra) unless e already holds an error; src is cleared. */
void pa_error_move(struct pa_error *e, struct pa_error *src);
/* The message in the caller's language: zh true for Chinese (falls back to English). */
const char *pa_error_message(const struct pa_error *e, int zh);
void pa_error_clear(struct pa_error *e);
int pa_err_status(pa_err err);
const char *pa_err_str(pa_err err);

/* Input limits (OpenBSD style: every one named, all in one place). */
#define LIM_BODY_BYTES          (1024 * 1024)       /* JSON request body */
#define LIM_BODY_DRAIN_BYTES    (16 * 1024 * 1024)  /* beyond this, close instead of draining */
#define LIM_ARENA_BYTES         (8 * 1024 * 1024)   /* per-request arena cap */
#define LIM_JSON_DEPTH          16
#define LIM_URL_BYTES           2048
#define LIM_PATH_PARAMS         4
#define LIM_LIST_DEFAULT        50
#define LIM_LIST_MAX            200
#define LIST_PAGE_RESERVE(n)    ((n) * 1536 + 256)  /* bytes a list page's builder starts
                                                     * with: about a case's JSON each, so a
                                                     * page is written without regrowing */
#define LIM_EXPORT_ROWS         100000              /* rows of one CSV/xlsx export; beyond it
                                                     * 413 export_too_large (PINGAN_EXPORT_MAX
                                                     * lowers it, for tests) */
#define LIM_SEARCH_CHARS        64                  /* q= of a search, characters; more 422 */
#define LIM_SEARCH_TERMS        8                   /* q= words (split at spaces); more 422 */
#define PLACES_MAX              2000                /* places (or shapes) in one /places answer */
#define LIM_TITLE_CHARS         200
#define LIM_CASE_LINKS          8                   /* cases one create may link to */
#define LIM_CASE_LINKS_SHOWN    50                  /* linked cases listed in a case */
#define LIM_TEXT_CHARS          2000                /* note, result, comment */
#define LIM_BODY_CHARS          10000               /* case body */
#define LIM_NAME_CHARS          64
#define LIM_LOGIN_MIN           2
#define LIM_LOGIN_MAX           64
#define LIM_PERSON_NAME_CHARS   64                  /* a person's name (当事人姓名) */
#define LIM_PERSON_ID_CHARS     32                  /* an ID document number */
#define LIM_PERSON_ADDRESS_CHARS 200                /* a person's address */
#define LIM_PERSON_NOTE_CHARS   500                 /* a person's free note */
#define LIM_PERSONS_PER_REQUEST 20                  /* "persons" of one create or action */
#define LIM_REVEAL_REASON_CHARS 200                 /* the reason of a reveal (查看理由) */
#define LIM_PERSON_MATCHES      200                 /* persons one exact lookup returns, at
                                                     * most (the answer says when it was cut) */
#define LIM_PASSWORD_MIN        10                  /* and not common, not the login */
#define LIM_PASSWORD_MAX        128
#define LIM_IDEMPOTENCY_KEY     128
#define LIM_GRANTS_PER_USER     16                  /* more is refused (422), never cut */
#define LIM_ORG_PATH            256
#define LIM_ORG_DEPTH           64                  /* levels of the org tree */
#define LIM_CONNECTIONS         1024
#define LIM_CONNECTIONS_PER_IP  192                 /* an office behind one NAT address
                                                     * shares it; a trusted proxy is not capped */
#define LIM_CONNECTIONS_RESERVED 256                /* slots kept for new addresses: with */
#define LIM_CONNECTIONS_PER_IP_BUSY 8               /* fewer free, an address holding 8 waits */
#define LIM_CONNECTION_TIMEOUT  30                  /* seconds idle */
#define LIM_HEAD_MS             10000               /* a request head must be complete this
                                                     * long after the connection opened or the
                                                     * previous answer was sent (slowloris) */
#define LIM_TRUSTED_PROXIES     16                  /* serve --trusted-proxy, at most */
#define LIM_LOG_PATH_BYTES      1024                /* path and query names in the access log */
#define LIM_THREADS_MAX         64
#define LIM_PWHASH_CONCURRENT   2                   /* argon2id hashes at a time */
#define LIM_IMAGE_PIXELS        (40LL * 1000 * 1000) /* width x height an upload may declare */
#define LIM_IMAGE_SEGMENTS      65536               /* JPEG segments / PNG, WebP chunks walked */
#define LIM_MONITOR_THRESHOLD   100000              /* a monitoring threshold (预警阈值) */
#define LIM_MONITOR_WINDOW_DAYS 366                 /* days a monitoring indicator counts back */
#define LIM_RISK_ROWS           5000                /* rows of the risk table (风险台账) in one
                                                     * answer; beyond it the answer says cut */
#define LIM_GOV_RESPONSE_BYTES  (16 * 1024 * 1024) /* a risk table or appraisal answer */
#define LIM_APPRAISAL_DAYS      3660                /* the longest appraisal period */
#define LIM_PATROL_ITEMS        40                  /* items of one patrol checklist (排查检查项) */
#define LIM_PATROL_KINDS        100                 /* patrol kinds (排查类别) listed at once */
#define LIM_PATROL_CODE_CHARS   30                  /* a patrol kind's or checklist item's code */
/* Rectification campaigns (专项整治, issue #12 §3). */
#define LIM_CAMPAIGN_UNITS      100                 /* org units one campaign covers */
#define LIM_CAMPAIGN_CHECKLIST  30                  /* checklist items (排查要点) */
#define LIM_CAMPAIGN_CHECK_CHARS 60                 /* one checklist item, characters */
#define LIM_CAMPAIGN_DAYS       3660                /* the longest campaign period */
/* The front desk (阳光坐席, issue 10): custody, counts, handover sheets, the desk page. */
#define LIM_CUSTODY_QUANTITY    100000              /* pieces of one custody item */
#define LIM_CUSTODY_PLACE_CHARS 100                 /* "物证室 / 2号柜 / 3层" */
#define LIM_CUSTODY_HOLD_DAYS_MAX 3650              /* an item's hold period, at most */
#define CUSTODY_HOLD_DAYS_DEFAULT 90                /* held longer than this: flagged 超期 */
#define LIM_CUSTODY_INVENTORY   5000                /* items of one inventory list / count */
#define LIM_HANDOVER_ITEMS      300                 /* cases listed on one handover sheet */
#define LIM_DESK_ITEMS          100                 /* items of each section of the desk page */
#define LIM_LF_SERIAL_CHARS     64                  /* a lost/found item's serial (IMEI, card
                                                     * tail, frame number) */
#define LIM_LF_NEIGHBOURS       8                   /* neighbouring stations matched with one */
#define LIM_LF_PUBLIC_PAGE      100                 /* public notice list page, items */
#define LIM_LF_PUBLIC_STATIONS  500                 /* public notice page's station filter, units */

/* Uploads per user in any 24 hours (serve --upload-quota-count / --upload-quota-mb). */
#define UPLOAD_QUOTA_COUNT      200
#define UPLOAD_QUOTA_MB         500
#define UPLOAD_QUOTA_WINDOW_MS  (24LL * 3600 * 1000)
#define UPLOAD_UNATTACHED_MS    (24LL * 3600 * 1000) /* then the scheduler removes the upload */

/* Sessions and login throttling. */
#define SESSION_IDLE_MS         (2LL * 3600 * 1000)
#define SESSION_ABSOLUTE_MS     (12LL * 3600 * 1000)
#define SESSION_TOUCH_MS        (60LL * 1000)       /* refresh last_seen at most this often */
/* Failed logins are counted per address and per (account, address), never per account alone,
 * so that nobody can lock a real user out from an address of their own. From the FREE-th failure
 * on, each further attempt from there waits LOGIN_DELAY_FIRST_MS, doubling with every failure
 * up to LOGIN_DELAY_MAX_MS; a key forgets its failures LOGIN_FORGET_MS after the last one. */
#define LOGIN_FREE_PER_ACCOUNT  5                   /* per (account, address) */
#define LOGIN_FREE_PER_ADDRESS  20                  /* per address (an IPv6 /64) */
#define LOGIN_DELAY_FIRST_MS    (2LL * 1000)
#define LOGIN_DELAY_MAX_MS      (15LL * 60 * 1000)
#define LOGIN_FORGET_MS         (60LL * 60 * 1000)

/* Deadlines: a stage turns yellow once this share (‰) of its time is used, red when overdue. */
#define SLA_WARN_PERMILLE       700
/* Warnings one supervision pass records at most (oldest due first). A pass that stops there
 * says so ("more") and the scheduler runs the next one after a short pause (sla.c
 * SCHED_BACKLOG_PAUSE_MS) instead of a whole interval later, so a backlog drains pass after
 * pass and no pass holds the writer for long: 2,048 took 1.3 s on a quiet machine at
 * 1,000,000 open events (docs/performance.md), 1,024 about half. */
#define SLA_PASS_MAX            1024

/* Writer thread: transactions committed together at most. */
#define DB_GROUP_MAX            64

/* Checkpoints (copying the WAL back into the database file, 检查点) run on a thread of their
 * own once the WAL holds DB_CKPT_PAGES pages (SQLite's own automatic threshold), so the writer
 * thread never pays for them (a sixth of its CPU during a burst of SLA warnings). If they fall
 * behind a writer that never pauses (the WAL cannot restart while a checkpoint trails it), the
 * writer checkpoints itself once the WAL passes DB_CKPT_PAGES_MAX pages. */
#define DB_CKPT_PAGES           1000
#define DB_CKPT_PAGES_MAX       (8 * DB_CKPT_PAGES)
#define DB_CKPT_BUSY_TRIES      20   /* the checkpoint thread's tries while another holds the lock */
#define DB_CKPT_BUSY_PAUSE_MS   10

/* Display zone: China Standard Time, no daylight saving. */
#define PA_TZ_OFFSET_S          (8 * 3600)

#endif
