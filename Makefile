# Pingan — build, run, test.
#   make          build bin/pingan
#   make run      install what is missing, build, create the demo database, serve it
#   make check    install what is missing, build, run every test (also under ASan + UBSan);
#                 PINGAN_TEST_JOBS=N files at once per suite (docs/operations.md, "Tests")
#   make SANITIZE=1   build bin/pingan with ASan + UBSan
#   make fuzz     build and briefly run the libFuzzer targets (clang)
#   make bench    benchmarks (see docs/performance.md)

CC      ?= gcc
PKGS    := libmicrohttpd sqlite3 jansson libsodium xlsxwriter
CFLAGS  ?= -O2 -g
CFLAGS  += -std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes \
           -Wno-unused-parameter -pthread $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
LDLIBS  := $(shell pkg-config --libs $(PKGS) 2>/dev/null) -pthread -lm
SAN     := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined

ifeq ($(SANITIZE),1)
  CFLAGS += $(SAN)
  LDFLAGS += $(SAN)
endif

SRC     := $(sort $(wildcard src/*.c src/*/*.c))
LIBSRC  := $(filter-out src/main.c,$(SRC))
MIGR    := $(sort $(wildcard src/db/migrations/*.sql))
WEB     := $(sort $(wildcard web/*.* web/types/*.js))
GEN     := build/gen/migrations.c build/gen/assets.c build/gen/pinyin.c
OBJ     := $(patsubst %.c,build/obj/%.o,$(LIBSRC) $(GEN))
AOBJ    := $(patsubst %.c,build/asan/%.o,$(LIBSRC) $(GEN))
UNIT    := $(sort $(wildcard tests/unit/test_*.c))
UNITLIB := $(wildcard tests/unit/support.c)
UNITBIN := $(patsubst tests/unit/%.c,bin/tests/%,$(UNIT))
UNITASAN:= $(patsubst tests/unit/%.c,bin/tests/%-asan,$(UNIT))
DB      ?= var/demo.db
LISTEN  ?= 127.0.0.1:8080
DEMO_PASSWORD ?= pingan-demo

.PHONY: all run check deps deps-test clean fuzz bench crash-test unit asan
all: bin/pingan

deps:
	@tools/deps.sh build
deps-test:
	@tools/deps.sh test

bin/embed: tools/embed.c
	@mkdir -p bin
	$(CC) -O2 -Wall -Wextra -Werror -o $@ $<

build/gen/migrations.c: bin/embed $(MIGR)
	@mkdir -p build/gen
	bin/embed $@ pa_migrations src/db/migrations/ $(MIGR)

build/gen/assets.c: bin/embed $(WEB)
	@mkdir -p build/gen
	bin/embed $@ pa_assets web/ $(WEB)

# the pinyin of Chinese characters, from an installed Debian package (tools/gen-pinyin.sh)
build/gen/pinyin.c: tools/gen-pinyin.sh
	@mkdir -p build/gen
	tools/gen-pinyin.sh > $@.tmp && mv $@.tmp $@

build/obj/%.o: %.c $(wildcard src/*.h src/*/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c -o $@ $<

build/asan/%.o: %.c $(wildcard src/*.h src/*/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(SAN) -O1 -c -o $@ $<

bin/pingan: build/obj/src/main.o $(OBJ)
	@mkdir -p bin
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

bin/pingan-asan: build/asan/src/main.o $(AOBJ)
	@mkdir -p bin
	$(CC) $(LDFLAGS) $(SAN) -o $@ $^ $(LDLIBS)

bin/tests/%: tests/unit/%.c $(UNITLIB) $(wildcard tests/unit/*.h) $(OBJ)
	@mkdir -p bin/tests
	$(CC) $(CFLAGS) -Isrc -o $@ $(filter %.c %.o,$^) $(LDLIBS) -lcmocka

bin/tests/%-asan: tests/unit/%.c $(UNITLIB) $(wildcard tests/unit/*.h) $(AOBJ)
	@mkdir -p bin/tests
	$(CC) $(CFLAGS) $(SAN) -Isrc -o $@ $(filter %.c %.o,$^) $(LDLIBS) -lcmocka

unit: $(UNITBIN) $(UNITASAN)

# the lost-and-found matching speed bench (make bench; links the objects and the unit fixtures)
bin/bench-lfmatch: bench/lfmatch.c $(UNITLIB) $(OBJ)
	@mkdir -p bin
	$(CC) $(CFLAGS) -Isrc -Itests/unit -o $@ $(filter %.c %.o,$^) $(LDLIBS) -lcmocka
# one labelled pair scored with what each side's preparation read (tools/lf_pair.py)
bin/lf-pair: bench/lfpair.c $(OBJ)
	@mkdir -p bin
	$(CC) $(CFLAGS) -Isrc -o $@ $(filter %.c %.o,$^) $(LDLIBS)
asan: bin/pingan-asan

run: deps
	@$(MAKE) --no-print-directory all
	@mkdir -p $(dir $(DB))
	@if [ ! -f $(DB) ]; then PINGAN_DEMO_PASSWORD='$(DEMO_PASSWORD)' bin/pingan init --db $(DB) --demo; else bin/pingan init --db $(DB); fi
	bin/pingan serve --db $(DB) --listen $(LISTEN)

# make check builds with one job a core (BUILD_JOBS=N to change); tools/check.sh then runs the
# suites side by side (PINGAN_TEST_JOBS, PINGAN_BROWSER_JOBS: docs/operations.md, "Tests").
BUILD_JOBS ?= $(shell nproc 2>/dev/null || echo 2)
check: deps-test
	@$(MAKE) --no-print-directory -j$(BUILD_JOBS) all unit asan
	@tools/check.sh

crash-test: all
	@tools/crash-test.sh

# libFuzzer targets (clang); not part of check. `make fuzz FUZZ_SECONDS=N` runs each N seconds;
# FUZZ_ONLY=fuzz_jpeg runs one target.
FUZZ    := $(sort $(wildcard tests/fuzz/fuzz_*.c))
FUZZSRC := src/util/util.c src/util/msg.c src/util/msg_zh.c src/http/validate.c src/http/match.c \
           src/core/case_fields.c src/core/imgmeta.c src/org/geo.c \
           src/core/person_fmt.c src/search/tokenize.c src/modules/lf_match.c \
           src/util/pinyin.c build/gen/pinyin.c
fuzz:
	@tools/deps.sh fuzz
	@$(MAKE) --no-print-directory build/gen/pinyin.c
	@mkdir -p bin/fuzz
	@for f in $(FUZZ); do n=$$(basename $$f .c); \
	  if [ -n "$(FUZZ_ONLY)" ] && [ "$(FUZZ_ONLY)" != "$$n" ]; then continue; fi; \
	  clang -g -O1 -std=c11 -D_GNU_SOURCE -fsanitize=fuzzer,address,undefined -Isrc \
	    $$(pkg-config --cflags jansson libsodium) -o bin/fuzz/$$n $$f $(FUZZSRC) \
	    $$(pkg-config --libs jansson libsodium) -lm || exit 1; \
	  echo "fuzz: $$n"; mkdir -p build/fuzz-corpus/$$n; \
	  bin/fuzz/$$n -max_total_time=$${FUZZ_SECONDS:-30} build/fuzz-corpus/$$n tests/fuzz/corpus/$$n || exit 1; \
	done

bench: all
	@tools/bench.sh

clean:
	rm -rf build bin
