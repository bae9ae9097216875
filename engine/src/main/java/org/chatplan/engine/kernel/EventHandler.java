package org.chatplan.engine.kernel;

/** The model side of the kernel: handles one popped event at the simulator's current time. */
@FunctionalInterface
public interface EventHandler {
  void handle(int kind, int target, int aux);
}
