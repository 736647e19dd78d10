package io.articlex.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** Runs the CLI in-process with captured streams, as a user would run it from a shell. */
final class CliRunner {

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        return runWithStdin(null, args);
    }

    static Result runWithStdin(String stdin, String... args) {
        return runWithBytes(stdin == null ? null : stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    static synchronized Result runWithBytes(byte[] stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        InputStream saved = System.in;
        try {
            if (stdin != null) {
                System.setIn(new ByteArrayInputStream(stdin));
            }
            int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
            return new Result(code, out.toString(), err.toString());
        } finally {
            System.setIn(saved);
        }
    }

    private CliRunner() {
    }
}
