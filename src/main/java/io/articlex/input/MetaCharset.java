package io.articlex.input;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charset label a page's markup gives in a {@code <meta>} tag: {@code <meta charset="x">} or
 * {@code <meta http-equiv="Content-Type" content="text/html; charset=x">}. The text decoder's guess for
 * bytes that are not UTF-8 and the HTML decoder both ask, and must agree on what counts as a
 * declaration: the two once kept their own patterns, one of which missed a space after the quote.
 */
public final class MetaCharset {

    /** Case-insensitive; the gap before {@code charset} is bounded and nothing is nested, so it cannot backtrack badly. */
    private static final Pattern META = Pattern.compile(
            "(?i)<meta\\b[^>]{0,400}?charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.\\-]{1,40})");

    private MetaCharset() {
    }

    /** The first declared label in {@code head}, lower-case, or null when there is none. */
    public static String label(CharSequence head) {
        Matcher m = META.matcher(head);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }
}
