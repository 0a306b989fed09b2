/* minimal.c — the reference for `make bench`: a libmicrohttpd responder configured like
 * pingan serve (epoll, thread pool, queue on the final call) that answers every request with
 * the bytes of one file. Pingan's figures are printed as ratios to this one's.
 *
 *   minimal FILE PORT THREADS */
#include <microhttpd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *body;
static size_t body_len;

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c, const char *url,
    const char *method, const char *version, const char *data, size_t *size, void **ptr)
{
	static int marker;
	struct MHD_Response *r;
	enum MHD_Result ret;

	if (*ptr == NULL) {        /* first call: headers only */
		*ptr = &marker;
		return MHD_YES;
	}
	if (*size) {               /* body chunks are consumed and ignored */
		*size = 0;
		return MHD_YES;
	}
	r = MHD_create_response_from_buffer(body_len, body, MHD_RESPMEM_PERSISTENT);
	MHD_add_response_header(r, "Content-Type", "application/json; charset=utf-8");
	ret = MHD_queue_response(c, 200, r);
	MHD_destroy_response(r);
	return ret;
}

int main(int argc, char **argv)
{
	struct MHD_Daemon *d;
	FILE *f;
	sigset_t set;
	int sig;

	if (argc != 4 || (f = fopen(argv[1], "rb")) == NULL) {
		fprintf(stderr, "usage: minimal FILE PORT THREADS\n");
		return 2;
	}
	fseek(f, 0, SEEK_END);
	body_len = (size_t)ftell(f);
	rewind(f);
	body = malloc(body_len + 1);
	if (body == NULL || fread(body, 1, body_len, f) != body_len)
		return 1;
	fclose(f);
	sigemptyset(&set);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGTERM);
	pthread_sigmask(SIG_BLOCK, &set, NULL);
	d = MHD_start_daemon(MHD_USE_EPOLL_INTERNAL_THREAD | MHD_USE_ERROR_LOG,
	    (uint16_t)atoi(argv[2]), NULL, NULL, on_request, NULL,
	    MHD_OPTION_THREAD_POOL_SIZE, (unsigned)atoi(argv[3]),
	    MHD_OPTION_CONNECTION_TIMEOUT, 30u, MHD_OPTION_END);
	if (d == NULL)
		return 1;
	sigwait(&set, &sig);
	MHD_stop_daemon(d);
	free(body);
	return 0;
}
