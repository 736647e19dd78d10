package io.articlex.batch;

import io.articlex.Parser;
import io.articlex.input.InputError;
import io.articlex.input.InputRules;
import io.articlex.output.ExplainWriter;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * Explains one batch {@link Input} of any kind (file, standard input, JSON Lines record): reads it,
 * parses it with {@link Parser#explain} and renders the result, or says in one line why it could not.
 */
public final class ExplainInputs {

    /** The outcome for one input: the rendering, or the error sentence (then {@code text} is null). */
    public record Result(String name, String text, String error) {
    }

    private final Parser parser;
    private final RecordFields fields;
    private final ExplainWriter.Style style;
    private final Supplier<InputStream> stdin;

    public ExplainInputs(Parser parser, RecordFields fields, ExplainWriter.Style style, Supplier<InputStream> stdin) {
        this.parser = parser;
        this.fields = fields;
        this.style = style;
        this.stdin = stdin;
    }

    public Result explain(Input input) {
        String name = input.name();
        try {
            byte[] bytes;
            if (input instanceof Input.Failed f) {
                return new Result(name, null, f.error());
            } else if (input instanceof Input.Record r) {
                RecordFields.Fields got;
                try {
                    got = fields.read(r.json());
                } catch (RecordFields.BadRecord e) {
                    return new Result(e.id() != null ? e.id() : name, null, e.getMessage());
                }
                name = got.id() != null ? got.id() : name;
                bytes = got.text().getBytes(StandardCharsets.UTF_8);
            } else if (input instanceof Input.Page p) {
                bytes = p.body();
            } else if (input instanceof Input.Url) {
                return new Result(name, null, "--explain reads files and standard input; fetch the page first");
            } else if (input instanceof Input.File f) {
                // Same answers as parse: a FIFO is refused instead of blocking, binary data and size are checked.
                bytes = InputRules.DEFAULT.read(f.path());
            } else {
                bytes = InputRules.DEFAULT.read(stdin.get());
            }
            return new Result(name, ExplainWriter.render(name, parser.explain(bytes), style), null);
        } catch (InputError e) {
            return new Result(name, null, e.getMessage());
        } catch (RuntimeException e) {
            return new Result(name, null, "internal error: " + e);
        }
    }
}
