package io.articlex.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cuts a page's body into {@link Block}s: every block-level element opens and closes a block, and
 * line breaks end one too, because many pages lay out paragraphs with {@code <br>} inside one
 * element: two in a row always, a single one unless the next line continues a sentence (see
 * {@link #continues}). Splitting at single breaks matches how readers see the page: on html-dev the
 * share of gold paragraphs found whole rose from 0.87 to 0.92 with the same word F1. Script, style,
 * forms controls, media and elements hidden by the page ({@code hidden}, {@code display:none}) are
 * skipped whole. One iterative walk: deep pages cannot overflow the stack.
 *
 * <p>A table row of plain cells ({@link #dataRow}) is one block, its cells joined with
 * {@link #CELL_SEPARATOR}: a row of a price list, a results table or a timetable says one thing
 * ("Pay | April 15"), and its cells cut apart are fragments that no longer read as text (a year, a
 * figure) and that the text stages' rules take for stray numbers.
 */
final class BlockCollector implements NodeFilter {

    static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "svg", "math", "iframe",
            "object", "embed", "canvas", "video", "audio", "source", "button", "select", "textarea", "input",
            "head", "title", "link", "meta", "map", "dialog", "label", "option");

    static final Set<String> BLOCK = Set.of("address", "article", "aside", "blockquote", "dd", "details", "div",
            "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
            "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "thead",
            "tfoot", "tr", "td", "th", "ul", "caption", "summary", "center", "body", "html", "menu");

    /**
     * Elements that never hold an article's body text. A {@code fieldset} groups a form's controls:
     * its legend and labels are a rating widget's question ("How do you rate this article?"), a comment
     * form's notes or a download chooser's instructions, which stand between paragraphs like prose.
     */
    static final Set<String> CHROME = Set.of("nav", "aside", "footer", "header", "figure", "figcaption", "menu", "fieldset");

    // What a tag is to the walk, looked up once per element visit: on a page of millions of inline
    // elements (unclosed formatting tags, which the parser reopens in every paragraph) the five set
    // look-ups per element were an eighth of the CPU samples of reading the page.
    private static final int SKIPPED = 1;
    private static final int BLOCK_LEVEL = 2;
    private static final int CHROME_LEVEL = 4;
    private static final int BREAK = 8;
    private static final int LINK = 16;
    private static final int CONTROL = 32;
    private static final int SPACED = 64;
    private static final Map<String, Integer> ROLES = roles();

    private static Map<String, Integer> roles() {
        Map<String, Integer> m = new HashMap<>();
        SKIP.forEach(t -> m.merge(t, SKIPPED, (a, b) -> a | b));
        BLOCK.forEach(t -> m.merge(t, BLOCK_LEVEL, (a, b) -> a | b));
        CHROME.forEach(t -> m.merge(t, CHROME_LEVEL, (a, b) -> a | b));
        m.merge("br", BREAK, (a, b) -> a | b);
        m.merge("a", LINK, (a, b) -> a | b);
        for (String t : List.of("input", "select", "textarea", "label")) {
            m.merge(t, CONTROL, (a, b) -> a | b);
        }
        m.merge("time", SPACED, (a, b) -> a | b);
        return m;
    }

    /** Between the cells of a data row. */
    static final String CELL_SEPARATOR = " | ";
    /** A cell longer than this is a layout cell holding running text, not a datum. */
    static final int MAX_CELL_CHARS = 300;
    /** How many nodes of a row are looked at to tell a data row; a larger row is laid out, not tabulated. */
    static final int MAX_ROW_NODES = 400;

    private static int role(Element e) {
        Integer r = ROLES.get(e.normalName());
        return r == null ? 0 : r;
    }

    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder buf = new StringBuilder(256);
    private final List<Element> owners = new ArrayList<>();
    private final List<Element> inlineChrome = new ArrayList<>();
    private final ClassHints hints = ClassHints.builtIn();
    private int bufLinkChars;
    private int bufLeadingLinkChars;
    /** No unlinked character has been added to the buffer yet. */
    private boolean leadingLink = true;
    private int bufChromeChars;
    private int linkDepth;
    private int chromeDepth;
    private boolean pendingSpace;
    /** An element began or ended since the last text: a capitalised word glued on there is a word of its own ({@link #append}). */
    private boolean atEdge;
    /** A {@code <br>} was the last thing seen: a second one ends the paragraph. */
    private boolean afterBr;
    /** A single {@code <br>} came after some text: the next character decides if it ends the paragraph. */
    private boolean pendingLine;
    /** The data row being read as one block, or null. */
    private Element row;
    /** A cell of the data row ended: the next character is preceded by the cell separator. */
    private boolean pendingCell;

    static List<Block> collect(Element body) {
        BlockCollector c = new BlockCollector();
        c.owners.add(body);
        NodeTraversor.filter(c, body);
        c.flush();
        TeaserCards.mark(c.blocks);
        return c.blocks;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
            append(t.getWholeText());
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) {
            return FilterResult.CONTINUE;
        }
        atEdge = true;
        int role = role(e);
        if ((role & SKIPPED) != 0 || hidden(e)) {
            if ((role & CONTROL) != 0) {
                widget(e);
            }
            return FilterResult.SKIP_ENTIRELY;
        }
        if ((role & SPACED) != 0 && buf.length() > 0) {
            // a time set right after a name or label ("<span>By Jane Doe</span><time>"): a word of its own
            pendingSpace = true;
        }
        if ((role & BREAK) != 0) {
            if (afterBr) {
                flush();
            } else {
                afterBr = true;
                pendingLine = buf.length() > 0;
                pendingSpace = pendingLine;
            }
            return FilterResult.CONTINUE;
        }
        if (row != null && e.parent() == row) {
            pendingCell = buf.length() > 0;
        } else if ((role & BLOCK_LEVEL) != 0 && row == null) {
            flush();
            owners.add(e);
            if (e.normalName().equals("tr") && dataRow(e)) {
                row = e;
            }
        }
        if ((role & LINK) != 0) {
            linkDepth++;
        }
        if ((role & CHROME_LEVEL) != 0) {
            chromeDepth++;
        } else if ((role & BLOCK_LEVEL) == 0 && furnitureInline(e)) {
            if (buf.length() > 0 && hints.namesCredit(e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            inlineChrome.add(e);
            chromeDepth++;
        } else if (chromeDepth == 0 && pictureCaption(e)) {
            inlineChrome.add(e);
            chromeDepth++;
        }
        return FilterResult.CONTINUE;
    }

    /** Most characters (not counting white space) of a {@link #pictureCaption}: a caption and its credit. */
    static final int MAX_CAPTION_CHARS = 600;
    /** How many nodes of a picture's box {@link #pictureOnly} looks at: a picture's markup is small. */
    private static final int MAX_PICTURE_NODES = 40;

    /**
     * The element is the text half of a picture's box: its parent holds a picture and then the
     * element, nothing else, and the element's text is short and set in no paragraph. Pages set a
     * photo's caption and credit so ({@code <div><div><img></div><div>Teachers rally at the
     * Statehouse ...</div><div>Jane Doe, AP</div></div>}, {@code <li><div><img></div><div>caption
     * Photo: Jane Doe</div></li>} in a slideshow, {@code <div><p><picture>...</picture></p><span>caption
     * (Image: GETTY)</span></div>}), and when no class names the box as a caption the caption read
     * as the article's prose between its paragraphs. The caption must credit the picture ({@link #credited}):
     * a how-to sets its step pictures the same way, and their words are its text. Body text after a
     * picture sits in paragraphs, or in boxes with more in them than a picture and one text, and an
     * icon set before a paragraph's words stands inside the paragraph; a caption written as a
     * {@code <p>} is left to the class names.
     */
    private static boolean pictureCaption(Element e) {
        if (nonBlank(e.nextSibling(), true) != null || !(nonBlank(e.previousSibling(), false) instanceof Element picture)) {
            return false;
        }
        Node before = nonBlank(picture.previousSibling(), false);
        Element box = e.parent();
        if (before != null || box == null || e.normalName().equals("p") || !pictureOnly(picture)) {
            return false;
        }
        String tag = box.normalName();
        if (tag.equals("body") || tag.equals("article") || tag.equals("main") || tag.equals("html") || tag.equals("p")) {
            return false;
        }
        return captionText(e);
    }

    /** The first node from {@code n} on, going forward or back among its siblings, that is not {@link #blank}; null if none. */
    private static Node nonBlank(Node n, boolean forward) {
        while (n != null && blank(n)) {
            n = forward ? n.nextSibling() : n.previousSibling();
        }
        return n;
    }

    /** White space, a comment or a script between a picture and its caption. */
    private static boolean blank(Node n) {
        if (n instanceof TextNode t) {
            return t.isBlank();
        }
        return !(n instanceof Element x) || (role(x) & SKIPPED) != 0 && !x.normalName().equals("button");
    }

    /** An image, or a small box holding one and no text ({@code <a><img></a>}, {@code <p><picture>}). */
    private static boolean pictureOnly(Element e) {
        boolean[] image = {false};
        int[] nodes = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (++nodes[0] > MAX_PICTURE_NODES) {
                    image[0] = false;
                    return FilterResult.STOP;
                }
                if (node instanceof TextNode t) {
                    if (!t.isBlank()) {
                        image[0] = false;
                        return FilterResult.STOP;
                    }
                } else if (node instanceof Element x) {
                    String tag = x.normalName();
                    if (tag.equals("img") || tag.equals("picture")) {
                        image[0] = true;
                    } else if (x != e && (role(x) & SKIPPED) != 0) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, e);
        return image[0];
    }

    /** Most link text (white space not counted) of a {@link #pictureCaption}: a "more" or "less" toggle. */
    static final int MAX_CAPTION_LINK_CHARS = 12;

    private static final WordSections CREDITS = WordSections.read("caption-credits.txt");
    private static final Set<String> CREDIT_LABELS = CREDITS.section("label");
    private static final Set<String> CREDIT_AGENCIES = CREDITS.section("agency");

    /**
     * Some text, at most {@link #MAX_CAPTION_CHARS} of it, with a picture's credit in it ({@link #credited}),
     * no paragraph or heading element, and no link but a short toggle: a teaser card sets its linked
     * headline beside its picture the same way.
     */
    private static boolean captionText(Element e) {
        int[] chars = {0, 0};
        StringBuilder text = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    text.append(s).append(' ');
                    boolean linked = linked(t.parent(), e);
                    for (int k = 0; k < s.length(); k++) {
                        if (!Character.isWhitespace(s.charAt(k))) {
                            chars[0]++;
                            if (linked && ++chars[1] > MAX_CAPTION_LINK_CHARS) {
                                chars[0] = -1;
                                return FilterResult.STOP;
                            }
                        }
                    }
                } else if (node instanceof Element x && x != e) {
                    String tag = x.normalName();
                    if (tag.equals("p") || tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
                        chars[0] = -1;
                        return FilterResult.STOP;
                    }
                    if ((role(x) & SKIPPED) != 0) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                }
                if (chars[0] > MAX_CAPTION_CHARS) {
                    chars[0] = -1;
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        }, e);
        return chars[0] > 0 && credited(text);
    }

    /**
     * The text credits a picture: a {@code [label]} word of {@code caption-credits.txt} before a colon or
     * a slash ("Photo: Jane Doe", "AP Photo/John Smith"), an {@code [agency]} named as a whole word
     * ("Michael Conroy, AP"), or a copyright sign.
     */
    static boolean credited(CharSequence t) {
        int n = t.length();
        for (int i = 0; i < n; ) {
            char c = t.charAt(i);
            if (c == '\u00a9') {
                return true;
            }
            if (!Character.isLetter(c)) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && Character.isLetter(t.charAt(end))) {
                end++;
            }
            String word = t.subSequence(i, end).toString();
            if (CREDIT_AGENCIES.contains(word)) {
                return true;
            }
            int k = end;
            while (k < n && t.charAt(k) == ' ') {
                k++;
            }
            if (k < n && (t.charAt(k) == ':' || t.charAt(k) == '/') && CREDIT_LABELS.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
            i = end;
        }
        return false;
    }

    /** The element is a link or sits in one, up to {@code top} (itself a link or not). */
    private static boolean linked(Element x, Element top) {
        for (; x != null; x = x.parent()) {
            if (x.normalName().equals("a")) {
                return true;
            }
            if (x == top) {
                return false;
            }
        }
        return false;
    }

    /** Most characters (not counting white space) of a box around a form control that is furniture. */
    static final int MAX_WIDGET_CHARS = 200;
    /** Longest run of text in such a box: a body paragraph is longer than a widget's line. */
    static final int MAX_WIDGET_RUN = 120;
    /** How far up from a control its box is looked for. */
    private static final int MAX_WIDGET_LEVELS = 5;

    /**
     * A control a reader types into or chooses with ({@code <input type="email">}, radio buttons, a
     * select) makes the short box around it furniture: a newsletter sign-up ("The Morning Briefing /
     * The day's top stories in your inbox") or a poll ("Should cars be banned ...? / 1,204 votes") set
     * between an article's paragraphs in a box whose classes say nothing ({@code box box--grey},
     * {@code not-prose rounded-xl}). Their lines read as prose, and the controls are the one sign. The
     * box is the control's nearest ancestor that holds text, when that text is short and has no run of
     * a paragraph's length, and never the article's own element; it is not widened further up, where
     * the paragraphs of a short article around the box would be taken with it. Blocks of the box read
     * before the control are marked too.
     */
    private void widget(Element control) {
        if (!userControl(control)) {
            return;
        }
        Element box = null;
        Element p = control.parent();
        for (int level = 0; p != null && level < MAX_WIDGET_LEVELS; level++, p = p.parent()) {
            String tag = p.normalName();
            if (tag.equals("body") || tag.equals("html") || tag.equals("main") || tag.equals("article")
                    || (role(p) & CHROME_LEVEL) != 0) {
                break;
            }
            int chars = widgetText(p);
            if (chars != 0) {
                box = chars > 0 ? p : null;
                break;
            }
        }
        if (box == null || !inlineChrome.isEmpty() && isInside(inlineChrome.get(inlineChrome.size() - 1), box)) {
            return;
        }
        for (int i = blocks.size() - 1; i >= 0 && isInside(blocks.get(i).owner(), box); i--) {
            Block b = blocks.get(i);
            blocks.set(i, new Block(b.owner(), b.text(), b.linkChars(), b.leadingLinkChars(), b.kind(), true, b.card()));
        }
        inlineChrome.add(box);
        chromeDepth++;
    }

    private static boolean userControl(Element c) {
        if (c.normalName().equals("label")) {
            // a radio button or check box inside its label ("<label><input type=radio> Yes</label>")
            for (Element x : c.getElementsByTag("input")) {
                if (userControl(x)) {
                    return true;
                }
            }
            return false;
        }
        if (!c.normalName().equals("input")) {
            return true;
        }
        String type = c.attr("type").toLowerCase(java.util.Locale.ROOT);
        return switch (type) {
            case "", "text", "email", "radio", "checkbox", "search", "tel", "number" -> true;
            default -> false;
        };
    }

    /**
     * The characters (white space not counted) of the element's text outside skipped elements, or -1
     * when it is longer than a widget's or holds a run as long as a paragraph.
     */
    private static int widgetText(Element e) {
        int[] total = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    int run = 0;
                    String s = t.getWholeText();
                    for (int k = 0; k < s.length(); k++) {
                        if (!Character.isWhitespace(s.charAt(k))) {
                            run++;
                        }
                    }
                    total[0] += run;
                    if (run > MAX_WIDGET_RUN || total[0] > MAX_WIDGET_CHARS) {
                        total[0] = -1;
                        return FilterResult.STOP;
                    }
                } else if (node instanceof Element x && x != e && (role(x) & SKIPPED) != 0) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, e);
        return total[0];
    }

    private static boolean isInside(Element e, Element ancestor) {
        for (Element x = e; x != null; x = x.parent()) {
            if (x == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * An inline element whose class says furniture ({@code <span class="newsCaption">} inside a photo
     * box, express.co.uk in html-dev): block elements are judged by the picker, but a caption in a span
     * shares its block with nothing else, so its text is marked here. A credit set after a caption's
     * text in the same element ({@code <figcaption>Stall holders pack up.<span class="credit">Photograph:
     * Sam Idris</span></figcaption>}) is left out: kept, it was glued to the caption's last word
     * ("pack up.Photograph: Sam Idris"), where no line rule for credits finds it.
     *
     * <p>An inline element named for a still picture is a caption too ({@code <span class="end_photo_org"><img>
     * <em class="img_desc">A charging station in Seoul.</em></span>} set before the body's first line,
     * {@code <span class="image-description">} under a picture): the picture's words carry no furniture
     * word, and its text read as a short first paragraph. A video's title is left alone: pages
     * annotated as whole bodies keep it.
     */
    private boolean furnitureInline(Element e) {
        if (e.attributesSize() == 0 || !e.hasAttr("class") && !e.hasAttr("id")) {
            return false;
        }
        ClassHints.Hint h = hints.of(e);
        return h == ClassHints.Hint.NEGATIVE || h == ClassHints.Hint.WEAK_NEGATIVE || h == ClassHints.Hint.NEVER_BODY
                || hints.namesPicture(e);
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (!(node instanceof Element e)) {
            return FilterResult.CONTINUE;
        }
        atEdge = true;
        int role = role(e);
        if ((role & BREAK) != 0) {
            return FilterResult.CONTINUE;
        }
        if (row != null && e != row) {
            // a cell of a data row: the row goes on
        } else if ((role & BLOCK_LEVEL) != 0) {
            flush();
            row = null;
            if (owners.size() > 1) {
                owners.remove(owners.size() - 1);
            }
        }
        if ((role & LINK) != 0) {
            linkDepth--;
        }
        if ((role & CHROME_LEVEL) != 0) {
            chromeDepth--;
        } else if (!inlineChrome.isEmpty() && inlineChrome.get(inlineChrome.size() - 1) == e) {
            inlineChrome.remove(inlineChrome.size() - 1);
            chromeDepth--;
        }
        return FilterResult.CONTINUE;
    }

    /**
     * Adds a text node's characters to the block: white space collapsed to one space, invisible
     * characters dropped. The characters between two of those are copied as one run, and the link and
     * furniture counts grow by the run's length: done per character, that copying and counting was
     * about half of collecting a page's blocks.
     */
    private void append(String s) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (space(c)) {
                pendingSpace = buf.length() > 0;
                i++;
                continue;
            }
            if (invisible(c)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n) {
                char d = s.charAt(end);
                if (space(d) || invisible(d)) {
                    break;
                }
                end++;
            }
            if (pendingLine) {
                pendingLine = false;
                if (!continues(c)) {
                    flush();
                }
            }
            if (atEdge && !pendingSpace && gluedWord(s, i, end)) {
                // "<span>Priya Shah</span><span>Business reporter</span>": two lines of a box set apart by
                // the page's style, not one word "ShahBusiness"
                pendingSpace = true;
            }
            atEdge = false;
            if (pendingCell) {
                buf.append(CELL_SEPARATOR);
                pendingCell = false;
                pendingSpace = false;
            } else if (pendingSpace) {
                buf.append(' ');
                pendingSpace = false;
            }
            buf.append(s, i, end);
            afterBr = false;
            if (linkDepth > 0) {
                bufLinkChars += end - i;
                if (leadingLink) {
                    bufLeadingLinkChars = buf.length();
                }
            } else {
                leadingLink = false;
            }
            if (chromeDepth > 0) {
                bufChromeChars += end - i;
            }
            i = end;
        }
    }

    /**
     * The word {@code s[i, end)} opens with a capital then a lower-case letter, and the text before it
     * ends in a lower-case letter with no space between: across an element's edge, that is two texts a
     * page sets apart by its style (a name and a post, a byline and a date in spans of their own),
     * which read "Priya ShahBusiness reporter", "Jamie OrtegaDec. 6" run together. A word split by
     * markup inside it runs on in lower case ("<span>T</span>he"), in capitals ("Open<b>AI</b>") or
     * after a single letter ("i<b>Phone</b>"); a name split so ("Mc<b>Donald</b>") is rarer than the
     * texts set apart.
     */
    private boolean gluedWord(String s, int i, int end) {
        int n = buf.length();
        return n > 1 && end - i >= 2 && Character.isUpperCase(s.charAt(i)) && Character.isLowerCase(s.charAt(i + 1))
                && Character.isLowerCase(buf.charAt(n - 1)) && Character.isLetter(buf.charAt(n - 2));
    }

    /**
     * Printable ASCII, most of a page's text, is told by one range check: the character-class look-up
     * behind {@code Character.isWhitespace} is a chain of calls in C1 code, made for every character.
     */
    private static boolean space(char c) {
        if (c > ' ' && c < '\u007F') {
            return false;
        }
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\u2007';
    }

    private static boolean invisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD'
                || c < ' ';
    }

    /**
     * After one {@code <br>}: the next line continues the same paragraph only when it reads as the
     * rest of a sentence (the line so far ends without closing punctuation and the next starts in
     * lower case), as in pages hard-wrapped with line breaks; otherwise the break ends a paragraph,
     * which is how the rendered page reads (a one-line-per-paragraph blog, an address block).
     */
    private boolean continues(char next) {
        char last = buf.charAt(buf.length() - 1);
        return Character.isLowerCase(next) && ".!?:;\"\u201d\u2019)\u2026\u3002".indexOf(last) < 0;
    }

    /**
     * A row of at least two cells, each a short run of inline content: no block element or line
     * break inside (a layout table puts whole columns of paragraphs, menus or a line-broken article
     * in its cells), no cell longer than {@link #MAX_CELL_CHARS}. Looks at most {@link #MAX_ROW_NODES}
     * nodes, so a hostile row costs a bounded look.
     */
    static boolean dataRow(Element tr) {
        int cells = 0;
        int budget = MAX_ROW_NODES;
        for (Element cell = tr.firstElementChild(); cell != null; cell = cell.nextElementSibling()) {
            String name = cell.normalName();
            if (!name.equals("td") && !name.equals("th")) {
                return false;
            }
            cells++;
            int chars = 0;
            for (Node n = cell.firstChild(); n != null; n = next(n, cell)) {
                if (--budget < 0) {
                    return false;
                }
                if (n instanceof TextNode t) {
                    chars += t.text().length();
                    if (chars > MAX_CELL_CHARS) {
                        return false;
                    }
                } else if (n instanceof Element x && (role(x) & (BLOCK_LEVEL | BREAK)) != 0) {
                    return false;
                }
            }
        }
        return cells >= 2;
    }

    /** The node after {@code n} in document order within {@code root}, or null. */
    private static Node next(Node n, Node root) {
        if (n.childNodeSize() > 0) {
            return n.childNode(0);
        }
        for (Node x = n; x != null && x != root; x = x.parentNode()) {
            Node sib = x.nextSibling();
            if (sib != null) {
                return sib;
            }
        }
        return null;
    }

    private void flush() {
        pendingCell = false;
        afterBr = false;
        pendingLine = false;
        pendingSpace = false;
        if (buf.length() == 0) {
            return;
        }
        Element owner = owners.get(owners.size() - 1);
        String text = buf.toString();
        blocks.add(new Block(owner, text, bufLinkChars, bufLeadingLinkChars, kind(owner), bufChromeChars * 2 > text.length()));
        leadingLink = true;
        bufLeadingLinkChars = 0;
        buf.setLength(0);
        bufLinkChars = 0;
        bufChromeChars = 0;
    }

    private static Block.Kind kind(Element owner) {
        return switch (owner.normalName()) {
            case "p" -> Block.Kind.PARAGRAPH;
            case "h1" -> Block.Kind.TITLE_HEADING;
            case "h2", "h3", "h4", "h5", "h6" -> Block.Kind.HEADING;
            case "li", "dd", "dt" -> Block.Kind.LIST_ITEM;
            case "blockquote" -> Block.Kind.QUOTE;
            case "pre" -> Block.Kind.PRE;
            case "td", "th", "tr" -> Block.Kind.CELL;
            default -> Block.Kind.OTHER;
        };
    }

    private static boolean hidden(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        if (e.hasAttr("hidden")) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
        return s.contains("display:none") || s.contains("visibility:hidden");
    }
}
