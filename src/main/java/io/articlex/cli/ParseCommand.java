package io.articlex.cli;

import io.articlex.Articlex;
import io.articlex.Parser;
import io.articlex.output.ArticleJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code articlex parse FILE...}: one JSON line per input, in input order. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = {"Parse articles and print one JSON object per input, one per line.",
                "With no FILE, or when FILE is -, read standard input."})
final class ParseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Text files to parse; - for standard input.")
    List<String> files = List.of();

    @Option(names = "--pretty", description = "Indent the JSON for people to read.")
    boolean pretty;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Parser parser = Articlex.parser();
        List<String> inputs = files.isEmpty() ? List.of("-") : files;
        int failed = 0;
        for (String name : inputs) {
            String line;
            try {
                byte[] bytes = name.equals("-") ? System.in.readAllBytes() : read(Path.of(name));
                line = ArticleJson.write(name, parser.parse(bytes), pretty);
            } catch (InputException e) {
                failed++;
                err.println("articlex: " + name + ": " + e.getMessage());
                line = ArticleJson.error(name, e.getMessage());
            } catch (IOException e) {
                failed++;
                String msg = "cannot read: " + Errors.oneLine(e);
                err.println("articlex: " + name + ": " + msg);
                line = ArticleJson.error(name, msg);
            }
            out.println(line);
        }
        out.flush();
        return failed == 0 ? Errors.OK : Errors.SOME_FAILED;
    }

    private static byte[] read(Path path) throws IOException {
        try {
            if (Files.isDirectory(path)) {
                throw new InputException("is a directory");
            }
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new InputException("no such file");
        } catch (AccessDeniedException e) {
            throw new InputException("permission denied");
        }
    }

    /** A failure that belongs to one input; its message is the error sentence. */
    static final class InputException extends IOException {
        InputException(String message) {
            super(message);
        }
    }
}
