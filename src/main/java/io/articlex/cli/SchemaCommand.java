package io.articlex.cli;

import io.articlex.output.OutputSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code articlex schema}: prints the JSON Schema of the output lines. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {"Print the JSON Schema (draft 2020-12) of the lines 'articlex parse' writes.",
                "An output line is an article or an error record {\"file\", \"error\"}."},
        footer = {"  articlex schema > articlex.schema.json"})
final class SchemaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String schema = OutputSchema.json();
        out.print(schema.endsWith("\n") ? schema : schema + "\n");
        out.flush();
        return Errors.OK;
    }
}
