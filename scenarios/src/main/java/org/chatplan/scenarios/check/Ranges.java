package org.chatplan.scenarios.check;

import java.util.ArrayList;
import java.util.List;

/** Runs of consecutive flagged slots in a cyclic week; a run may wrap from the end to the start. */
final class Ranges {
  private Ranges() {}

  /** A run: first slot and length (the run covers first .. first + length - 1, modulo the week). */
  record Run(int first, int length) {
  }

  static List<Run> of(boolean[] flags) {
    int n = flags.length;
    List<Run> runs = new ArrayList<>();
    int all = 0;
    for (boolean f : flags) {
      all += f ? 1 : 0;
    }
    if (all == 0) {
      return runs;
    }
    if (all == n) {
      runs.add(new Run(0, n));
      return runs;
    }
    int start = 0;
    while (flags[start] || !flags[(start + n - 1) % n]) {
      start = (start + 1) % n;
    }
    // start is an unflagged slot right after a run, so every run met from here on is whole
    int i = 0;
    while (i < n) {
      int slot = (start + i) % n;
      if (flags[slot]) {
        int len = 0;
        while (len < n && flags[(slot + len) % n]) {
          len++;
        }
        runs.add(new Run(slot, len));
        i += len;
      } else {
        i++;
      }
    }
    runs.sort((a, b) -> Integer.compare(a.first(), b.first()));
    return runs;
  }
}
