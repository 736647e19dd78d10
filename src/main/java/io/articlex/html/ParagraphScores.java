package io.articlex.html;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A second, independent pick of the article's blocks, scored the way Readability scores a page:
 * each paragraph earns points for its length and its commas, and hands them to its parent in full,
 * to its grandparent by half and to the ancestors above by a third per level; a container's score
 * is then discounted by its link density, and the best container takes in those of its siblings that
 * score near it.
 *
 * <p>Why a second method: the {@link ContentPicker} sums text over whole subtrees, so its best
 * container is the widest one whose text outweighs its furniture. That fails in its own ways: a short
 * post under a date line and a sharing box has less text than the box's link penalty, and a page of
 * many short boxes gives no subtree the lead. Scores that fade with distance find the paragraphs'
 * own parent instead, and the sibling merge gathers a body split by an advertisement. Neither method
 * is right everywhere; {@link SecondOpinion} compares what each keeps.
 */
final class ParagraphScores {

    /** A block shorter than this is not scored (Readability's floor for a paragraph). */
    static final int MIN_CHARS = 25;
    /** How many ancestors above a paragraph's owner get a share of its score. */
    static final int LEVELS = 5;
    /** A sibling joins the best container when it scores at least this share of it. */
    static final double SIBLING_SHARE = 0.2;
    /** ... and never below this score. */
    static final double SIBLING_FLOOR = 10;
    /** How far a block's climb to the body goes, as in the picker. */
    static final int MAX_CLIMB = ContentPicker.MAX_CLIMB;

    /** The class hints of an element, shared with the picker, which has read most of them already. */
    private final Function<Element, ClassHints.Hint> hints;

    ParagraphScores(Function<Element, ClassHints.Hint> hints) {
        this.hints = hints;
    }

    ParagraphScores() {
        this(ClassHints.builtIn()::of);
    }

    private static final class Node {
        final Element element;
        /** The parent's node, once a block has climbed past this one. */
        Node up;
        double score;
        boolean scored;
        /** Text and link characters of all blocks below. */
        long chars;
        long linkChars;
        int first = -1;
        int last;
        final ClassHints.Hint hint;
        /** A class or id that marks furniture: its blocks are not scored. */
        final boolean unlikely;

        Node(Element element, ClassHints.Hint hint) {
            this.element = element;
            this.hint = hint;
            this.unlikely = ParagraphScores.unlikely(element, hint);
        }
    }

    private Node node(Element e, Element body, Map<Element, Node> nodes) {
        Node node = nodes.get(e);
        if (node == null) {
            node = new Node(e, e == body ? ClassHints.Hint.NONE : hints.apply(e));
            nodes.put(e, node);
        }
        return node;
    }

    /** The blocks of the best-scored container and the siblings that join it, in page order. */
    List<Block> pick(Element body, List<Block> blocks) {
        // Insertion order, not identity order: the top of equal scores must not change from run to run.
        Map<Element, Node> nodes = new LinkedHashMap<>();
        Node[] chain = new Node[MAX_CLIMB];
        boolean[] skipped = new boolean[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            int n = 0;
            boolean unlikely = b.chrome();
            // One look-up for the block's owner; above it the parent links built by earlier blocks.
            Node node = node(b.owner(), body, nodes);
            while (node != null && n < MAX_CLIMB) {
                chain[n++] = node;
                unlikely |= node.unlikely;
                if (node.first < 0) {
                    node.first = i;
                }
                node.last = i;
                node.chars += b.length();
                node.linkChars += b.linkChars();
                if (node.element == body) {
                    break;
                }
                if (node.up == null) {
                    Element parent = node.element.parent();
                    if (parent == null) {
                        break;
                    }
                    node.up = node(parent, body, nodes);
                }
                node = node.up;
            }
            skipped[i] = unlikely;
            if (unlikely || !scoredKind(b) || b.length() < MIN_CHARS) {
                continue;
            }
            double points = 1 + commas(b.text()) + Math.min(3, b.length() / 100);
            for (int level = 0; level < LEVELS && level + 1 < n; level++) {
                Node up = chain[level + 1];
                if (up.element == body) {
                    break;
                }
                if (!up.scored) {
                    up.scored = true;
                    up.score = initial(up.element, up.hint);
                }
                up.score += points / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
            }
        }
        Element top = null;
        double topScore = 0;
        for (Map.Entry<Element, Node> en : nodes.entrySet()) {
            Node node = en.getValue();
            if (!node.scored) {
                continue;
            }
            double s = node.score * (1 - density(node));
            node.score = s;
            if (top == null || s > topScore) {
                top = en.getKey();
                topScore = s;
            }
        }
        if (top == null || topScore <= 0) {
            return List.of();
        }
        top = climb(top, topScore, nodes, body);
        topScore = nodes.get(top).score;
        List<Block> out = new ArrayList<>();
        Element parent = top.parent();
        List<Element> members = new ArrayList<>();
        if (parent == null || top == body) {
            members.add(top);
        } else {
            double threshold = Math.max(SIBLING_FLOOR, SIBLING_SHARE * topScore);
            for (Element sib : parent.children()) {
                if (sib == top || joins(sib, top, topScore, threshold, nodes) && !rail(sib, blocks, nodes)) {
                    members.add(sib);
                }
            }
        }
        for (Element m : members) {
            Node node = nodes.get(m);
            if (node == null || node.first < 0) {
                continue;
            }
            for (int i = node.first; i <= node.last; i++) {
                Block b = blocks.get(i);
                if (!skipped[i] && b.linkDensity() <= 0.5 && !b.teaser() && b.kind() != Block.Kind.TITLE_HEADING) {
                    out.add(b);
                }
            }
        }
        return ContentPicker.trim(out);
    }

    /**
     * Moves the pick up to its parent when the parent scores higher: paragraphs split over several
     * boxes of one article give the boxes' common parent more than any single box, as long as it is
     * not far below the best.
     */
    private static Element climb(Element top, double topScore, Map<Element, Node> nodes, Element body) {
        double last = topScore;
        double threshold = topScore / 3;
        for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
            Node node = nodes.get(p);
            if (node == null || !node.scored) {
                continue;
            }
            if (node.score < threshold) {
                break;
            }
            if (node.score > last) {
                return p;
            }
            last = node.score;
        }
        return top;
    }

    /** A sibling of the best container joins it when it scores near it, or is a plain paragraph of prose. */
    private static boolean joins(Element sib, Element top, double topScore, double threshold, Map<Element, Node> nodes) {
        Node node = nodes.get(sib);
        if (node == null || node.unlikely) {
            return false;
        }
        double bonus = !top.className().isEmpty() && top.className().equals(sib.className()) ? SIBLING_SHARE * topScore : 0;
        if (node.scored && node.score + bonus >= threshold) {
            return true;
        }
        if (sib.normalName().equals("p") && node.chars > 0) {
            double ld = density(node);
            return node.chars > 80 && ld < 0.25 || ld == 0 && sib.text().strip().endsWith(".");
        }
        return false;
    }

    /**
     * A sibling that opens with a heading over a list of links is a rail of the page beside the
     * article ({@link ContentPicker#opensWithLinkList}), whatever prose follows its links.
     */
    private static boolean rail(Element sib, List<Block> blocks, Map<Element, Node> nodes) {
        Node node = nodes.get(sib);
        return node != null && ContentPicker.opensWithLinkList(blocks, node.first, node.last);
    }

    private static double density(Node n) {
        return n.chars == 0 ? 0 : (double) n.linkChars / n.chars;
    }

    /** What a container's tag and class say before its paragraphs are counted, as in Readability. */
    private static double initial(Element e, ClassHints.Hint h) {
        double s = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (h == ClassHints.Hint.POSITIVE) {
            s += 25;
        } else if (h == ClassHints.Hint.NEGATIVE || h == ClassHints.Hint.NEVER_BODY) {
            s -= 25;
        }
        return s;
    }

    /** Comments, cookie dialogs and the page's structural furniture are never scored. */
    private static boolean unlikely(Element e, ClassHints.Hint h) {
        return h == ClassHints.Hint.NEVER_BODY
                || h == ClassHints.Hint.NEGATIVE && !e.normalName().equals("article") && !e.normalName().equals("main");
    }

    private static boolean scoredKind(Block b) {
        return switch (b.kind()) {
            case PARAGRAPH, PRE, CELL, OTHER, QUOTE -> true;
            default -> false;
        };
    }

    private static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '\uFF0C' || c == '\u3001' || c == '\u060C') {
                n++;
            }
        }
        return n;
    }
}
