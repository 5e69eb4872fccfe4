/* fuzz-common.h — what every fuzz target shares
 *
 * Each target defines LLVMFuzzerTestOneInput (libFuzzer's entry point).
 * Under clang -fsanitize=fuzzer libFuzzer calls it; in every other build
 * fuzz-replay.c calls it once per file of the regression corpus, so the
 * inputs that once crashed are replayed by `meson test` with gcc too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

/* An invariant broke: say which, then abort so libFuzzer keeps the input. */
#define FUZZ_REQUIRE(cond, ...) \
  G_STMT_START { if (!(cond)) { g_printerr (__VA_ARGS__); g_printerr ("\n"); abort (); } } G_STMT_END

void fuzz_check_round_trip (gpointer review);

G_END_DECLS
