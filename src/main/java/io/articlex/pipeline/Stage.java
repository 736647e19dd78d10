package io.articlex.pipeline;

/**
 * One step of the text pipeline. A stage is immutable and thread-safe: it holds only its rules and
 * returns a new {@link Draft}; it never throws on odd input but records a warning instead.
 */
@FunctionalInterface
public interface Stage {
    Draft apply(Draft draft);
}
