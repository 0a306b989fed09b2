/* access_log.c — the access log (访问日志): one line per request.
 *
 * Each request thread appends its lines to a buffer of its own (its lock is contended only by
 * the flusher) and writes the buffer with one write(2) on an O_APPEND descriptor when it is
 * full; the server's sweeper thread flushes every buffer every 250 ms, so a line reaches the
 * file at most about a quarter of a second late. One write per line cost ~2 µs of CPU, 4-6 %
 * of a GET; one per buffer is below what the bench can resolve (docs/performance.md).
 *
 * The descriptor number never changes while the server runs: reopening (SIGHUP, rotation by
 * size) opens the file again and dup2()s it over the same number, which is atomic, so a
 * write at that moment goes whole into the old file or the new one. */
#include "http.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../util/util.h"

static int log_fd = -1;                 /* -1: off */
static char *log_path;                  /* NULL for stderr */
static int64_t log_max;                 /* rotate beyond this many bytes; 0 = never */
static atomic_int_fast64_t log_size;    /* bytes in the current file (approximate) */
static pthread_mutex_t rotate_mu = PTHREAD_MUTEX_INITIALIZER;

#define TBUF_BYTES (32 * 1024)

/* One per thread that logs; registered in a list for the flusher, freed at thread exit. */
struct tbuf {
	pthread_mutex_t mu;
	size_t len;
	struct tbuf *next, **prevp;
	char buf[TBUF_BYTES];
};
static pthread_mutex_t list_mu = PTHREAD_MUTEX_INITIALIZER;
static struct tbuf *tbufs;
static pthread_key_t tbuf_key;
static pthread_once_t tbuf_once = PTHREAD_ONCE_INIT;

static int open_log(const char *path)
{
	return open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
}

pa_err http_access_log_open(const char *path, int64_t max_bytes, char *err, size_t errlen)
{
	struct stat st;
	int fd;

	if (path == NULL || *path == '\0')
		return PA_OK;
	if (strcmp(path, "-") == 0) {
		log_fd = STDERR_FILENO;
		return PA_OK;
	}
	fd = open_log(path);
	if (fd < 0) {
		snprintf(err, errlen, "cannot open the access log %s: %s", path, strerror(errno));
		return PA_ERR_IO;
	}
	log_path = strdup(path);
	if (log_path == NULL) {
		close(fd);
		return PA_ERR_NOMEM;
	}
	log_max = max_bytes;
	atomic_store(&log_size, fstat(fd, &st) == 0 ? (int64_t)st.st_size : 0);
	log_fd = fd;
	return PA_OK;
}

bool http_access_log_on(void)
{
	return log_fd >= 0;
}

/* Opens the file again over the same descriptor (after logrotate moved it away). */
static void reopen_locked(void)
{
	struct stat st;
	int fd;

	if (log_path == NULL || log_fd < 0)
		return;
	fd = open_log(log_path);
	if (fd < 0) {
		log_msg(LOG_ERROR, "cannot reopen the access log %s: %s", log_path, strerror(errno));
		return;
	}
	if (dup2(fd, log_fd) < 0)
		log_msg(LOG_ERROR, "cannot reopen the access log %s: %s", log_path, strerror(errno));
	else
		atomic_store(&log_size, fstat(fd, &st) == 0 ? (int64_t)st.st_size : 0);
	close(fd);
}

void http_access_log_reopen(void)
{
	pthread_mutex_lock(&rotate_mu);
	reopen_locked();
	pthread_mutex_unlock(&rotate_mu);
}

/* PATH becomes PATH.1 (replacing an older PATH.1) and a fresh PATH is opened. One thread
 * rotates; the others keep writing meanwhile (into PATH.1 until the dup2). */
static void rotate(void)
{
	char old[4096];

	if (pthread_mutex_trylock(&rotate_mu) != 0)
		return;
	if (atomic_load(&log_size) > log_max) {
		snprintf(old, sizeof old, "%s.1", log_path);
		if (rename(log_path, old) != 0)
			log_msg(LOG_ERROR, "cannot rotate the access log %s: %s", log_path,
			    strerror(errno));
		reopen_locked();
		atomic_store(&log_size, 0);
	}
	pthread_mutex_unlock(&rotate_mu);
}

/* Writes out what b holds (b->mu held). */
static void tbuf_drain(struct tbuf *b)
{
	ssize_t n;

	if (b->len == 0 || log_fd < 0)
		return;
	n = write(log_fd, b->buf, b->len);
	b->len = 0;
	if (n > 0 && log_max > 0 && atomic_fetch_add(&log_size, n) + n > log_max)
		rotate();
}

static void tbuf_gone(void *p)
{
	struct tbuf *b = p;

	pthread_mutex_lock(&list_mu);
	*b->prevp = b->next;
	if (b->next)
		b->next->prevp = b->prevp;
	pthread_mutex_unlock(&list_mu);
	pthread_mutex_lock(&b->mu);
	tbuf_drain(b);
	pthread_mutex_unlock(&b->mu);
	pthread_mutex_destroy(&b->mu);
	free(b);
}

static void tbuf_key_init(void)
{
	pthread_key_create(&tbuf_key, tbuf_gone);
}

static struct tbuf *tbuf_mine(void)
{
	struct tbuf *b;

	pthread_once(&tbuf_once, tbuf_key_init);
	b = pthread_getspecific(tbuf_key);
	if (b)
		return b;
	b = malloc(sizeof *b);
	if (b == NULL)
		return NULL;
	pthread_mutex_init(&b->mu, NULL);
	b->len = 0;
	pthread_mutex_lock(&list_mu);
	b->next = tbufs;
	b->prevp = &tbufs;
	if (tbufs)
		tbufs->prevp = &b->next;
	tbufs = b;
	pthread_mutex_unlock(&list_mu);
	pthread_setspecific(tbuf_key, b);
	return b;
}

void http_access_log_write(const char *line, size_t len)
{
	struct tbuf *b;

	if (log_fd < 0)
		return;
	b = tbuf_mine();
	if (b == NULL || len > TBUF_BYTES) {
		if (write(log_fd, line, len) < 0)
			return;
		return;
	}
	pthread_mutex_lock(&b->mu);
	if (b->len + len > TBUF_BYTES)
		tbuf_drain(b);
	memcpy(b->buf + b->len, line, len);
	b->len += len;
	pthread_mutex_unlock(&b->mu);
}

void http_access_log_flush(void)
{
	if (log_fd < 0)
		return;
	pthread_mutex_lock(&list_mu);
	for (struct tbuf *b = tbufs; b; b = b->next) {
		pthread_mutex_lock(&b->mu);
		tbuf_drain(b);
		pthread_mutex_unlock(&b->mu);
	}
	pthread_mutex_unlock(&list_mu);
}

void http_access_log_close(void)
{
	http_access_log_flush();
	if (log_fd > STDERR_FILENO)
		close(log_fd);
	log_fd = -1;
	free(log_path);
	log_path = NULL;
}
