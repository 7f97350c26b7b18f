# litu - small Unix filters for small-town urbanization and rural labour.
#
#   make            build lib/liblitu.a and every program into bin/
#   make run        install what is needed, build, run the yearly pipeline
#   make check      install what is needed, build, run every test
#   make check SANITIZE=1   the same under ASan and UBSan
#   make check-cluster      (root) the multi-host recipes, on namespaces
#   make bench      throughput side by side with peer tools
#   make install    PREFIX, DESTDIR, BINDIR, MANDIR, DATADIR

PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man
# The division lists; the programs find them at ../share/litu from
# their own folder, so BINDIR and DATADIR move together.
DATADIR ?= $(PREFIX)/share/litu

CC ?= cc
CFLAGS ?= -O2 -g
override CFLAGS += -std=gnu11 -Wall -Wextra -Wpedantic -MMD -MP -Ilib
override LDLIBS += -lcsv -lz -lm -pthread

ifeq ($(SANITIZE),1)
override CFLAGS += -fsanitize=address,undefined -fno-omit-frame-pointer \
	-fno-sanitize-recover=undefined
override LDFLAGS += -fsanitize=address,undefined
BUILD := build/san
else
BUILD := build/opt
endif

PROGS := $(notdir $(wildcard filters/*))
LIB_SRC := $(wildcard lib/*.c)
LIB_OBJ := $(LIB_SRC:%.c=$(BUILD)/%.o)
LIB := $(BUILD)/liblitu.a
BINS := $(PROGS:%=bin/%)
# The pipelines users run (run-sample is make run's own).
SCRIPTS := $(filter-out %/run-sample %.example %.bash,$(wildcard pipelines/*))
# What the parallel pipelines source (installed beside the lists).
SHLIB := pipelines/parallel.bash
# A page for each filter and each installed pipeline script.
MAN1 := $(PROGS:%=docs/%.1) $(patsubst pipelines/%,docs/%.1,$(SCRIPTS))
MAN5 := docs/tcsv.5
MAN7 := docs/litu.7
DATA := $(wildcard sample-data/divisions/*.csv sample-data/divisions/*.gz \
	sample-data/divisions/*.LICENSE) sample-data/divisions/README.md

# parse-census reads workbooks: .xlsx (minizip, expat) and .xls
# (FreeXL); only it and its tests link them.
WB_LIBS := -lminizip -lexpat -lfreexl
WB_SRC := $(addprefix filters/parse-census/,source.c book.c sheetcell.c \
	xlsx.c xlsxmeta.c xlsxpart.c xls.c)
bin/parse-census $(BUILD)/tests/unit/parse-census.bin \
	$(BUILD)/tests/fuzz/replay-parse-census: override LDLIBS += $(WB_LIBS)

# Unit tests: tests/unit/lib/*.c with the lib; tests/unit/NAME/*.c with
# the lib and filters/NAME/ but its main.c.
UNIT_DIRS := $(notdir $(patsubst %/,%,$(wildcard tests/unit/*/)))
UNIT_BINS := $(UNIT_DIRS:%=$(BUILD)/tests/unit/%.bin)

GENS := tests/gen/gen-census tests/gen/gen-panel tests/bench/lt-cat

# Objects of sources (a function, so that pattern rules leave its % alone).
objs = $(patsubst %.c,$(BUILD)/%.o,$(1))

all: $(BINS) $(GENS)

$(BUILD)/%.o: %.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(CPPFLAGS) -c -o $@ $<

$(LIB): $(LIB_OBJ)
	@rm -f $@
	$(AR) rcs $@ $^

# Each program links its folder's objects with the lib.
.SECONDEXPANSION:
bin/%: $$(call objs,$$(wildcard filters/$$*/*.c)) $(LIB)
	@mkdir -p bin
	$(CC) $(LDFLAGS) -o $@ $(filter %.o %.a,$^) $(LDLIBS)
	@# Which build is in bin/ decides whether it is rebuilt.
	@echo $(BUILD) > bin/.build

# bin/ holds one build at a time: switching SANITIZE rebuilds it.
ifneq ($(shell cat bin/.build 2>/dev/null),$(BUILD))
$(BINS): FORCE
endif
FORCE:

$(BUILD)/tests/unit/%.bin: $$(call objs,$$(wildcard tests/unit/$$*/*.c) $$(filter-out filters/$$*/main.c,$$(wildcard filters/$$*/*.c))) $(LIB)
	@mkdir -p $(@D)
	$(CC) $(LDFLAGS) -o $@ $^ -lcriterion $(LDLIBS)

$(BUILD)/tests/unit/%.o: override CPPFLAGS += -DLT_SRCDIR=\"$(CURDIR)\" -Ifilters/$(word 3,$(subst /, ,$*))

tests/gen/%: tests/gen/%.c
	$(CC) -O2 -std=gnu11 -Wall -Wextra -Wpedantic -o $@ $<

# Debian packages the build, the tests and the docs need.
DEPS := gcc make libcsv-dev zlib1g-dev libcriterion-dev pkg-config \
	libminizip-dev libexpat1-dev libfreexl-dev python3-openpyxl python3-xlwt \
	mandoc perl parallel valgrind xxd bsdextrautils procps python3 \
	chromium fonts-wqy-microhei
deps:
	@missing=$$(for p in $(DEPS); do \
		dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | \
		grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "installing:" $$missing; \
		if [ "$$(id -u)" != 0 ]; then SUDO=sudo; fi; \
		$$SUDO apt-get update -q && \
		DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q \
			--no-install-recommends $$missing; \
	fi

# make check-cluster: the multi-host recipes of docs/scaling.md on
# hosts made of network namespaces (sshd, munged, slurmctld, slurmd),
# tests/cluster/run; as root.  deps-cluster installs their packages.
DEPS_CLUSTER := openssh-server openssh-client slurm-wlm munge iproute2 \
	util-linux parallel
deps-cluster:
	@if [ "$$(id -u)" = 0 ]; then \
		$(MAKE) --no-print-directory DEPS="$(DEPS_CLUSTER)" deps; \
	else \
		echo "deps-cluster: not root: nothing installed (check-cluster will skip)"; \
	fi

check-cluster: deps deps-cluster
	@$(MAKE) --no-print-directory all
	@bash tests/cluster/run

check: deps
	@$(MAKE) --no-print-directory all unit-bins
	@LITU_BUILD=$(BUILD) sh tests/run-tests

unit-bins: $(UNIT_BINS)

# The command-level tests again, every program under valgrind (memcheck:
# any error or definite leak makes the program exit 99, which fails its
# case).  "Possibly lost" is not shown: a program that stops on bad data
# leaves its gzip thread, whose TLS valgrind counts so.
check-valgrind: deps
	@$(MAKE) --no-print-directory all unit-bins
	@rm -rf tests/out/vg-bin && mkdir -p tests/out/vg-bin
	@for p in $(BINS); do \
		printf '#!/bin/sh\nexec valgrind -q --error-exitcode=99 --leak-check=full --show-possibly-lost=no --errors-for-leak-kinds=definite "%s" "$$@"\n' \
			"$(CURDIR)/$$p" > tests/out/vg-bin/$$(basename $$p); \
		chmod +x tests/out/vg-bin/$$(basename $$p); done
	@LITU_BIN=$(CURDIR)/tests/out/vg-bin LITU_ONLY_CMD=1 sh tests/run-tests

run: deps
	@$(MAKE) --no-print-directory all
	@sh pipelines/run-sample

bench: deps all
	@sh tests/bench/run

lint:
	mandoc -Tlint -W warning $(MAN1) $(MAN5) $(MAN7)

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
		$(DESTDIR)$(MANDIR)/man5 $(DESTDIR)$(MANDIR)/man7 \
		$(DESTDIR)$(DATADIR)
	install -m 755 $(BINS) $(SCRIPTS) $(DESTDIR)$(BINDIR)
	install -m 644 $(MAN1) $(DESTDIR)$(MANDIR)/man1
	install -m 644 $(MAN5) $(DESTDIR)$(MANDIR)/man5
	install -m 644 $(MAN7) $(DESTDIR)$(MANDIR)/man7
	install -m 644 $(DATA) $(SHLIB) $(DESTDIR)$(DATADIR)

uninstall:
	rm -f $(PROGS:%=$(DESTDIR)$(BINDIR)/%) \
		$(patsubst %,$(DESTDIR)$(BINDIR)/%,$(notdir $(SCRIPTS))) \
		$(patsubst docs/%,$(DESTDIR)$(MANDIR)/man1/%,$(MAN1)) \
		$(DESTDIR)$(MANDIR)/man5/tcsv.5 $(DESTDIR)$(MANDIR)/man7/litu.7 \
		$(patsubst %,$(DESTDIR)$(DATADIR)/%,$(notdir $(DATA) $(SHLIB)))
	-rmdir $(DESTDIR)$(DATADIR)

clean:
	rm -rf build bin $(GENS) tests/out

.PHONY: deps-fuzz fuzz fuzz-lib fuzz-whole all deps deps-cluster check check-cluster check-valgrind unit-bins run bench lint install uninstall clean FORCE

-include $(shell find build -name '*.d' 2>/dev/null)
.SECONDARY:

tests/bench/lt-cat: $(BUILD)/tests/bench/lt-cat.o $(LIB)
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

# Fuzzing (libFuzzer, clang): make fuzz FUZZ_SECONDS=600 runs each
# harness in tests/fuzz/ for that long, its corpus seeded from the tests
# and sample data; a crash input goes to tests/fuzz/regress/NAME/, which
# make check replays.
FUZZ_SECONDS ?= 60
FUZZERS := $(patsubst tests/fuzz/fuzz_%.c,%,$(wildcard tests/fuzz/fuzz_*.c))
FUZZ_CFLAGS := -g -O1 -fsanitize=fuzzer,address,undefined \
	-fno-sanitize-recover=undefined -Ilib
FUZZ_LIB := $(LIB_SRC)

build/fuzz/%: tests/fuzz/fuzz_%.c $(LIB_SRC) lib/litu.h lib/internal.h
	@mkdir -p $(@D)
	clang $(FUZZ_CFLAGS) -o $@ $< $(FUZZ_LIB) $(filter-out filters/$*/main.c,$(wildcard filters/$*/*.c)) \
		-Ifilters/$* -lcsv -lz -lm -pthread $(WB_LIBS)

# The workbook readers' harness takes parse-census's readers only.
build/fuzz/workbook: tests/fuzz/fuzz_workbook.c $(WB_SRC) $(LIB_SRC) lib/litu.h lib/internal.h
	@mkdir -p $(@D)
	clang $(FUZZ_CFLAGS) -DFUZZ_SUPP=\"$(CURDIR)/tests/fuzz/freexl.supp\" \
		-o $@ $< $(FUZZ_LIB) $(WB_SRC) \
		-Ifilters/parse-census -lcsv -lz -lm -pthread $(WB_LIBS)

# What make fuzz needs besides the build's DEPS: clang for libFuzzer,
# AFL++ for the whole programs (not in DEPS: make check needs neither).
DEPS_FUZZ := clang afl++
deps-fuzz:
	@$(MAKE) --no-print-directory deps DEPS="$(DEPS_FUZZ)"

fuzz: deps-fuzz fuzz-lib fuzz-whole

fuzz-lib: $(FUZZERS:%=build/fuzz/%)
	@for f in $(FUZZERS); do \
		mkdir -p build/fuzz/corpus-$$f tests/fuzz/regress/$$f; \
		cp tests/cmd/data/* sample-data/*.csv sample-data/census/*.xls* \
		    tests/out/cmd/wb/*.xls* build/fuzz/corpus-$$f/ 2>/dev/null; \
		echo "fuzzing $$f for $(FUZZ_SECONDS) s"; \
		(cd tests/fuzz/regress/$$f && ../../../../build/fuzz/$$f \
			-max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 \
			../../../../build/fuzz/corpus-$$f) 2>&1 | \
			grep -E 'stat::number_of_executed_units|cov:|crash|ERROR' | tail -3; \
	done

# The regression inputs, replayed by make check with the gcc build.
$(BUILD)/tests/fuzz/replay-%: tests/fuzz/replay.c tests/fuzz/fuzz_%.c $(LIB)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(LDFLAGS) -Ifilters/$* -o $@ tests/fuzz/replay.c \
		tests/fuzz/fuzz_$*.c $(filter-out filters/$*/main.c,$(wildcard filters/$*/*.c)) $(LIB) $(LDLIBS)

$(BUILD)/tests/fuzz/replay-workbook: tests/fuzz/replay.c tests/fuzz/fuzz_workbook.c $(WB_SRC) $(LIB)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(LDFLAGS) -Ifilters/parse-census \
		-DFUZZ_SUPP=\"$(CURDIR)/tests/fuzz/freexl.supp\" \
		-o $@ $(filter %.c %.a,$^) $(LDLIBS) $(WB_LIBS)

unit-bins: $(FUZZERS:%=$(BUILD)/tests/fuzz/replay-%)

# Whole programs (AFL++, tests/fuzz/whole.c says why): each filter's
# main path, its options picked by the input's first byte, built with
# afl-clang-fast under ASan and UBSan; make fuzz-whole runs each for
# FUZZ_SECONDS from a corpus of the tests' and sample data
# (tests/fuzz/seeds), and copies what crashed to
# tests/fuzz/regress/whole-NAME/, which make check replays.
WHOLE_CC := AFL_USE_ASAN=1 AFL_USE_UBSAN=1 AFL_QUIET=1 afl-clang-fast
WHOLE_CFLAGS := -g -O1 -std=gnu11 -fno-sanitize-recover=undefined \
	-fno-omit-frame-pointer -Ilib -DLT_SRCDIR=\"$(CURDIR)\"

build/fuzz/whole-%-main.o: filters/%/main.c $(wildcard lib/*.h) \
    $$(wildcard filters/$$*/*.h)
	@mkdir -p $(@D)
	$(WHOLE_CC) $(WHOLE_CFLAGS) -Ifilters/$* -Dmain=lt_filter_main -c -o $@ $<

build/fuzz/whole-%: build/fuzz/whole-%-main.o tests/fuzz/whole.c $(LIB_SRC) \
    $$(wildcard filters/$$*/*.c filters/$$*/*.h) lib/litu.h lib/internal.h
	$(WHOLE_CC) $(WHOLE_CFLAGS) -Ifilters/$* -DLT_FUZZ_PROG=\"$*\" -o $@ \
		tests/fuzz/whole.c $< $(LIB_SRC) \
		$(filter-out filters/$*/main.c,$(wildcard filters/$*/*.c)) \
		-lcsv -lz -lm -pthread $(if $(filter parse-census,$*),$(WB_LIBS))

fuzz-whole: deps-fuzz $(PROGS:%=build/fuzz/whole-%)
	@for p in $(PROGS); do \
		sh tests/fuzz/run-whole $$p $(FUZZ_SECONDS) || exit 1; done

# The replay of tests/fuzz/regress/whole-NAME/ by make check: the same
# driver with the build's compiler, each input in a child process.
$(BUILD)/tests/fuzz/whole-%-main.o: filters/%/main.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(CPPFLAGS) -Ifilters/$* -Dmain=lt_filter_main -c -o $@ $<

$(BUILD)/tests/fuzz/replay-whole-%: tests/fuzz/whole.c $(BUILD)/tests/fuzz/whole-%-main.o \
    $$(call objs,$$(filter-out filters/$$*/main.c,$$(wildcard filters/$$*/*.c))) $(LIB)
	$(CC) $(CFLAGS) $(LDFLAGS) -Ifilters/$* -DLT_FUZZ_PROG=\"$*\" \
		-DLT_SRCDIR=\"$(CURDIR)\" -o $@ $(filter %.c %.o %.a,$^) $(LDLIBS) \
		$(if $(filter parse-census,$*),$(WB_LIBS))

unit-bins: $(PROGS:%=$(BUILD)/tests/fuzz/replay-whole-%)
