package io.articlex.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClassHintsTest {

    private static ClassHints.Hint hintOf(String attrs) {
        Element e = Jsoup.parse("<div " + attrs + "></div>").body().child(0);
        return ClassHints.builtIn().of(e);
    }

    @Test
    void stateClassesSayNothing() {
        assertThat(hintOf("class='modal-open'")).isEqualTo(ClassHints.Hint.NONE);
        assertThat(hintOf("class='has-widget'")).isEqualTo(ClassHints.Hint.NONE);
        assertThat(hintOf("class='is-hidden-print'")).isEqualTo(ClassHints.Hint.NONE);
        assertThat(hintOf("class='js-replyNewMessageContainer'")).isEqualTo(ClassHints.Hint.NONE);
        assertThat(hintOf("class='post-content has-sidebar hidden-print'")).isEqualTo(ClassHints.Hint.POSITIVE);
    }

    @Test
    void classNamesAreCutIntoTokensNotMatchedAsSubstrings() {
        assertThat(hintOf("class='relatedArticles'")).isEqualTo(ClassHints.Hint.WEAK_NEGATIVE);
        assertThat(hintOf("class='related'")).isEqualTo(ClassHints.Hint.NEGATIVE);
        assertThat(hintOf("class='breadcrumb__item'")).isEqualTo(ClassHints.Hint.NEGATIVE);
        // "adventure" and "shadow" hold "ad" but are not the word.
        assertThat(hintOf("class='adventure shadow'")).isEqualTo(ClassHints.Hint.NONE);
    }

    private static ClassHints.Hint hintOf(String tag, String attrs) {
        Element e = Jsoup.parse("<" + tag + " " + attrs + "></" + tag + ">").body().child(0);
        return ClassHints.builtIn().of(e);
    }

    @Test
    void headerOnAHeadingNamesTheHeadingNotThePagesHeader() {
        assertThat(hintOf("h2", "class='section-header'")).isEqualTo(ClassHints.Hint.NONE);
        assertThat(hintOf("h3", "class='wprm-recipe-header'")).isEqualTo(ClassHints.Hint.NONE);
        assertThat(hintOf("h2", "class='sectionHeader'")).isEqualTo(ClassHints.Hint.NONE);
        // the heading's other words still count
        assertThat(hintOf("h3", "class='sidebar-header'")).isEqualTo(ClassHints.Hint.NEGATIVE);
        assertThat(hintOf("h2", "class='related-header'")).isEqualTo(ClassHints.Hint.WEAK_NEGATIVE);
        // a box so named is the page's (or a section's) header
        assertThat(hintOf("div", "class='section-header'")).isEqualTo(ClassHints.Hint.NEGATIVE);
        assertThat(hintOf("h2", "class='section-header'")).as("read again after the box's name was kept").isEqualTo(ClassHints.Hint.NONE);
    }

    @Test
    void aShopCardsPriceAndACallToActionAreFurniture() {
        // "$249.99 at Amazon" in a product card inside a review's body, a "get a quote" box in a how-to
        assertThat(hintOf("class='price'")).isEqualTo(ClassHints.Hint.NEGATIVE);
        assertThat(hintOf("class='product-card__price'")).isEqualTo(ClassHints.Hint.WEAK_NEGATIVE);
        assertThat(hintOf("class='cta-box'")).isEqualTo(ClassHints.Hint.WEAK_NEGATIVE);
        // a word holding the letters is no price
        assertThat(hintOf("class='priceless-moments'")).isEqualTo(ClassHints.Hint.NONE);
    }

    @Test
    void gluedMetaClassNamesOfBlogThemesAreFurniture() {
        // "postmetadata alt" under each post of a classic blog theme: no hump or hyphen to cut at
        assertThat(hintOf("class='postmetadata alt'")).isEqualTo(ClassHints.Hint.NEGATIVE);
        assertThat(hintOf("class='entrymeta'")).isEqualTo(ClassHints.Hint.NEGATIVE);
        // phpBB's "headerbar" over a thread: the forum's name and its tagline ("Discussion for car owners")
        assertThat(hintOf("class='headerbar'")).isEqualTo(ClassHints.Hint.NEGATIVE);
    }

    @Test
    void aNewsletterPostIsAnArticleButANewsletterBoxIsNot() {
        // the article of a newsletter's archive page
        assertThat(hintOf("class='typography newsletter-post post'")).isEqualTo(ClassHints.Hint.POSITIVE);
        assertThat(hintOf("class='newsletter-article'")).isEqualTo(ClassHints.Hint.POSITIVE);
        // the sign-up box, and a post's box named by its sign-up form
        assertThat(hintOf("class='newsletter'")).isEqualTo(ClassHints.Hint.NEVER_BODY);
        assertThat(hintOf("class='newsletter-signup'")).isEqualTo(ClassHints.Hint.NEVER_BODY);
        assertThat(hintOf("class='post-newsletter'")).isEqualTo(ClassHints.Hint.NEVER_BODY);
        // comment words keep their rank before a specific word
        assertThat(hintOf("class='comment-post'")).isEqualTo(ClassHints.Hint.NEVER_BODY);
    }

    @Test
    void aMembersCardIsFurnitureByItsClassButNotByItsId() {
        assertThat(hintOf("class='postprofile'")).isEqualTo(ClassHints.Hint.NEGATIVE);
        assertThat(hintOf("class='message-user'")).isEqualTo(ClassHints.Hint.WEAK_NEGATIVE);
        assertThat(hintOf("class='userinfo'")).isEqualTo(ClassHints.Hint.NEGATIVE);
        // a vBulletin post's head (date and "#2") and a member's signature under each post
        assertThat(hintOf("class='posthead'")).isEqualTo(ClassHints.Hint.NEGATIVE);
        assertThat(hintOf("class='signature restore'")).isEqualTo(ClassHints.Hint.NEGATIVE);
        assertThat(hintOf("class='signaturecontainer'")).isEqualTo(ClassHints.Hint.NEGATIVE);
        // ids are made of headings: a section on the user's settings
        assertThat(hintOf("id='user-gameplay'")).isEqualTo(ClassHints.Hint.NONE);
        assertThat(hintOf("class='user-content'")).isEqualTo(ClassHints.Hint.POSITIVE);
    }

    @Test
    void furnitureIsNamedInThePagesLanguageToo() {
        assertThat(hintOf("class='encart-abonnement'")).isEqualTo(ClassHints.Hint.WEAK_NEGATIVE);
        assertThat(hintOf("class='werbung'")).isEqualTo(ClassHints.Hint.NEGATIVE);
        assertThat(hintOf("class='boutons-partage'")).isEqualTo(ClassHints.Hint.WEAK_NEGATIVE);
        assertThat(hintOf("class='articulo-compartir article-body'")).isEqualTo(ClassHints.Hint.POSITIVE);
    }

    @Test
    void hoverCardsAndFlyoutsAreFurniture() {
        assertThat(hintOf("class='flyout'")).isEqualTo(ClassHints.Hint.NEGATIVE);
        assertThat(hintOf("class='c-flyout'")).isEqualTo(ClassHints.Hint.WEAK_NEGATIVE);
        assertThat(hintOf("class='author-hovercard'")).isEqualTo(ClassHints.Hint.WEAK_NEGATIVE);
        assertThat(hintOf("class='tooltip'")).isEqualTo(ClassHints.Hint.NEGATIVE);
    }

    @Test
    void textMarkedAsNoContentOrAsANoScriptMessageIsFurniture() {
        assertThat(hintOf("class='robots-nocontent'")).isEqualTo(ClassHints.Hint.WEAK_NEGATIVE);
        assertThat(hintOf("class='nocontent'")).isEqualTo(ClassHints.Hint.NEGATIVE);
        assertThat(hintOf("class='gallery-noscript'")).isEqualTo(ClassHints.Hint.WEAK_NEGATIVE);
    }

    @Test
    void aFurnitureWordsPluralIsFurniture() {
        assertThat(hintOf("class='Teasers u-container'")).isEqualTo(ClassHints.Hint.NEGATIVE);
        assertThat(hintOf("class='widgets'")).isEqualTo(ClassHints.Hint.NEGATIVE);
        assertThat(hintOf("class='footers'")).isEqualTo(ClassHints.Hint.NEGATIVE);
        // A plural of a positive word stays what it was: a listing of posts is no article.
        assertThat(hintOf("class='related-posts'")).isEqualTo(ClassHints.Hint.WEAK_NEGATIVE);
        assertThat(hintOf("class='news'")).isEqualTo(ClassHints.Hint.NONE);
    }

    @Test
    void aFurnitureWordInsideACompoundIsWeak() {
        assertThat(hintOf("class='builder-widget-container'")).isEqualTo(ClassHints.Hint.WEAK_NEGATIVE);
        assertThat(hintOf("class='widget'")).isEqualTo(ClassHints.Hint.NEGATIVE);
    }

    @Test
    void structuralWordsOutrankGenericButNotSpecificPositives() {
        assertThat(hintOf("class='footer-content'")).isEqualTo(ClassHints.Hint.NEGATIVE);
        assertThat(hintOf("class='sidebar text'")).isEqualTo(ClassHints.Hint.NEGATIVE);
        assertThat(hintOf("class='article-body nav-anchor'")).isEqualTo(ClassHints.Hint.POSITIVE);
        assertThat(hintOf("class='post-meta'")).isEqualTo(ClassHints.Hint.POSITIVE);
        // A long compound names a modifier, not the region.
        assertThat(hintOf("class='header-content-align-left'")).isEqualTo(ClassHints.Hint.POSITIVE);
    }

    @Test
    void neverBodyWordsWinUnlessInAStateClass() {
        assertThat(hintOf("class='article comments'")).isEqualTo(ClassHints.Hint.NEVER_BODY);
        assertThat(hintOf("id='cookie-banner'")).isEqualTo(ClassHints.Hint.NEVER_BODY);
        assertThat(hintOf("class='story cookies-not-set'")).isEqualTo(ClassHints.Hint.POSITIVE);
    }

    @Test
    void aCommentThreadNamedInThePagesLanguageIsNeverBody() {
        assertThat(hintOf("id='kommentare'")).isEqualTo(ClassHints.Hint.NEVER_BODY);
        assertThat(hintOf("class='bloc-commentaires'")).isEqualTo(ClassHints.Hint.NEVER_BODY);
        assertThat(hintOf("class='comentarios'")).isEqualTo(ClassHints.Hint.NEVER_BODY);
        // the singular also names an opinion piece
        assertThat(hintOf("class='kommentar'")).isEqualTo(ClassHints.Hint.NONE);
    }

    @Test
    void aBemElementNamingFurnitureIsFurnitureWhateverItsBlockIsCalled() {
        assertThat(hintOf("class='article-inline-box__meta-value'")).isEqualTo(ClassHints.Hint.WEAK_NEGATIVE);
        assertThat(hintOf("class='post__share--large'")).isEqualTo(ClassHints.Hint.WEAK_NEGATIVE);
        // the element part names no furniture: the whole name is read as before
        assertThat(hintOf("class='article__body'")).isEqualTo(ClassHints.Hint.POSITIVE);
        assertThat(hintOf("class='entry__header'")).isEqualTo(ClassHints.Hint.POSITIVE);
        assertThat(hintOf("class='related__content'")).isEqualTo(ClassHints.Hint.POSITIVE);
    }

    @Test
    void aCssModulesHashIsNoPartOfTheName() {
        // component, local name, generated hash: the local name says what the element is
        assertThat(hintOf("class='Article_body__Kk22s'")).isEqualTo(ClassHints.Hint.POSITIVE);
        assertThat(hintOf("class='MoreStories_related__f2Q1x'")).isEqualTo(ClassHints.Hint.WEAK_NEGATIVE);
        // a hash whose humps read "ad" is no ad slot
        assertThat(hintOf("class='Paragraph_p__xAd9Q'")).isEqualTo(ClassHints.Hint.NONE);
        assertThat(ClassHints.withoutModuleHash("Paragraph_p__xAd9Q", 0, 18)).isEqualTo(11);
        // BEM elements are no hashes: no capital or digit, or no '_' in the block's name
        assertThat(ClassHints.withoutModuleHash("story_card__title", 0, 17)).isEqualTo(17);
        assertThat(ClassHints.withoutModuleHash("grid__col12", 0, 11)).isEqualTo(11);
        assertThat(hintOf("class='post__share--large'")).isEqualTo(ClassHints.Hint.WEAK_NEGATIVE);
    }

    @Test
    void aMicrodataPropertyNamesTheElementAsAClassWould() {
        // an author box marked only by its schema.org property, its classes a plug-in's own names
        assertThat(hintOf("class='xyzplugin-wrap' itemprop='author' itemscope")).isEqualTo(ClassHints.Hint.NEGATIVE);
        assertThat(hintOf("itemprop='comment'")).isEqualTo(ClassHints.Hint.NEVER_BODY);
        assertThat(hintOf("itemprop='articleBody'")).isEqualTo(ClassHints.Hint.POSITIVE);
    }

    @Test
    void aBlogPostsCategoryAndTagClassesSayNothingAboutTheElement() {
        // a post filed under "Comments" or tagged "sidebar" is still the post
        assertThat(hintOf("class='post category-kommentare tag-sidebar'")).isEqualTo(ClassHints.Hint.POSITIVE);
        assertThat(hintOf("class='hentry category-comments'")).isEqualTo(ClassHints.Hint.NONE);
    }

    private static boolean namesLede(String attrs) {
        return ClassHints.builtIn().namesLede(Jsoup.parse("<div " + attrs + "></div>").body().child(0));
    }

    @Test
    void theLeadIsNamedByAClassTokenOrTheDescriptionProperty() {
        assertThat(namesLede("class='tb-article-intro'")).isTrue();
        assertThat(namesLede("class='contentHeader__abstract'")).isTrue();
        assertThat(namesLede("class='h2 article-lead'")).isTrue();
        assertThat(namesLede("itemprop='description'")).isTrue();
        // "leaderboard" is one word; a state class says what the element holds, not what it is.
        assertThat(namesLede("class='leaderboard'")).isFalse();
        assertThat(namesLede("class='post has-intro'")).isFalse();
        assertThat(namesLede("class='subtitle'")).isFalse();
    }

    @Test
    void aStateClassDoesNotNameAPicture() {
        Element e = Jsoup.parse("<article class='post has-post-video'></article>").body().child(0);
        assertThat(ClassHints.builtIn().namesMedia(e)).isFalse();
        Element f = Jsoup.parse("<div class='video-player'></div>").body().child(0);
        assertThat(ClassHints.builtIn().namesMedia(f)).isTrue();
    }
    @Test
    void wordsSplitAtNonLettersAndHumpsAndAreLowerCased() {
        java.util.List<String> out = new java.util.ArrayList<>();
        ClassHints.words("article__byline authorName XMLHttp relatedArticles2x \u00c9T\u00c9-Box", 0, 60, out);
        assertThat(out).containsExactly("article", "byline", "author", "name", "xmlhttp", "related", "articles", "x", "t", "box");
        out.clear();
        ClassHints.words("xxShareBar", 2, 10, out);
        assertThat(out).containsExactly("share", "bar");
    }

    /**
     * What a class name says is kept per thread after its first reading: read again (on other
     * elements, in other attributes, next to other names), it says what it said the first time.
     */
    @Test
    void aClassNameReadAgainSaysTheSame() {
        String[] attrs = {"class='breadcrumb__item'", "class='post-content has-sidebar hidden-print'",
                "class='relatedArticles'", "class='comments-area'", "class='adventure shadow'",
                "class='entry-content' id='related'", "id='comments'", "role='navigation'",
                "itemprop='articleBody'", "class='x breadcrumb__item post-content'"};
        ClassHints.Hint[] first = new ClassHints.Hint[attrs.length];
        for (int i = 0; i < attrs.length; i++) {
            first[i] = hintOf(attrs[i]);
        }
        for (int round = 0; round < 2; round++) {
            for (int i = attrs.length - 1; i >= 0; i--) {
                assertThat(hintOf(attrs[i])).as(attrs[i]).isEqualTo(first[i]);
            }
        }
        assertThat(first).containsExactly(ClassHints.Hint.NEGATIVE, ClassHints.Hint.POSITIVE,
                ClassHints.Hint.WEAK_NEGATIVE, ClassHints.Hint.NEVER_BODY, ClassHints.Hint.NONE,
                ClassHints.Hint.POSITIVE, ClassHints.Hint.NEVER_BODY, ClassHints.Hint.NEGATIVE,
                ClassHints.Hint.POSITIVE, ClassHints.Hint.POSITIVE);
    }
}
