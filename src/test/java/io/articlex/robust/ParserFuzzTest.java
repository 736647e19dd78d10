package io.articlex.robust;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.io.IOException;

/**
 * The fuzz run of {@code mvn verify}: a fixed number of executions, coverage-guided by Jazzer (the
 * pom's {@code fuzz} surefire execution sets {@code JAZZER_FUZZ}). Without it (an IDE run, the default
 * test execution) the test replays the seeds and earlier findings in
 * src/test/resources/io/articlex/robust/ParserFuzzTestInputs/check as regression tests. A crash
 * found by fuzzing is written there by Jazzer; keep it (and add a named regression test) once fixed.
 * The long run is {@link ParserFuzzLong}.
 */
class ParserFuzzTest {

    @FuzzTest(maxExecutions = 2_000, maxDuration = "3m")
    void check(byte[] data) throws IOException {
        ParserFuzzTarget.check(data);
    }
}
