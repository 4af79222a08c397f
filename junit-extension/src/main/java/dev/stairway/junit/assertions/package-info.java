/**
 * AssertJ assertions on schema snapshots: {@link dev.stairway.junit.assertions.StairwayAssertions#assertThat}, for
 * tests that check the schema a revision leaves.
 */
package dev.stairway.junit.assertions;
