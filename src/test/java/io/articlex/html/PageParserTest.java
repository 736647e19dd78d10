package io.articlex.html;

import io.articlex.robust.Hostile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Unwrapping plain formatting elements while parsing must change nothing the reader sees: the same
 * blocks (text, kind, link and chrome counts), the same metadata and the same picked body as a plain
 * jsoup parse, on every page of html-dev and the samples and on the hostile pages; and it must shrink
 * the tree of a page that never closes its formatting tags.
 */
class PageParserTest {

    /** Everything the reader takes from a parsed page, as comparable text. */
    private static List<String> reading(Document doc) {
        List<String> out = new ArrayList<>();
        PageIndex idx = PageIndex.of(doc);
        JsonLd ld = JsonLd.read(idx);
        out.add("meta " + MetaReader.read(idx, ld));
        List<Block> blocks = BlockCollector.collect(doc.body());
        for (Block b : blocks) {
            out.add("block " + b.kind() + " " + b.linkChars() + " " + b.leadingLinkChars() + " " + b.chrome() + " "
                    + path(b.owner()) + " " + b.text());
        }
        for (Block b : new ContentPicker().pick(doc.body(), blocks, BodyEvidence.of(ld.articleBody())).blocks()) {
            out.add("picked " + b.text());
        }
        return out;
    }

    /** The tag names from the page's root down to the element (block owners never lose an ancestor). */
    private static String path(Element e) {
        StringBuilder sb = new StringBuilder();
        for (Element x = e; x != null; x = x.parent()) {
            sb.insert(0, "/" + x.normalName());
        }
        return sb.toString();
    }

    private static void assertReadsTheSame(String html, String name) {
        List<String> plain = reading(Jsoup.parse(html));
        assertThat(reading(PageParser.parse(html))).as(name).containsExactlyElementsOf(plain);
        char[] chars = html.toCharArray();
        NestingCap.Capped capped = NestingCap.cap(chars, new ArrayList<>());
        if (capped.html() == chars) {
            assertThat(reading(PageParser.parse(html, capped.bodies()))).as(name + ", bodies left out").containsExactlyElementsOf(plain);
        }
    }

    /**
     * Every node of the page in document order (names, attributes, text, comments, data), but the
     * data of scripts and styles other than JSON ones, which the bodies left out replace.
     */
    private static List<String> outline(Document doc) {
        List<String> out = new ArrayList<>();
        doc.traverse((node, depth) -> {
            String line = depth + " " + node.nodeName() + " " + (node instanceof Element e ? e.attributes() : "");
            if (node instanceof TextNode t) {
                line += " text " + t.getWholeText();
            } else if (node instanceof Comment c) {
                line += " comment " + c.getData();
            } else if (node instanceof DataNode d) {
                Element parent = (Element) d.parentNode();
                boolean kept = !(parent.normalName().equals("script") || parent.normalName().equals("style"))
                        || parent.attr("type").contains("json");
                line += " data " + (kept ? d.getWholeData() : "(body)");
            }
            out.add(line);
        });
        return out;
    }

    /** The bodies {@link NestingCap#cap} finds, parsed without their text, give the tree of the whole page. */
    private static void assertSameTree(String html, int[] bodies) {
        assertThat(outline(PageParser.parse(html, bodies))).as(html).containsExactlyElementsOf(outline(Jsoup.parse(html)));
    }

    @Test
    void leavingOutScriptAndStyleBodiesKeepsTheTree() {
        for (String html : new String[] {
                "<html><head><style>p{color:red}</style><script>var a = 1 < 2 && '<p>';</script></head><body><p>Text</p>"
                        + "<script type='application/ld+json'>{\"@type\": \"NewsArticle\"}</script><style media=print>a{}</style></body></html>",
                "<body><svg viewBox='0 0 1 1'><defs><style>.a{fill:red}</style></defs><path d='M0 0'/></svg><style>b{}</style><p>x</p>",
                "<body><math><style>m{}</style></math><p>after</p><script>x()</script>",
                "<body><script>a<!-- document.write('<script>b</script>'); --></script>c</script><p>d</p>",
                "<body><script>x</script foo='>'>y</script>z<script>q</scriptx>r</script>s",
                "<body><SCRIPT>x</SCRIPT>y<sCrIpT>a</script\n>b<script>c</script\u000B>d</script>e",
                "<body><noscript><style>a{}</style><p>x</p></noscript><select><style>s{}</style><option>o</select>",
                "<body><!-- <script>in a comment</script> --><div title='<script>'>t</div><script>real()</script>",
                "<body><textarea><script>x</script></textarea><title><style>y</style></title><iframe><script>z</script></iframe>",
                "<body><div <script>x</script>y<script>w</script>",
                "<body><script type=\"application/ld&#43;json\">{\"a\": 1}</script>",
                "<frameset><noframes><style>f{}</style></noframes></frameset>",
                "<body><script>unclosed",
        }) {
            char[] chars = html.toCharArray();
            NestingCap.Capped capped = NestingCap.cap(chars, new ArrayList<>());
            assertThat(capped.html()).isSameAs(chars);
            assertSameTree(html, capped.bodies());
        }
    }

    /**
     * Bodies that are not what jsoup reads as one (inside a comment, an attribute, an SVG style or a
     * text area, or cut short of the end tag) come back elsewhere, and the page is parsed whole. (A
     * script body holding {@code <!--} is never given: there the mark alone cannot tell.)
     */
    @Test
    void wrongBodiesAreCaughtAndThePageParsedWhole() {
        String comment = "<body><!-- <script>in a comment</script> --><p>x</p>";
        assertSameTree(comment, around(comment, "in a comment"));
        String attribute = "<body><div title='<script>in an attribute</script>'>t</div>";
        assertSameTree(attribute, around(attribute, "in an attribute"));
        String svg = "<body><svg><style>.a{fill:red}</style></svg><p>x</p>";
        assertSameTree(svg, around(svg, ".a{fill:red}"));
        String shortBody = "<body><script>one</scripts>two</script><p>x</p>";
        assertSameTree(shortBody, around(shortBody, "one"));
        String textarea = "<body><textarea><style>in a textarea</style></textarea>";
        assertSameTree(textarea, around(textarea, "in a textarea"));
    }

    private static int[] around(String html, String body) {
        int at = html.indexOf(body);
        return new int[] {at, at + body.length()};
    }

    @Test
    void everyCorpusAndSamplePageReadsTheSameAsAPlainParse() throws IOException {
        for (Path p : HtmlCorpusFloorTest.corpusAndSamplePages()) {
            assertReadsTheSame(HtmlDecoder.decode(Files.readAllBytes(p)).text(), p.toString());
        }
    }

    @Test
    void hostilePagesReadTheSameAsAPlainParse() {
        for (var c : Hostile.cases().entrySet()) {
            String page = c.getValue().apply(1 << 14);
            if (Hostile.isPage(page)) {
                assertReadsTheSame(page, c.getKey());
            }
        }
        assertReadsTheSame(Hostile.ordinaryPage(1 << 14), "ordinary page");
    }

    @Test
    void misnestedAndAttributedFormattingReadsTheSame() {
        assertReadsTheSame("<html><head><title>T</title></head><body><article>"
                + "<h1>Storm <b>hits</b> <i>coast</i></h1><p>One <b>bold <i>and</b> mixed</i> words, said the <a href='/x'><b>officer</b></a>.</p>"
                + "<b><p>Block inside bold, with <em>emphasis</em> that is long enough to count as body text.</p></b>"
                + "<p><span class='byline'>By <strong>Jane Roe</strong></span></p><table><b>fostered</b><tr><td>cell <u>text</u></td></tr></table>"
                + "<p><b class='caption'>A caption</b> and <font color='red'>red</font> text.<br>Next <s>line</s> here.</p>"
                + "</article></body></html>", "misnested");
    }

    @Test
    void unclosedFormattingTagsLeaveOneElementPerParagraph() {
        String html = "<!DOCTYPE html><html><body>" + "<p><b><i>word ".repeat(1000);
        Document plain = Jsoup.parse(html);
        Document lean = PageParser.parse(html);
        assertThat(plain.body().select("p")).hasSize(1000);
        assertThat(plain.body().getAllElements()).hasSizeGreaterThan(8000);
        // body, 1,000 paragraphs, and the formatting elements still open at the end of the input.
        assertThat(lean.body().getAllElements()).hasSizeLessThan(1000 + 1 + 10);
        assertThat(lean.body().select("p")).hasSize(1000);
        assertThat(lean.body().text()).isEqualTo(plain.body().text());
    }

    @Test
    void keepsLinksAttributedElementsAndThoseHoldingElements() {
        Document doc = PageParser.parse("<p><b class='x'>a</b> <a href='/'>link</a> <b>plain</b> <i><img src='x.png'>pic</i></p>"
                + "<b><p>block</p></b>");
        assertThat(doc.body().select("b.x, a, i, b:has(p)")).extracting(Element::text).containsExactly("a", "link", "pic", "block");
        assertThat(doc.body().select("b:not(.x):not(:has(p))")).isEmpty();
        assertThat(doc.body().text()).isEqualTo("a link plain pic block");
    }

    @Test
    void deeplyNestedFormattingKeepsItsTextInOrder() {
        int depth = 100_000;
        StringBuilder html = new StringBuilder("<html><body><p>");
        for (int i = 0; i < depth; i++) {
            html.append("<b>").append(i % 10);
        }
        html.append("</b>".repeat(depth)).append("</p></body></html>");
        Document doc = PageParser.parse(html.toString());
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            expected.append(i % 10);
        }
        assertThat(doc.body().text()).isEqualTo(expected.toString());
    }
}
