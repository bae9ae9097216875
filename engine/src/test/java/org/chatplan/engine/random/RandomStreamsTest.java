package org.chatplan.engine.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
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

  /** Values drawn with the first layout (64 sub-streams): results made before stay the same. */
  @Test
  void theFirst64SubStreamsKeepTheirNumbers() {
    RandomStreams s = RandomStreams.of(42, 8);
    assertEquals(7236568566169544779L, s.open(StreamId.ARRIVALS, 1, 5).nextLong());
    assertEquals(6778669958394466535L, s.open(StreamId.SPARE, 63, 7).nextLong());
    assertEquals(7319418566606407301L, s.open(StreamId.FORECAST, 0, 0).nextLong());
  }

  /** Regions beyond 64 get streams of their own: no two (id, sub) share a place on the chain. */
  @Test
  void everyIdAndSubStreamHasItsOwnStream() {
    Set<Integer> keys = new HashSet<>();
    for (StreamId id : StreamId.values()) {
      for (int sub = 0; sub < RandomStreams.maxSubStreams(); sub++) {
        assertTrue(keys.add(RandomStreams.keyOf(id, sub)), id + " " + sub);
      }
    }
    RandomStreams s = RandomStreams.of(42, 2);
    Set<Long> first = new HashSet<>();
    for (int sub = 60; sub < 70; sub++) {
      for (StreamId id : new StreamId[] {StreamId.ARRIVALS, StreamId.CUSTOMER, StreamId.FORECAST}) {
        assertTrue(first.add(s.open(id, sub, 1).nextLong()), id + " " + sub);
      }
    }
    assertEquals(s.open(StreamId.CUSTOMER, 1000, 1).nextLong(),
        RandomStreams.of(42, 2).open(StreamId.CUSTOMER, 1000, 1).nextLong());
  }
}
