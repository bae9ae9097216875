package org.chatplan.engine.centre;

import org.chatplan.engine.stats.TimeWeighted;

/**
 * The live state of one site: who is on shift, and the time-weighted quantities behind occupancy,
 * utilisation and mean concurrency. Agents who finish their shift while holding chats keep their
 * held chats as available (and busy) slots until they log off, so overtime shows as full occupancy.
 */
final class SiteFloor {
  final int slots;
  /** Agents on shift (state ON). */
  int onShift;
  final TimeWeighted loggedIn = new TimeWeighted();
  final TimeWeighted agentsWithChat = new TimeWeighted();
  final TimeWeighted slotsAvailable = new TimeWeighted();
  final TimeWeighted slotsBusy = new TimeWeighted();
  /** Agents of each shift instance, filled when the instance starts. */
  final int[][] instanceAgents;
  final int[] instanceSize;
  private int[] offDuty = new int[16];
  private int offTop;

  SiteFloor(int slots, ShiftSchedule schedule) {
    this.slots = slots;
    int n = schedule.instances().size();
    instanceAgents = new int[n][];
    instanceSize = new int[n];
    for (int i = 0; i < n; i++) {
      instanceAgents[i] = new int[schedule.instances().get(i).agents()];
    }
  }

  /**
   * An agent who held {@code before} chats started one more. At concurrency 1 an agent with a chat
   * is one busy slot, so only the busy slots are tracked (see {@link #agentsWithChatArea}).
   */
  void chatStarted(double now, int before) {
    slotsBusy.add(now, 1);
    if (before == 0 && slots > 1) {
      agentsWithChat.add(now, 1);
    }
  }

  /** An agent who held {@code before} chats finished one. */
  void chatEnded(double now, int before) {
    slotsBusy.add(now, -1);
    if (before == 1 && slots > 1) {
      agentsWithChat.add(now, -1);
    }
  }

  /**
   * Area of agents holding a chat since the last flush, given the busy-slot area of the same span
   * (which the caller has just flushed): at concurrency 1 the two are the same quantity.
   */
  double agentsWithChatArea(double now, double busySlotArea) {
    return slots == 1 ? busySlotArea : agentsWithChat.flush(now);
  }

  /** An agent record that is off duty, or -1 when a new one must be created. */
  int takeOffDuty() {
    return offTop > 0 ? offDuty[--offTop] : -1;
  }

  void putOffDuty(int agent) {
    if (offTop == offDuty.length) {
      offDuty = java.util.Arrays.copyOf(offDuty, offTop * 2);
    }
    offDuty[offTop++] = agent;
  }
}
