package io.articlex.html;

import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Drops a cookie or consent notice left at the end of the picked body ("We and our partners use
 * cookies ... By continuing to use this site you agree ...").
 *
 * <p>Why: the picker keeps such dialogs out by their class names ("cookie", "consent", "gdpr"), but
 * a banner in a box named for its place ("bottom-bar") is prose of some length after a short
 * article, and the article's container can take it in. Only a run of notice lines at the end
 * counts, and only in another box than the article's last paragraph: an article about the rules
 * for cookies that ends on consent stays whole. The words live in {@code consent-notices.txt}.
 */
final class ConsentNotices {

    private final Set<String> cookie;
    private final Set<String> consent;

    private ConsentNotices(WordSections w) {
        cookie = w.section("cookie");
        consent = w.section("consent");
    }

    static ConsentNotices builtIn() {
        return Holder.BUILT_IN;
    }

    private static final class Holder {
        static final ConsentNotices BUILT_IN = new ConsentNotices(WordSections.read("consent-notices.txt"));
    }

    /**
     * The blocks without the notice at their end, or {@code blocks} itself. The notice is the run
     * after the last body paragraph of notice lines, headings and short lines (its buttons, "We
     * value your privacy"), in other boxes than that paragraph's.
     */
    List<Block> cut(List<Block> blocks) {
        int start = blocks.size();
        while (start > 0) {
            Block b = blocks.get(start - 1);
            if (!isNotice(b.text()) && b.kind() != Block.Kind.HEADING && ContentPicker.substantive(b)) {
                break;
            }
            start--;
        }
        if (start == 0) {
            return blocks;
        }
        Element bodyBox = blocks.get(start - 1).owner().parent();
        for (int j = start; j < blocks.size(); j++) {
            if (blocks.get(j).owner().parent() == bodyBox) {
                start = j + 1;
            }
        }
        for (int j = start; j < blocks.size(); j++) {
            if (isNotice(blocks.get(j).text())) {
                return blocks.subList(0, start);
            }
        }
        return blocks;
    }

    /** True when the line names cookies and consent. */
    boolean isNotice(String text) {
        // A cheap test first: the notice's own word, in either case.
        if (text.indexOf("ookie") < 0 && text.indexOf("OOKIE") < 0) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT);
        boolean named = false;
        for (String w : cookie) {
            named |= t.contains(w);
        }
        if (!named) {
            return false;
        }
        for (String w : consent) {
            if (t.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
