package io.articlex.output;

import io.articlex.model.Article;

/**
 * Turns one parsed article, or one failed input, into what is printed for it. Implementations are
 * stateless and thread-safe: a batch calls them from its worker threads.
 */
public interface ArticleWriter {

    /** The output for a parsed article; no trailing newline. */
    String article(String file, Article article);

    /**
     * The same for a page with an address of its own (a WARC record, a fetched URL); formats without
     * a place for it print it as {@link #article(String, Article)} does.
     */
    default String article(String file, String url, Article article) {
        return article(file, article);
    }

    /**
     * The output of {@link #article(String, String, Article)} as UTF-8 bytes, when this writer makes
     * them without a String in between (compact JSON); null when it does not, and the String is encoded.
     */
    default byte[] articleUtf8(String file, String url, Article article) {
        return null;
    }

    /** What goes before the first article (a CSV header row), or null. */
    default String header() {
        return null;
    }

    /** The output for an input that could not be parsed; no trailing newline. */
    String error(String file, String message);

    /** JSON Lines, compact or indented: the default and the contract. */
    static ArticleWriter json(boolean pretty) {
        return new ArticleWriter() {
            @Override
            public String article(String file, Article a) {
                return ArticleJson.write(file, a, pretty);
            }

            @Override
            public String article(String file, String url, Article a) {
                return ArticleJson.write(file, url, a, pretty);
            }

            @Override
            public byte[] articleUtf8(String file, String url, Article a) {
                return pretty ? null : ArticleJson.utf8(file, url, a);
            }

            @Override
            public String error(String file, String message) {
                return ArticleJson.error(file, message);
            }
        };
    }
}
