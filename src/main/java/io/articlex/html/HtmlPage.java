package io.articlex.html;

import io.articlex.pipeline.PageMeta;

import java.util.List;

/**
 * What a saved web page yields before the text pipeline: the body paragraphs in order, the page's
 * metadata, and what the reader had to guess.
 */
public record HtmlPage(List<String> paragraphs, PageMeta meta, List<String> warnings) {
    public HtmlPage {
        paragraphs = List.copyOf(paragraphs);
        warnings = List.copyOf(warnings);
    }
}
