package io.articlex.batch;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The lines of a JSON Lines input as {@link Input.Record}s, read one at a time (never the whole file).
 * Blank lines are not records and are skipped; line numbers still count them, so a record's number is
 * its line in the file. A read error ends the input with one failed record.
 */
final class JsonLinesReader extends Lookahead<Input> implements Closeable {

    private final String source;
    private final BufferedReader reader;
    private long lineNo;
    private boolean done;

    JsonLinesReader(String source, InputStream in) {
        this.source = source;
        this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    @Override
    protected Input advance() {
        while (!done) {
            try {
                String line = reader.readLine();
                if (line == null) {
                    done = true;
                    close();
                } else {
                    lineNo++;
                    if (!line.isBlank()) {
                        return new Input.Record(source, lineNo, line);
                    }
                }
            } catch (IOException e) {
                done = true;
                return new Input.Failed(source + ":" + (lineNo + 1), Problems.cannotRead(e));
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
