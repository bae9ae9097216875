package org.chatplan.engine.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

class RandomStreamsTest {
  @Test
  void sameSeedStreamAndReplicationGiveTheSameNumbersWhateverWasOpenedBefore() {
    RandomStreams a = RandomStreams.of(42, 8);
    RandomStreams b = RandomStreams.of(42, 8);
    b.open(StreamId.PATIENCE, 3, 7).nextLong(); // opening others first must not matter
    UniformRandomProvider x = a.open(StreamId.ARRIVALS, 1, 5);
    UniformRandomProvider y = b.open(StreamId.ARRIVALS, 1, 5);
    for (int i = 0; i < 1000; i++) {
      assertEquals(x.nextLong(), y.nextLong());
    }
  }

  @Test
  void streamsDifferAcrossIdsSubStreamsReplicationsAndSeeds() {
    RandomStreams s = RandomStreams.of(42, 4);
    long base = s.open(StreamId.ARRIVALS, 0, 0).nextLong();
    assertNotEquals(base, s.open(StreamId.ARRIVALS, 1, 0).nextLong());
    assertNotEquals(base, s.open(StreamId.ARRIVALS, 0, 1).nextLong());
    assertNotEquals(base, s.open(StreamId.PATIENCE, 0, 0).nextLong());
    assertNotEquals(base, RandomStreams.of(43, 4).open(StreamId.ARRIVALS, 0, 0).nextLong());
  }

  @Test
  void replicationStreamsDoNotDependOnTheNumberOfReplications() {
    long a = RandomStreams.of(7, 3).open(StreamId.BOT, 0, 2).nextLong();
    long b = RandomStreams.of(7, 50).open(StreamId.BOT, 0, 2).nextLong();
    assertEquals(a, b);
  }
}
