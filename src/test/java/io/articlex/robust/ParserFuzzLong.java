package io.articlex.robust;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.io.IOException;

/**
 * The long fuzz run, ten minutes, not part of the ordinary test run (its name is not a test name):
 * <pre>
 * mvn -B test -Dtest=ParserFuzzLong
 * </pre>
 * The pom's {@code fuzz} surefire execution fuzzes it; the printed {@code #N} lines give the count of
 * executions. Jazzer allows one fuzz test per run, hence a class of its own.
 */
class ParserFuzzLong {

    @FuzzTest(maxDuration = "10m")
    void check(byte[] data) throws IOException {
        ParserFuzzTarget.check(data);
    }
}
