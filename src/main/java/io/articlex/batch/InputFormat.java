package io.articlex.batch;

import java.util.Locale;

/**
 * How the bytes of an input are read. {@link #AUTO} decides per file: a {@code .jsonl} or
 * {@code .ndjson} name is read as JSON Lines, anything else as an article.
 */
public enum InputFormat {
    AUTO, TEXT, HTML, JSONL;

    /** The format of one named input once AUTO has been resolved: only JSONL changes how it is walked. */
    public boolean isJsonLines(String name) {
        if (this == JSONL) {
            return true;
        }
        if (this != AUTO) {
            return false;
        }
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".jsonl") || n.endsWith(".ndjson");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
